package io.github.articlekit.parser.internal;

import io.github.articlekit.core.internal.Texts;
import java.util.Arrays;
import java.util.Set;

/**
 * A paragraph split into words and punctuation marks, in one pass, for {@link AttributionScanner}: start
 * and end offsets and a few flags per token, in arrays. A word is a run of letters and digits, with the
 * hyphens and apostrophes inside it ("sud-coréen", "O'Brien", "NATO's") and the dots of an
 * abbreviation ("U.S"); an elided article or preposition is a word of its own with its apostrophe
 * ("l'", "d'", "dell'"). Any other character that is not blank is a mark of its own.
 */
final class Tokens {
  private static final int WORD = 1;
  private static final int CAPITALIZED = 2;
  private static final int LOWER = 4;
  private static final int ACRONYM = 8;
  private static final int INNER_CAPITAL = 16;
  private static final int INITIAL = 32;

  /** Elisions written with an apostrophe before the next word, folded. */
  private static final Set<String> ELISIONS = Set.of("L", "D", "QU", "J", "N", "S", "C", "M", "T", "DELL", "ALL",
      "DALL", "NELL", "SULL", "COLL", "PELL", "UN", "LORSQU", "PUISQU", "JUSQU", "QUELL", "BELL", "SENZ");
  /** Abbreviations whose dot does not end a sentence, folded. */
  private static final Set<String> ABBREVIATIONS = Set.of("M", "MM", "MME", "MMES", "MLLE", "MR", "MRS", "MS",
      "DR", "DRS", "PROF", "ST", "STE", "SR", "SRA", "SRTA", "JR", "GEN", "COL", "LT", "SGT", "GOV", "SEN", "REP",
      "HR", "FR", "DOTT", "SIG", "SIGRA", "ING", "AVV", "ON", "NO", "NR", "VS", "ETC", "CF", "P", "PP", "CA",
      "INC", "CORP", "CO", "LTD", "DIP", "ABG", "BZW", "Z", "B", "U", "A", "S", "USW", "VGL", "DRA", "LIC", "PDT",
      "MGR", "MSGR", "CAPT", "CMDR", "ADM", "GRAL", "ARQ");

  final String text;
  int size;
  private int[] starts;
  private int[] ends;
  private int[] flags;

  private Tokens(String text) {
    this.text = text;
    int capacity = Math.max(8, text.length() / 5);
    starts = new int[capacity];
    ends = new int[capacity];
    flags = new int[capacity];
  }

  static Tokens of(String text) {
    Tokens tokens = new Tokens(text);
    tokens.split();
    tokens.markInitials();
    return tokens;
  }

  private void split() {
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Texts.isBlankChar(c)) {
        i++;
      } else if (Character.isLetterOrDigit(c) || Character.isSurrogate(c)) {
        i = word(i);
      } else {
        add(i, i + 1, 0);
        i++;
      }
    }
  }

  private int word(int start) {
    int n = text.length();
    int j = start;
    while (j < n) {
      char c = text.charAt(j);
      if (Character.isLetterOrDigit(c) || Character.isSurrogate(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
        j++;
        continue;
      }
      boolean letterNext = j + 1 < n && Character.isLetterOrDigit(text.charAt(j + 1));
      if (!letterNext || j == start) {
        break;
      }
      char mark = Typography.foldMark(c);
      if (mark == '\'') {
        if (ELISIONS.contains(WordFold.foldWord(text.subSequence(start, j)))) {
          addWord(start, j + 1);
          return j + 1;
        }
        j++;
      } else if (Typography.isHyphen(c)) {
        j++;
      } else if (c == '.' && Character.isUpperCase(text.charAt(j - 1)) && Character.isUpperCase(text.charAt(j + 1))
          && (j - 1 == start || !Character.isLetter(text.charAt(j - 2)))) {
        j++; // "U.S", "S.Paulo"
      } else {
        break;
      }
    }
    addWord(start, j);
    return j;
  }

  private void addWord(int start, int end) {
    int flag = WORD;
    char first = text.charAt(start);
    int upper = 0;
    int lower = 0;
    boolean innerCapital = false;
    for (int k = start; k < end; k++) {
      char c = text.charAt(k);
      if (Character.isUpperCase(c)) {
        upper++;
        if (k > start && lower > 0 && (Character.isLowerCase(text.charAt(k - 1))
            || (Character.isLowerCase(first) && Typography.isHyphen(text.charAt(k - 1))))) {
          innerCapital = true; // "McDonald", "YouTube", "ifo-Institut"; not "Jong-Un"
        }
      } else if (Character.isLowerCase(c)) {
        if (upper >= 2 && k >= 1 && (text.charAt(k - 1) == '\'' || text.charAt(k - 1) == '\u2019')) {
          continue; // "NATO's"
        }
        lower++;
      }
    }
    if (Character.isUpperCase(first) || Character.isTitleCase(first)) {
      flag |= CAPITALIZED;
    } else if (Character.isLowerCase(first)) {
      flag |= LOWER;
    }
    if (upper >= 2 && lower == 0) {
      flag |= ACRONYM;
    }
    if (innerCapital) {
      flag |= INNER_CAPITAL;
    }
    add(start, end, flag);
  }

  private void add(int start, int end, int flag) {
    if (size == starts.length) {
      int capacity = size * 2;
      starts = Arrays.copyOf(starts, capacity);
      ends = Arrays.copyOf(ends, capacity);
      flags = Arrays.copyOf(flags, capacity);
    }
    starts[size] = start;
    ends[size] = end;
    flags[size] = flag;
    size++;
  }

  /** Marks the words whose capital a sentence start or an opening quote explains. */
  private void markInitials() {
    int start = 0;
    while (start < size) {
      int end = sentenceEnd(start);
      boolean wordSeen = false;
      for (int k = start; k < end; k++) {
        if (isWord(k)) {
          boolean initial = !wordSeen;
          if (!initial && !isWord(k - 1)) {
            char before = charAt(k - 1);
            initial = before == '"' || before == ':' || before == '(' || before == '[';
          }
          if (initial) {
            flags[k] |= INITIAL;
          }
          wordSeen = true;
        }
      }
      start = end;
    }
  }

  /** @return the token after the sentence that starts at token {@code start} */
  int sentenceEnd(int start) {
    for (int k = start; k < size; k++) {
      if (isWord(k)) {
        continue;
      }
      char c = charAt(k);
      if (c != '.' && c != '!' && c != '?' && c != '\u2026') {
        continue;
      }
      if (c == '.' && k > start && isWord(k - 1) && ends[k - 1] == starts[k] && isAbbreviation(k - 1)) {
        continue;
      }
      int next = k + 1;
      while (next < size && !isWord(next) && starts[next] == ends[next - 1] && closes(charAt(next))) {
        next++;
      }
      if (next >= size) {
        return size;
      }
      if (starts[next] == ends[next - 1]) {
        continue; // no space after: "3.5", "www.example.org"
      }
      if (isWord(next) ? !isLower(next) : opens(charAt(next))) {
        return next;
      }
    }
    return size;
  }

  private boolean isAbbreviation(int k) {
    String word = fold(k);
    return ABBREVIATIONS.contains(word) || word.indexOf('.') >= 0
        || (ends[k] - starts[k] == 1 && Character.isUpperCase(text.charAt(starts[k])));
  }

  private static boolean closes(char c) {
    char mark = Typography.foldMark(c);
    return mark == '"' || mark == '\'' || c == ')' || c == ']' || c == '.' || c == '!' || c == '?';
  }

  private static boolean opens(char c) {
    char mark = Typography.foldMark(c);
    return mark == '"' || mark == '\'' || mark == '-' || c == '(' || c == '[' || c == '¿' || c == '¡';
  }

  int start(int k) {
    return starts[k];
  }

  int end(int k) {
    return ends[k];
  }

  boolean isWord(int k) {
    return (flags[k] & WORD) != 0;
  }

  boolean isCapitalized(int k) {
    return (flags[k] & CAPITALIZED) != 0;
  }

  boolean isLower(int k) {
    return (flags[k] & LOWER) != 0;
  }

  boolean isAcronym(int k) {
    return (flags[k] & ACRONYM) != 0;
  }

  boolean hasInnerCapital(int k) {
    return (flags[k] & INNER_CAPITAL) != 0;
  }

  boolean isInitial(int k) {
    return (flags[k] & INITIAL) != 0;
  }

  /** Whether token {@code k} is the mark {@code c}, typographic variants folded. */
  boolean is(int k, char c) {
    return !isWord(k) && Typography.foldMark(text.charAt(starts[k])) == c;
  }

  char charAt(int k) {
    return Typography.foldMark(text.charAt(starts[k]));
  }

  /** Whether a word ends like a French past participle: "publié", "citée". */
  boolean endsLikeFrenchParticiple(int k) {
    int end = ends[k];
    char last = text.charAt(end - 1);
    char beforeLast = end - 2 > starts[k] ? text.charAt(end - 2) : ' ';
    char third = end - 3 > starts[k] ? text.charAt(end - 3) : ' ';
    return last == 'é' || ((last == 'e' || last == 's') && beforeLast == 'é')
        || (last == 's' && beforeLast == 'e' && third == 'é');
  }

  /** The word folded: upper case, accents dropped, typographic apostrophes as {@code '}. */
  String fold(int k) {
    return WordFold.foldWord(text.subSequence(starts[k], ends[k]));
  }
}

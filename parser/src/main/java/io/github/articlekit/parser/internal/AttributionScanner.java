package io.github.articlekit.parser.internal;

import io.github.articlekit.parser.Language;
import io.github.articlekit.parser.sources.CueKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds attributions in paragraphs: a cue ("selon", "a déclaré", "zufolge") and the named source next to
 * it. Each paragraph is split into words once; cues are looked up by their folded first word in a
 * {@link HashMap}; the name is read in a window of at most {@value #WINDOW} words on one side of the cue,
 * so the time is linear in the text. No regular expression runs on the text.
 *
 * <p>Precision comes first: a name must hold a proper noun (a capitalized word that no sentence start
 * explains, an acronym, a known outlet), and phrases that name no one ("a spokesperson", "l'agence de
 * presse", "nos informations", pronouns) give nothing.
 */
public final class AttributionScanner {
  /** Words read on either side of a cue: a name is shorter, a longer phrase is not a name. */
  static final int WINDOW = 12;
  /** Words of a name at most. */
  static final int MAX_NAME_WORDS = 10;

  /** One cue, folded: the words before the name and the words after it (either may be empty). */
  static final class Cue {
    private final Language language;
    private final CueKind kind;
    private final String[] before;
    private final String[] after;
    private final String text;

    Cue(Language language, CueKind kind, String[] before, String[] after, String text) {
      this.language = language;
      this.kind = kind;
      this.before = before;
      this.after = after;
      this.text = text;
    }

    Language language() {
      return language;
    }

    CueKind kind() {
      return kind;
    }

    /** @return the words before the name; callers only read it */
    String[] before() {
      return before;
    }

    /** @return the words after the name; callers only read it */
    String[] after() {
      return after;
    }

    String text() {
      return text;
    }
  }

  /** An attribution found in one paragraph; offsets are in the paragraph's text. */
  public record Hit(int paragraph, int nameStart, int nameEnd, int sentenceStart, int sentenceEnd, String cue,
      CueKind kind, Language language) {}

  /**
   * Cues by their folded first word, then by their second: a word such as French "a" starts hundreds of
   * cues ("a déclaré", "a indiqué", ...), and only those whose second word stands next are tried.
   */
  private final Map<String, CueGroup> cuesByFirstWord = new HashMap<>();

  /** The cues that start with one word. */
  private static final class CueGroup {
    final List<Cue> oneWord = new ArrayList<>();
    final Map<String, List<Cue>> bySecondWord = new HashMap<>();
  }

  /**
   * Prepares the cues.
   *
   * @param cues per language and kind, the cues as written; {@code {}} marks the name inside a cue
   *     ("wie {} berichtet")
   */
  public AttributionScanner(Map<Language, Map<CueKind, List<String>>> cues) {
    for (Map.Entry<Language, Map<CueKind, List<String>>> byLanguage : cues.entrySet()) {
      for (Map.Entry<CueKind, List<String>> byKind : byLanguage.getValue().entrySet()) {
        for (String text : byKind.getValue()) {
          Cue cue = compile(byLanguage.getKey(), byKind.getKey(), text);
          String[] words = cue.before().length > 0 ? cue.before() : cue.after();
          CueGroup group = cuesByFirstWord.computeIfAbsent(words[0], k -> new CueGroup());
          if (words.length == 1) {
            group.oneWord.add(cue);
          } else {
            group.bySecondWord.computeIfAbsent(words[1], k -> new ArrayList<>()).add(cue);
          }
        }
      }
    }
  }

  /** Checks and folds a cue as a user writes it. */
  public static void requireCue(CueKind kind, String text) {
    compile(Language.ENGLISH, kind, text);
  }

  private static Cue compile(Language language, CueKind kind, String text) {
    int hole = text.indexOf("{}");
    String[] before;
    String[] after;
    if (hole >= 0) {
      before = wordsOf(text.substring(0, hole)).toArray(new String[0]);
      after = wordsOf(text.substring(hole + 2)).toArray(new String[0]);
      if (before.length == 0 || after.length == 0 || text.indexOf("{}", hole + 2) >= 0) {
        throw new IllegalArgumentException("A cue with {} needs words on both sides of one {}, was \"" + text + "\"");
      }
    } else {
      String[] words = wordsOf(text).toArray(new String[0]);
      boolean nameAfter = kind == CueKind.LEADING || kind == CueKind.VERB_BEFORE;
      before = nameAfter ? words : new String[0];
      after = nameAfter ? new String[0] : words;
    }
    if (before.length + after.length == 0) {
      throw new IllegalArgumentException("A cue must have letters or digits, was \"" + text + "\"");
    }
    return new Cue(language, kind, before, after, text);
  }

  /** The folded words of a phrase, as the scanner splits text. */
  static List<String> wordsOf(String phrase) {
    Tokens tokens = Tokens.of(phrase);
    List<String> words = new ArrayList<>();
    for (int i = 0; i < tokens.size; i++) {
      if (tokens.isWord(i) || tokens.is(i, '&')) {
        words.add(tokens.fold(i));
      } else if (i == tokens.size - 1 && i > 0 && tokens.isWord(i - 1) && tokens.is(i, '\'')
          && tokens.end(i - 1) == tokens.start(i)) {
        // A cue ending in an elision, "riportato dall'", meets the name as the text writes it: "dall'Ansa".
        words.set(words.size() - 1, words.get(words.size() - 1) + "'");
      }
    }
    return words;
  }

  /**
   * Finds the attributions of an article's paragraphs.
   *
   * @param paragraphs the paragraphs' texts, in order
   * @return the attributions, in paragraph and text order
   */
  public List<Hit> scan(List<String> paragraphs) {
    List<Tokens> all = new ArrayList<>(paragraphs.size());
    Set<String> lowercase = new HashSet<>();
    for (String text : paragraphs) {
      Tokens tokens = Tokens.of(text);
      all.add(tokens);
      for (int i = 0; i < tokens.size; i++) {
        if (tokens.isWord(i) && tokens.isLower(i)) {
          lowercase.add(tokens.fold(i));
        }
      }
    }
    List<Hit> hits = new ArrayList<>();
    for (int p = 0; p < all.size(); p++) {
      Tokens tokens = all.get(p);
      int start = 0;
      while (start < tokens.size) {
        int end = tokens.sentenceEnd(start);
        new Sentence(tokens, start, end, lowercase, p, hits).scan();
        start = end;
      }
    }
    return hits;
  }

  /** The work on one sentence: tokens {@code [from, to)} of a paragraph. */
  private final class Sentence {
    final Tokens t;
    final int from;
    final int to;
    final Set<String> lowercase;
    final int paragraph;
    final List<Hit> hits;
    final Set<Integer> names = new HashSet<>();
    /** The names the cues at one place gave, before {@link #commitPending} keeps the widest. */
    final List<Hit> pending = new ArrayList<>();
    SourceLexicon.Words w = SourceLexicon.words(Language.ENGLISH);
    Language language = Language.ENGLISH;
    /** The first of two names joined by a conjunction before a verb ("A and B said"), when the last gave B. */
    int @Nullable [] coordinated;

    Sentence(Tokens t, int from, int to, Set<String> lowercase, int paragraph, List<Hit> hits) {
      this.t = t;
      this.from = from;
      this.to = to;
      this.lowercase = lowercase;
      this.paragraph = paragraph;
      this.hits = hits;
    }

    void scan() {
      int i = from;
      while (i < to) {
        int next = i + 1;
        if (t.isWord(i)) {
          CueGroup group = cuesByFirstWord.get(t.fold(i));
          if (group != null) {
            List<Cue> cues = candidates(group, i);
            int[] ends = new int[cues.size()];
            int longest = 0;
            for (int c = 0; c < cues.size(); c++) {
              Cue cue = cues.get(c);
              w = SourceLexicon.words(cue.language());
              ends[c] = cue.before().length > 0 ? matchWords(cue.before(), i) : matchWords(cue.after(), i);
              longest = Math.max(longest, ends[c]);
            }
            int matchedEnd = -1;
            pending.clear();
            for (int c = 0; c < cues.size(); c++) {
              // Only the longest cue that stands here: "nach Angaben von", not also "nach Angaben".
              if (ends[c] == longest && longest > 0 && !capitalizedVerb(cues.get(c), i)) {
                matchedEnd = Math.max(matchedEnd, tryCue(cues.get(c), i));
              }
            }
            commitPending();
            if (matchedEnd > next) {
              next = matchedEnd;
            }
          }
        }
        i = next;
      }
    }

    /** The cues of a group whose second word is among the next words (adverbs may stand before it). */
    List<Cue> candidates(CueGroup group, int i) {
      List<Cue> cues = new ArrayList<>(group.oneWord);
      if (group.bySecondWord.isEmpty()) {
        return cues;
      }
      for (int k = i + 1; k < to && k <= i + 3 && t.isWord(k); k++) {
        String word = t.fold(k);
        List<Cue> more = group.bySecondWord.get(word);
        if (more != null) {
          for (Cue cue : more) {
            if (!cues.contains(cue)) {
              cues.add(cue);
            }
          }
        }
        if (!ALL_ADVERBS.contains(word)) {
          break;
        }
      }
      return cues;
    }

    /** @return the token after the cue's first part when it gave a name, else -1 */
    int tryCue(Cue cue, int i) {
      language = cue.language();
      w = SourceLexicon.words(language);
      if (cue.before().length == 0) {
        int end = matchWords(cue.after(), i);
        if (end < 0) {
          return -1;
        }
        coordinated = null;
        int[] name = cue.kind() == CueKind.POSTPOSITION ? backwardName(i, false) : backwardName(i, true);
        int[] first = coordinated;
        if (name == null && cue.kind() == CueKind.VERB_AFTER && language == Language.GERMAN && germanInversion(i)) {
          name = forwardName(end, null);
        }
        if (name == null) {
          return -1;
        }
        if (first != null) {
          emit(first, cue, i, end);
        }
        emit(name, cue, i, end);
        return end;
      }
      int end = matchWords(cue.before(), i);
      if (end < 0) {
        return -1;
      }
      // A cue around its name ("wie {} mitteilte") is anchored by its closing words, also at a sentence start,
      // where a closing verb that is a cue of its own ("As X noted") reads the name instead.
      if (cue.kind() == CueKind.VERB_BEFORE && !invertedPosition(i)
          && (cue.after().length == 0 || closingIsVerbCue(cue))) {
        return -1;
      }
      int[] name = graveA(end) ? null : forwardName(end, cue.after().length > 0 ? cue.after() : null);
      if (name == null && cue.after().length == 0 && cue.kind() == CueKind.VERB_BEFORE) {
        int past = pastIndirectObject(end);
        name = past > end ? forwardName(past, null) : null;
      }
      if (name == null) {
        return -1;
      }
      emit(name, cue, i, end);
      return end;
    }

    boolean closingIsVerbCue(Cue cue) {
      CueGroup group = cuesByFirstWord.get(cue.after()[0]);
      if (group == null) {
        return false;
      }
      for (Cue verb : group.oneWord) {
        if (verb.kind() == CueKind.VERB_AFTER && verb.language() == cue.language()) {
          return true;
        }
      }
      return false;
    }

    /** "à", "às": a preposition, where folding would read the Portuguese article "a" ("afirmou à Folha"). */
    boolean graveA(int k) {
      return k < to && t.isWord(k) && t.end(k) - t.start(k) <= 2 && (t.text.charAt(t.start(k)) == 'à'
          || t.text.charAt(t.start(k)) == 'À');
    }

    /**
     * "a déclaré à l'AFP Karim Benali", "a commenté sur France Inter l'économiste X", "declaró a Reuters el
     * alcalde": whom or where a verb speaks to stands between it and its subject.
     *
     * @return the token where the subject may start, or -1
     */
    int pastIndirectObject(int end) {
      int k = end;
      while (k < to && t.isWord(k) && t.isLower(k) && w.adverbs.contains(t.fold(k)) && k < end + 2
          && !INDIRECT_OBJECT_WORDS.contains(t.fold(k))) {
        k++;
      }
      if (k >= to || !t.isWord(k) || !t.isLower(k) || !INDIRECT_OBJECT_WORDS.contains(t.fold(k))) {
        return -1;
      }
      k++;
      if (k < to && t.isWord(k) && t.isLower(k) && w.articles.contains(t.fold(k))) {
        k++;
      }
      if (k + 1 < to && t.isWord(k) && t.isWord(k + 1) && (t.isAcronym(k)
          || SourceLexicon.KNOWN_NAMES.contains(t.fold(k) + " "))) {
        return k + 1; // "à l'AFP Karim Benali"
      }
      int limit = Math.min(to, k + 5);
      for (int j = k + 1; j < limit && t.isWord(j); j++) {
        if (t.isLower(j) && (w.articles.contains(t.fold(j)) || t.fold(j).equals("L'"))) {
          return j; // "sur France Inter l'économiste", "a la cadena SER el alcalde"
        }
      }
      return -1;
    }

    /**
     * A reporting verb is written in lower case inside a sentence: "the United States would" holds no verb
     * "states".
     */
    boolean capitalizedVerb(Cue cue, int i) {
      return (cue.kind() == CueKind.VERB_AFTER || cue.kind() == CueKind.VERB_BEFORE) && t.isCapitalized(i)
          && !t.isInitial(i);
    }

    /**
     * Keeps, of the names that the cues at one place gave, those that no other one holds: a cue shared by
     * two packs ("disse") reads "Lula da Silva" in one and only "Silva" in the other.
     */
    void commitPending() {
      for (Hit hit : pending) {
        boolean inside = false;
        for (Hit other : pending) {
          if (other.nameStart() <= hit.nameStart() && hit.nameEnd() <= other.nameEnd()
              && other.nameEnd() - other.nameStart() > hit.nameEnd() - hit.nameStart()) {
            inside = true;
          }
        }
        if (!inside && names.add(hit.nameStart())) {
          hits.add(hit);
        }
      }
      pending.clear();
    }

    void emit(int[] name, Cue cue, int cueStart, int cueEnd) {
      int nameStart = t.start(name[0]);
      String cueText = t.text.substring(t.start(cueStart), t.end(cueEnd - 1));
      if (cue.before().length > 0 && cue.after().length > 0) {
        cueText = cueText + " … " + cue.text().substring(cue.text().indexOf("{}") + 2).strip();
      }
      pending.add(new Hit(paragraph, nameStart, t.end(name[1] - 1), t.start(from), t.end(to - 1), cueText, cue.kind(),
          language));
    }

    /** @return the token after {@code words} matched from {@code i} (adverbs may stand between), or -1 */
    int matchWords(String[] words, int i) {
      int k = i;
      for (int n = 0; n < words.length; n++) {
        if (n > 0) {
          int skipped = 0;
          while (k < to && skipped < 2 && t.isWord(k) && !t.fold(k).equals(words[n]) && w.adverbs.contains(t.fold(k))) {
            k++;
            skipped++;
          }
        }
        if (k >= to || !(t.isWord(k) || t.is(k, '&')) || !t.fold(k).equals(words[n])) {
          return -1;
        }
        k++;
      }
      return k;
    }

    /** Whether a verb at {@code i} stands where an inverted reporting clause does: after a comma or a quote. */
    boolean invertedPosition(int i) {
      if (i == from) {
        return false;
      }
      int k = i - 1;
      if (t.isWord(k)) {
        String word = t.fold(k);
        // "Lo ha detto X", "así lo indicó X": an object pronoun before the verb.
        return (word.equals("LO") || word.equals("L'")) || word.equals("ASI") || word.equals("COSI");
      }
      char c = t.charAt(k);
      return c == ',' || c == '"' || c == ';' || c == '-' || c == '(' || c == ':';
    }

    /** German word order: "Am Montag sagte Scholz", the subject after the verb. */
    boolean germanInversion(int verb) {
      int k = verb - 1;
      while (k >= from && t.isWord(k)) {
        k--;
      }
      int first = k + 1;
      return first < verb && (w.stops.contains(t.fold(first)) || w.adverbs.contains(t.fold(first)));
    }

    // ---- the name before a cue ------------------------------------------------------------------------

    int @Nullable [] backwardName(int cue, boolean apposition) {
      int k = skipBracketsBefore(cue - 1);
      if (k < from) {
        return null;
      }
      if (!t.isWord(k)) {
        if (apposition && t.is(k, ',')) {
          return appositionBefore(k);
        }
        if (t.is(k, '"')) {
          return quotedBefore(k);
        }
        return null;
      }
      int j = runStartBefore(k);
      if (j < -1) {
        return null;
      }
      if (j >= from && t.isWord(j) && t.isLower(j) && CONJUNCTIONS.contains(t.fold(j))) {
        // "Department of Health and Human Services said": the conjunction joins the words of one name
        // when a connector ("of", "für", "de") stands after it; else two sources, "Amnesty International
        // and Human Rights Watch said", each given when each is a name ("Russia and Ukraine" are places).
        int left = runStartBefore(j - 1);
        if (left < -1) {
          return null;
        }
        if (!hasConnectorWord(left + 1, j)) {
          return coordinatedBefore(left, j, k);
        }
        j = left;
      }
      if (j >= from && t.isWord(j) && (t.isLower(j) || t.isInitial(j)) && PREPOSITIONS.contains(t.fold(j))) {
        return null; // "In Berlin sagte die Ministerin"
      }
      // Stopped at the sentence start, a mark, or a clause or time word ("que", "mardi").
      return resolve(j + 1, k + 1);
    }

    /** Both names of "A and B said": the second returned, the first kept in {@link #coordinated}. */
    int @Nullable [] coordinatedBefore(int left, int conjunction, int k) {
      if (left >= from && t.isWord(left) && (t.isLower(left) || t.isInitial(left))
          && PREPOSITIONS.contains(t.fold(left))) {
        return null;
      }
      int[] second = resolve(conjunction + 1, k + 1);
      int[] first = second == null ? null : resolve(left + 1, conjunction);
      if (first == null || second == null || first[1] != conjunction) {
        return null;
      }
      coordinated = first;
      return second;
    }

    /**
     * @return the token before the run of name words that ends at {@code k} (a stop word, a lower-case
     *     conjunction, a mark, or {@code from - 1}), or -2 when the run is longer than a name; a known name
     *     ends the run ("Médecins sans frontières a indiqué": "sans" would)
     */
    int runStartBefore(int k) {
      for (int n = KNOWN_NAME_WORDS; n >= 2; n--) {
        int a = k - n + 1;
        if (a >= from && SourceLexicon.KNOWN_NAMES.contains(phrase(a, k + 1)) && allWords(a, k + 1)) {
          return a - 1;
        }
      }
      int j = k;
      int count = 0;
      while (j >= from && (t.isWord(j) || t.is(j, '&')) && !(t.isWord(j) && !t.isAcronym(j)
          && ((w.stops.contains(t.fold(j)) && !w.connectors.contains(t.fold(j)))
          || (CONJUNCTIONS.contains(t.fold(j)) && t.isLower(j))))) {
        if (++count > WINDOW) {
          return -2;
        }
        j--;
      }
      return j;
    }

    /** Whether tokens {@code [a, b)} hold a lower-case connector after a capitalized word: "Ministry of". */
    boolean hasConnectorWord(int a, int b) {
      for (int k = a + 1; k < b; k++) {
        if (t.isWord(k) && t.isLower(k) && w.connectors.contains(t.fold(k)) && !w.articles.contains(t.fold(k))
            && !CONJUNCTIONS.contains(t.fold(k)) && t.isCapitalized(k - 1)) {
          return true;
        }
      }
      return false;
    }

    /**
     * "Nancy Faeser (SPD) erklärte", "la Organización Mundial de la Salud (OMS) advirtió": a party or an
     * acronym in brackets between a name and its verb is skipped.
     *
     * @return the token before the brackets, or {@code k} when none stand there
     */
    int skipBracketsBefore(int k) {
      if (k < from || !t.is(k, ')')) {
        return k;
      }
      int open = k - 1;
      while (open >= from && open >= k - 4 && t.isWord(open)) {
        open--;
      }
      return open >= from && open < k - 1 && t.is(open, '(') ? open - 1 : k;
    }

    /** "Die „Süddeutsche Zeitung“ berichtete": a title in quotes after an article. */
    int @Nullable [] quotedBefore(int close) {
      int open = close - 1;
      while (open >= from && open >= close - 6 && t.isWord(open)) {
        open--;
      }
      if (open <= from || open >= close - 1 || !t.is(open, '"') || !t.isWord(open - 1)
          || !w.articles.contains(t.fold(open - 1)) || !isCleanName(open + 1, close)) {
        return null;
      }
      return validated(open + 1, close);
    }

    /** "L'ambassadeur de Russie, Georgy Zinoviev, a déclaré" and "Mark Rutte, NATO's chief, said". */
    int @Nullable [] appositionBefore(int comma) {
      int previous = comma - 1;
      int count = 0;
      while (previous >= from && (t.isWord(previous) || t.is(previous, '&'))) {
        if (++count > WINDOW) {
          return null;
        }
        previous--;
      }
      if (previous < from || !t.is(previous, ',')) {
        return null;
      }
      int second = previous + 1;
      if (isCleanName(second, comma)) {
        int head = clauseStart(previous);
        boolean describedFirst = head < previous && (describesSomeone(head, previous)
            || w.articles.contains(t.fold(head)) || t.fold(head).equals("L'"));
        return describedFirst ? properOrNull(second, comma) : null;
      }
      if (describesSomeone(second, comma)) {
        int head = clauseStart(previous);
        if (head < previous && isCleanName(head, previous)) {
          return properOrNull(head, previous);
        }
      }
      return null;
    }

    int clauseStart(int end) {
      int k = end - 1;
      int count = 0;
      while (k >= from && (t.isWord(k) || t.is(k, '&')) && count <= WINDOW) {
        k--;
        count++;
      }
      return k + 1;
    }

    /** A run of capitalized words, connectors between them: "Georgy Zinoviev", "Kim Hong Kyun". */
    boolean isCleanName(int a, int b) {
      if (b - a < 1 || b - a > 5) {
        return false;
      }
      for (int k = a; k < b; k++) {
        if (!t.isWord(k)) {
          return false;
        }
        boolean connector = k > a && k < b - 1 && (w.connectors.contains(t.fold(k)) || w.articles.contains(t.fold(k))
            || (NAME_PARTICLES.contains(t.fold(k)) && t.isLower(k)));
        // After the first word a title's word may be a surname: "Bruno Le Maire".
        if (!connector && !(t.isCapitalized(k) && (isNameWord(k) || (k > a && (w.articles.contains(t.fold(k))
            || isRole(t.fold(k))))))) {
          return false;
        }
      }
      return true;
    }

    /** "le secrétaire général de l'OTAN", "NATO's secretary general", "a spokesman for the firm". */
    boolean describesSomeone(int a, int b) {
      for (int k = a; k < b && k < a + 6; k++) {
        if (t.isWord(k) && w.roles.contains(t.fold(k))) {
          return true;
        }
      }
      return false;
    }

    int @Nullable [] properOrNull(int a, int b) {
      return hasProper(a, b) && !isPlace(a, b) ? new int[] {a, b} : null;
    }

    /** "Russia said", "Paris a annoncé": a country or a capital that stands for its government. */
    boolean isPlace(int a, int b) {
      return SourceLexicon.PLACES.contains(phrase(a, b))
          || (b - a > 1 && w.articles.contains(t.fold(a)) && SourceLexicon.PLACES.contains(phrase(a + 1, b)));
    }

    // ---- the name after a cue -------------------------------------------------------------------------

    int @Nullable [] forwardName(int start, String @Nullable [] closing) {
      if (start >= to) {
        return null;
      }
      int[] known = knownNameAt(start);
      if (known != null) {
        return closing == null || (known[1] < to && matchesAt(closing, known[1])) ? known : null;
      }
      int k = start;
      int limit = Math.min(to, start + WINDOW + (closing == null ? 0 : closing.length));
      int lastProper = -1;
      int lowerAfterProper = 0;
      boolean joined = false;
      int quoteOpen = -1;
      int quoteClose = -1;
      while (k < limit) {
        if (closing != null && closingAt(closing, k)) {
          break;
        }
        if (t.is(k, '"') && quoteOpen < 0 && (k == start || (k == start + 1 && w.articles.contains(t.fold(start))))) {
          quoteOpen = k; // "wie der „Spiegel“ berichtet": a title in quotes
          k++;
          continue;
        }
        if (t.is(k, '"') && quoteOpen >= 0) {
          quoteClose = k;
          k++;
          break;
        }
        if (!t.isWord(k) && !t.is(k, '&')) {
          break;
        }
        if (t.isWord(k)) {
          String word = t.fold(k);
          boolean nextCapitalized = k + 1 < to && t.isWord(k + 1) && (t.isCapitalized(k + 1) || t.isAcronym(k + 1));
          // "Bundesamt für Migration und Flüchtlinge", "Department of Health and Human Services".
          boolean conjunctionInName = lastProper >= 0 && t.isLower(k) && CONJUNCTIONS.contains(word) && joined
              && (nextCapitalized || (k + 2 < to && t.isWord(k + 1) && w.connectors.contains(t.fold(k + 1))
              && t.isWord(k + 2) && t.isCapitalized(k + 2)));
          boolean connectorHere = (w.connectors.contains(word) && k > start) || conjunctionInName;
          if (lastProper >= 0 && t.isLower(k) && w.connectors.contains(word) && !w.articles.contains(word)
              && !CONJUNCTIONS.contains(word) && nextCapitalized) {
            joined = true;
          }
          if (connectorHere && word.endsWith("'") && !w.articles.contains(word) && nextCapitalized) {
            // "Banca d'Italia": an elided connector before a capital goes on, unlike "Reuters l'armée".
            k++;
            continue;
          }
          // "data from", "data compiled by", "datos publicados por": the agent of a document goes on.
          boolean agentOfDocument = (AGENT_WORDS.contains(word) || word.equals("FROM"))
              && (w.documents.contains(t.fold(k - 1 >= start ? k - 1 : k)) || (k - 2 >= start
              && w.documents.contains(t.fold(k - 2)) && (looksLikeParticiple(t.fold(k - 1))
              || t.endsLikeFrenchParticiple(k - 1))));
          if (k > start && !connectorHere && !agentOfDocument && w.stops.contains(word)) {
            break; // but "data from the Office for National Statistics" goes on
          }
          if (lastProper >= 0 && t.isLower(k) && (w.articles.contains(word) || word.endsWith("'"))
              && !w.connectors.contains(t.fold(k - 1))) {
            break; // "Selon Reuters l'armée ..."
          }
          if (t.isLower(k) && !connectorHere && lastProper >= 0) {
            boolean participle = (looksLikeParticiple(word) || t.endsLikeFrenchParticiple(k)) && k + 1 < to
                && t.isWord(k + 1) && (w.stops.contains(t.fold(k + 1)) || AGENT_WORDS.contains(t.fold(k + 1)));
            // Adjectives follow the noun in French, Spanish, Italian, Portuguese; not in English or German.
            boolean postNominal = language != Language.ENGLISH && language != Language.GERMAN;
            if (participle || !postNominal || ++lowerAfterProper > 2) {
              break;
            }
          }
          if (t.isCapitalized(k) || t.isAcronym(k) || SourceLexicon.KNOWN_NAMES.contains(word + " ")) {
            lastProper = k;
            lowerAfterProper = 0;
          }
        }
        k++;
      }
      if (quoteOpen >= 0 && quoteClose < 0) {
        return null;
      }
      if (closing != null) {
        if (k >= to || !closingAt(closing, k)) {
          return null;
        }
      }
      if (quoteOpen >= 0) {
        return isCleanName(quoteOpen + 1, quoteClose) ? validated(quoteOpen + 1, quoteClose) : null;
      }
      int[] name = resolve(start, k);
      if (name == null && k < to && t.is(k, ',') && describesSomeone(start, k)) {
        // "a déclaré le porte-parole du Kremlin, Dmitri Peskov."
        int end = k + 1;
        while (end < to && t.isWord(end) && end - k <= 5) {
          end++;
        }
        if (end - (k + 1) >= 1 && (end >= to || !t.isWord(end)) && isCleanName(k + 1, end)) {
          return properOrNull(k + 1, end);
        }
      }
      return name;
    }

    /**
     * A known name of several words at {@code start}, after an article or not: "Médecins sans frontières"
     * holds a word that ends other names.
     */
    int @Nullable [] knownNameAt(int start) {
      int a = start < to && t.isWord(start) && w.articles.contains(t.fold(start)) ? start + 1 : start;
      for (int n = KNOWN_NAME_WORDS; n >= 2; n--) {
        if (a + n <= to && SourceLexicon.KNOWN_NAMES.contains(phrase(a, a + n)) && allWords(a, a + n)) {
          return new int[] {a, a + n};
        }
      }
      return null;
    }

    boolean allWords(int a, int b) {
      for (int k = a; k < b; k++) {
        if (!t.isWord(k)) {
          return false;
        }
      }
      return true;
    }

    boolean matchesAt(String[] words, int k) {
      return matchWords(words, k) >= 0;
    }

    /** The words after a cue's name, adverbs of the pack allowed before them: "wie X am Freitag mitteilte". */
    boolean closingAt(String[] closing, int k) {
      int j = k;
      while (j < to && j < k + 2 && t.isWord(j) && !t.fold(j).equals(closing[0]) && w.adverbs.contains(t.fold(j))) {
        j++;
      }
      return matchesAt(closing, j);
    }

    // ---- from a phrase to a name ----------------------------------------------------------------------

    /** The name that tokens {@code [a, b)} give, or null when they name no one. */
    int @Nullable [] resolve(int a, int b) {
      return resolve(a, b, 0);
    }

    int @Nullable [] resolve(int a, int b, int depth) {
      while (a < b && (!t.isWord(a) || (w.openers.contains(t.fold(a)) && !t.isAcronym(a))
          || (w.connectors.contains(t.fold(a)) && !w.articles.contains(t.fold(a)) && !t.isCapitalized(a)))) {
        a++;
      }
      while (b > a && (!t.isWord(b - 1) || w.connectors.contains(t.fold(b - 1))
          || w.articles.contains(t.fold(b - 1)) || t.fold(b - 1).endsWith("'"))) {
        b--;
      }
      if (a >= b || b - a > MAX_NAME_WORDS + 1 || depth > 2) {
        return null;
      }
      if (isOutlet(a, b)) {
        return new int[] {a, b};
      }
      String first = t.fold(a);
      boolean article = w.articles.contains(first) || (first.length() == 2 && first.charAt(0) == 'L'
          && first.charAt(1) == '\'');
      if (!article && ALL_PRONOUNS.contains(first) && !(t.isCapitalized(a) && !t.isInitial(a) && b - a > 1)) {
        return null;
      }
      if (w.stops.contains(first) && !w.articles.contains(first)) {
        return null; // "In Paris", "Am Montag"
      }
      if (w.indefinites.contains(first)) {
        if (a + 1 < b && w.documents.contains(t.fold(a + 1))) {
          return ofDocument(a + 1, b, depth);
        }
        return null; // "un responsable", "a spokesperson", "des sources"
      }
      if (article) {
        boolean keep = t.isCapitalized(a) && !t.isInitial(a) && a + 1 < b && t.isCapitalized(a + 1);
        if (!keep) {
          a++;
          if (a >= b) {
            return null;
          }
          if (isOutlet(a, b)) {
            return new int[] {a, b};
          }
          String head = t.fold(a);
          if (ALL_PRONOUNS.contains(head) && !t.isCapitalized(a)) {
            return null; // "le sien"
          }
        } else {
          return validated(a, b);
        }
      }
      if (w.documents.contains(t.fold(a))) {
        return ofDocument(a, b, depth);
      }
      if (language == Language.GERMAN && b - a >= 2 && t.isCapitalized(a) && germanCommonNoun(t.fold(a))
          && !isRole(t.fold(a)) && t.isWord(a + 1) && !w.connectors.contains(t.fold(a + 1))
          && (!t.isLower(a + 1) || SourceLexicon.KNOWN_NAMES.contains(t.fold(a + 1) + " "))) {
        a++; // "die Nachrichtenagentur dpa", "der Autobauer Volkswagen"
      }
      int role = -1;
      for (int k = a; k < b; k++) {
        if (t.isWord(k) && isRole(t.fold(k)) && !(t.isCapitalized(k) && !t.isInitial(k) && k == a
            && k + 1 < b && !t.isCapitalized(k + 1) && !w.connectors.contains(t.fold(k + 1)))
            && !surnameAfterParticle(k, a)) {
          role = k;
        }
      }
      if (role >= 0) {
        return personAfterRole(role, b);
      }
      int run = trailingRun(a, b);
      if (run > a && run < b && t.isLower(a) && !w.connectors.contains(t.fold(run - 1)) && t.isLower(run - 1)) {
        return validated(run, b); // "l'agence de presse Yonhap", "le quotidien Le Monde"
      }
      if (!article && depth == 0 && run > a && t.isLower(a)) {
        return null; // "citing strong demand for AI chips": a name starts with a capital or an article
      }
      return validated(a, b);
    }

    /** "Bruno Le Maire": a title's word after a capitalized particle of a name is a surname. */
    boolean surnameAfterParticle(int k, int a) {
      return k - 2 >= a && t.isCapitalized(k) && t.isCapitalized(k - 1) && t.isWord(k - 1)
          && NAME_PARTICLES.contains(t.fold(k - 1)) && t.isWord(k - 2) && t.isCapitalized(k - 2)
          && !isRole(t.fold(k - 2));
    }

    int @Nullable [] ofDocument(int head, int b, int depth) {
      for (int k = head + 1; k < b && k <= head + 4; k++) {
        String word = t.fold(k);
        if (w.connectors.contains(word) || word.equals("BY") || word.equals("FROM") || word.equals("PAR")
            || word.equals("POR") || word.equals("DA") || word.equals("VON") || word.equals("VOM")) {
          int next = k + 1;
          while (next < b && (w.connectors.contains(t.fold(next)) && !t.isCapitalized(next))) {
            next++;
          }
          return resolve(next, b, depth + 1);
        }
      }
      return null;
    }

    boolean isRole(String word) {
      if (w.roles.contains(word)) {
        return true;
      }
      return language == Language.GERMAN && (germanRole(word) || (word.endsWith("S") && germanRole(
          word.substring(0, word.length() - 1))) || (word.endsWith("EN") && germanRole(word.substring(0,
          word.length() - 2))));
    }

    /** A German title, also in a compound: "Kremlsprecher", "Grünen-Politikerin". */
    boolean germanRole(String word) {
      if (w.roles.contains(word)) {
        return true;
      }
      for (String suffix : GERMAN_ROLE_SUFFIXES) {
        if (word.endsWith(suffix)) {
          return true;
        }
      }
      for (String suffix : GERMAN_ROLE_COMPOUND_SUFFIXES) {
        if (word.endsWith(suffix) && word.length() > suffix.length() + 2) {
          return true;
        }
      }
      return false;
    }

    /** After a title: "président russe Vladimir Poutine", "Secretary of State Antony Blinken". */
    int @Nullable [] personAfterRole(int role, int b) {
      if (role == b - 1) {
        return null; // "a Kremlin spokesman", "officials"
      }
      int run = trailingRun(role + 1, b);
      if (run >= b) {
        return null;
      }
      if (run == role + 1) {
        return validated(run, b);
      }
      if (w.connectors.contains(t.fold(run - 1))) {
        // "porte-parole du Kremlin" names an office, not a person; "of State Antony Blinken" ends with one.
        int capitalized = 0;
        for (int k = run; k < b; k++) {
          if (!w.connectors.contains(t.fold(k))) {
            capitalized++;
          }
        }
        return capitalized >= 3 && isCleanName(b - 2, b) ? validated(b - 2, b) : null;
      }
      return validated(run, b);
    }

    /** The first token of the run of capitalized words (and connectors between them) that ends at b. */
    int trailingRun(int a, int b) {
      int k = b;
      while (k > a && t.isWord(k - 1)) {
        if (t.isCapitalized(k - 1) || t.isAcronym(k - 1)) {
          k--;
          continue;
        }
        // Connectors inside a name: "Ursula von der Leyen", "Banco de España".
        int c = k - 1;
        while (c > a && k < b && t.isWord(c) && (w.connectors.contains(t.fold(c)) || NAME_PARTICLES.contains(t.fold(c)))
            && t.isLower(c)) {
          c--;
        }
        if (c < k - 1 && c >= a && t.isWord(c) && t.isCapitalized(c)) {
          k = c;
          continue;
        }
        break;
      }
      return k;
    }

    int @Nullable [] validated(int a, int b) {
      if (a >= b || b - a > MAX_NAME_WORDS || isPlace(a, b)) {
        return null;
      }
      String first = t.fold(a);
      if (w.pronouns.contains(first) && !t.isAcronym(a) && (t.isInitial(a) || !t.isCapitalized(a))) {
        return null;
      }
      if (!hasProper(a, b)) {
        return null;
      }
      if (language == Language.GERMAN && b - a == 1 && a > from && t.isWord(a - 1)
          && w.articles.contains(t.fold(a - 1)) && !t.isAcronym(a) && !t.hasInnerCapital(a)
          && !SourceLexicon.KNOWN_NAMES.contains(t.fold(a) + " ") && !germanInstitution(t.fold(a))
          && !SourceLexicon.GERMAN_NAMES_AFTER_ARTICLE.contains(t.fold(a))) {
        // German writes every noun with a capital: one noun after an article ("des Betreibers", "die
        // Polizei") is a common noun far more often than a name.
        return null;
      }
      String last = t.fold(b - 1);
      if ((isRole(last) && !surnameAfterParticle(b - 1, a)) || (w.generic.contains(last) && t.isLower(b - 1))) {
        return null; // "Pentagon officials", "a White House spokesperson"
      }
      return new int[] {a, b};
    }

    boolean hasProper(int a, int b) {
      if (isOutlet(a, b) || SourceLexicon.KNOWN_NAMES.contains(phrase(a, b))) {
        return true;
      }
      for (int k = a; k < b; k++) {
        if (isProper(k, a, b)) {
          return true;
        }
      }
      return false;
    }

    boolean isProper(int k, int a, int b) {
      if (!t.isWord(k)) {
        return false;
      }
      String word = t.fold(k);
      if (t.isAcronym(k) || t.hasInnerCapital(k)) {
        // "The WHO warned": an acronym after an article is not the pronoun it spells.
        return !w.pronouns.contains(word) || (t.isAcronym(k) && k > from && t.isWord(k - 1)
            && w.articles.contains(t.fold(k - 1)));
      }
      if (SourceLexicon.KNOWN_NAMES.contains(word + " ")) {
        return true;
      }
      if (!t.isCapitalized(k) || !isNameWord(k) || t.end(k) - t.start(k) < 2 || ALL_ARTICLES.contains(word)) {
        return false; // "O", "A", "E", "La": articles and conjunctions of another pack, not names
      }
      if (language == Language.GERMAN) {
        if (germanCommonNoun(word)) {
          // "Institut für Wirtschaftsforschung", "Statistische Bundesamt": a name made of nouns.
          return germanInstitution(word) || (k + 2 < b && t.fold(k + 1).equals("FUR") && t.isCapitalized(k + 2))
              || (k > a && germanAdjective(t.fold(k - 1)) && t.isCapitalized(k - 1) && !t.isInitial(k - 1));
        }
        return !lowercase.contains(word) || (germanAdjective(word) && k + 1 < b && t.isCapitalized(k + 1));
      }
      if (!t.isInitial(k)) {
        return true;
      }
      // A capitalized word at a sentence start: a name unless the article writes it in lower case elsewhere.
      return !lowercase.contains(word);
    }

    /** Whether a capitalized word may be part of a name: not a function word or a generic noun. */
    boolean isNameWord(int k) {
      String word = t.fold(k);
      return !(w.pronouns.contains(word) || w.indefinites.contains(word) || w.generic.contains(word)
          || (w.stops.contains(word) && !w.connectors.contains(word)) || w.openers.contains(word)
          || w.roles.contains(word) || w.articles.contains(word) || w.documents.contains(word));
    }

    /**
     * One German noun that names an institution: a federal body ("die Bundesbank", "der Bundestag"), a
     * seat of power ("der Kreml"), or a name joined to an institute or foundation ("das Ifo-Institut").
     */
    boolean germanInstitution(String word) {
      int hyphen = word.lastIndexOf('-');
      if (hyphen > 0 && GERMAN_INSTITUTION_COMPOUND.contains(word.substring(hyphen + 1))) {
        return true;
      }
      if (w.generic.contains(word) || isRole(word)) {
        return false;
      }
      return (word.startsWith("BUNDES") && word.length() > 8) || GERMAN_SEATS_OF_POWER.contains(word);
    }

    boolean germanCommonNoun(String word) {
      if (w.generic.contains(word) || w.roles.contains(word) || w.documents.contains(word)) {
        return true;
      }
      for (String suffix : GERMAN_NOUN_SUFFIXES) {
        if (word.endsWith(suffix) && word.length() > suffix.length() + 1) {
          return true;
        }
      }
      return false;
    }

    boolean isOutlet(int a, int b) {
      return SourceLexicon.OUTLETS_WITH_ARTICLE.contains(phrase(a, b)) || SourceLexicon.KNOWN_NAMES.contains(
          phrase(a, b));
    }

    String phrase(int a, int b) {
      StringBuilder out = new StringBuilder();
      for (int k = a; k < b; k++) {
        if (t.isWord(k) || t.is(k, '&')) {
          out.append(t.fold(k)).append(' ');
        }
      }
      return out.toString();
    }
  }

  /** Words of the longest known name read as one: "Medici senza frontiere". */
  private static final int KNOWN_NAME_WORDS = 4;

  private static final String[] GERMAN_ROLE_SUFFIXES = {"CHEF", "CHEFIN", "MINISTER", "MINISTERIN", "PRASIDENT",
      "PRASIDENTIN", "SPRECHER", "SPRECHERIN", "VORSITZENDE", "VORSITZENDER", "KANZLER", "KANZLERIN", "LEITER",
      "LEITERIN", "DIREKTOR", "DIREKTORIN", "EXPERTE", "EXPERTIN"};

  /** Titles that are also surnames alone ("Richter", "Meister"): a title only at the end of a compound. */
  private static final String[] GERMAN_ROLE_COMPOUND_SUFFIXES = {"POLITIKER", "POLITIKERIN", "RICHTER",
      "RICHTERIN", "MEISTER", "MEISTERIN", "FORSCHER", "FORSCHERIN", "ANWALT", "ANWALTIN", "BOTSCHAFTER",
      "BOTSCHAFTERIN", "KOMMISSAR", "KOMMISSARIN", "BEAUFTRAGTE", "BEAUFTRAGTER", "ABGEORDNETE", "ABGEORDNETER",
      "SEKRETAR", "SEKRETARIN", "AKTIVIST", "AKTIVISTIN", "OKONOM", "OKONOMIN", "ANALYST", "ANALYSTIN", "VORSTAND",
      "FUNKTIONAR", "FUNKTIONARIN"};

  /** Words before whom or where a verb speaks, between the verb and its subject: "à l'AFP", "sur France Inter". */
  private static final Set<String> INDIRECT_OBJECT_WORDS = SourceLexicon.foldWords("à au aux sur a al alla all' ai "
      + "agli alle allo su sulla ao aos à em na no nas nos en");

  /** Every pack's pronouns: a cue of one pack must not take another pack's pronoun ("Ele disse") for a name. */
  private static final Set<String> ALL_PRONOUNS = allPronouns();

  private static Set<String> allPronouns() {
    Set<String> all = new HashSet<>();
    for (Language language : Language.values()) {
      all.addAll(SourceLexicon.words(language).pronouns);
    }
    return Set.copyOf(all);
  }

  /** Every pack's articles: a cue shared by two packs ("prevé", "estima") must not take "La" for a name. */
  private static final Set<String> ALL_ARTICLES = allArticles();

  private static Set<String> allArticles() {
    Set<String> all = new HashSet<>();
    for (Language language : Language.values()) {
      all.addAll(SourceLexicon.words(language).articles);
    }
    return Set.copyOf(all);
  }

  /** Every pack's adverbs, which may stand between a cue's first and second words. */
  private static final Set<String> ALL_ADVERBS = allAdverbs();

  private static Set<String> allAdverbs() {
    Set<String> all = new HashSet<>();
    for (Language language : Language.values()) {
      all.addAll(SourceLexicon.words(language).adverbs);
    }
    return Set.copyOf(all);
  }

  /** Particles inside people's names: "Mohammed bin Salman", "Ursula von der Leyen". */
  private static final Set<String> NAME_PARTICLES = SourceLexicon.foldWords("bin ben ibn al van von der den de da "
      + "di del della dos das du le la ter ten");

  /** Conjunctions: "Russia and Ukraine said" names two sources in one phrase; neither is given. */
  private static final Set<String> CONJUNCTIONS = SourceLexicon.foldWords("and et y e und or ou o oder");
  /** A name that follows one of these is the object of a preposition, not the subject: "In Berlin sagte". */
  private static final Set<String> PREPOSITIONS = SourceLexicon.foldWords("in im am auf bei dans au aux sur "
      + "en on at from with con nel nella em no na para pour vers chez durante während");
  /** Words that follow a participle before its agent: "publié par", "published by". */
  private static final Set<String> AGENT_WORDS = SourceLexicon.foldWords("par by por da von dal dalla pelo pela");

  /** The last part of a hyphenated institution: "Ifo-Institut", "Bertelsmann-Stiftung". */
  private static final Set<String> GERMAN_INSTITUTION_COMPOUND = SourceLexicon.foldWords("institut stiftung "
      + "zentrum klinikum universität hochschule gruppe");
  /** Seats of power that stand for a government: "der Kreml erklärte". */
  private static final Set<String> GERMAN_SEATS_OF_POWER = SourceLexicon.foldWords("kreml vatikan pentagon "
      + "élysée elysée");

  private static final String[] GERMAN_NOUN_SUFFIXES = {"UNG", "HEIT", "KEIT", "SCHAFT", "TION", "TAT", "IUM",
      "BEHORDE", "GERICHT", "SPRECHER", "SPRECHERIN", "AGENTUR", "VERBAND", "POLIZEI", "INNEN", "ISTEN", "AMT",
      "MINISTER", "MINISTERIN", "EXPERTEN", "BERICHT", "BERICHTE", "BERICHTEN", "ANGABEN", "KREISEN", "QUELLEN",
      "DATEN", "ZAHLEN", "STUDIE", "UMFRAGE"};

  static boolean germanAdjective(String word) {
    return word.endsWith("ISCHE") || word.endsWith("ISCHEN") || word.endsWith("ISCHER") || word.endsWith("ISCHES")
        || word.startsWith("DEUTSCHE") || word.startsWith("EUROPAISCHE") || word.startsWith("STATISTISCHE")
        || word.startsWith("AUSWARTIGE") || word.startsWith("INTERNATIONALE") || word.startsWith("NATIONALE")
        || word.startsWith("VEREINTE");
  }

  static boolean looksLikeParticiple(String word) {
    return endsWithAny(word, "ADO", "ADA", "ADOS", "ADAS", "IDO", "IDA", "IDOS", "IDAS", "ATO", "ATA", "ATI",
        "ATE", "ITO", "ITA", "ITI", "ITE", "ED");
  }

  private static boolean endsWithAny(String word, String... suffixes) {
    for (String suffix : suffixes) {
      if (word.endsWith(suffix) && word.length() > suffix.length() + 2) {
        return true;
      }
    }
    return false;
  }
}

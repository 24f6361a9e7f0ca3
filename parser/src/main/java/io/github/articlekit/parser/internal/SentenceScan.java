package io.github.articlekit.parser.internal;

import io.github.articlekit.parser.Language;
import io.github.articlekit.parser.internal.AttributionScanner.Hit;
import io.github.articlekit.parser.internal.CueIndex.CueGroup;
import io.github.articlekit.parser.sources.CueKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Cue matching in one sentence: each word is looked up among the cues' first words, the longest cue that
 * stands there is matched (adverbs may stand between its words), and the name before or after it is read
 * ({@link NameBeforeCue}, {@link NameAfterCue}); of the names that cues at one place give, the widest is
 * kept as a {@link AttributionScanner.Hit}.
 */
final class SentenceScan extends NameAfterCue {
  /** Words before whom or where a verb speaks, between the verb and its subject: "à l'AFP", "sur France Inter". */
  private static final Set<String> INDIRECT_OBJECT_WORDS = WordFold.foldWords("à au aux sur a al alla all' ai "
      + "agli alle allo su sulla ao aos à em na no nas nos en");

  private final CueIndex cueIndex;
  final int paragraph;
  final List<Hit> hits;
  final Set<Integer> names = new HashSet<>();
  /** The names the cues at one place gave, before {@link #commitPending} keeps the widest. */
  final List<Hit> pending = new ArrayList<>();

  SentenceScan(CueIndex cueIndex, Tokens t, int from, int to, Set<String> lowercase, int paragraph,
      List<Hit> hits) {
    super(t, from, to, lowercase);
    this.cueIndex = cueIndex;
    this.paragraph = paragraph;
    this.hits = hits;
  }

  void scan() {
    int i = from;
    while (i < to) {
      int next = i + 1;
      if (t.isWord(i)) {
        CueGroup group = cueIndex.startingWith(t.fold(i));
        if (group != null) {
          List<Cue> cues = candidates(group, i);
          int[] ends = new int[cues.size()];
          int longest = 0;
          for (int c = 0; c < cues.size(); c++) {
            Cue cue = cues.get(c);
            w = WordClasses.of(cue.language());
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
      if (!WordClasses.ALL_ADVERBS.contains(word)) {
        break;
      }
    }
    return cues;
  }

  /** @return the token after the cue's first part when it gave a name, else -1 */
  int tryCue(Cue cue, int i) {
    language = cue.language();
    w = WordClasses.of(language);
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
    CueGroup group = cueIndex.startingWith(cue.after()[0]);
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
        || ProperNames.KNOWN_NAMES.contains(t.fold(k) + " "))) {
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
}

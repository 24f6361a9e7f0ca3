package io.github.articlekit.parser.internal;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The name before a cue, read backward from it: "Reuters said", "Amnesty International and Human Rights
 * Watch said" (two names), "Nancy Faeser (SPD) erklärte", "Die „Süddeutsche Zeitung“ berichtete", and a
 * name in apposition, "L'ambassadeur de Russie, Georgy Zinoviev, a déclaré".
 */
abstract class NameBeforeCue extends NameResolver {
  /** A name that follows one of these is the object of a preposition, not the subject: "In Berlin sagte". */
  private static final Set<String> PREPOSITIONS = WordFold.foldWords("in im am auf bei dans au aux sur "
      + "en on at from with con nel nella em no na para pour vers chez durante während");

  /** The first of two names joined by a conjunction before a verb ("A and B said"), when the last gave B. */
  int @Nullable [] coordinated;

  NameBeforeCue(Tokens t, int from, int to, Set<String> lowercase) {
    super(t, from, to, lowercase);
  }

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
      if (a >= from && ProperNames.KNOWN_NAMES.contains(phrase(a, k + 1)) && allWords(a, k + 1)) {
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
}

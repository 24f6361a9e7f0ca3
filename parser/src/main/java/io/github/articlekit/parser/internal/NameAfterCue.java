package io.github.articlekit.parser.internal;

import io.github.articlekit.parser.Language;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The name after a cue, read forward from it up to a stop word or a mark: "selon l'agence Reuters", "data
 * from the Office for National Statistics", "wie der „Spiegel“ berichtet", and the closing words of a cue
 * around its name ("wie {} mitteilte"), matched as the words of a cue are.
 */
abstract class NameAfterCue extends NameBeforeCue {
  /** Words that follow a participle before its agent: "publié par", "published by". */
  private static final Set<String> AGENT_WORDS = WordFold.foldWords("par by por da von dal dalla pelo pela");

  NameAfterCue(Tokens t, int from, int to, Set<String> lowercase) {
    super(t, from, to, lowercase);
  }

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
        if (t.isCapitalized(k) || t.isAcronym(k) || ProperNames.KNOWN_NAMES.contains(word + " ")) {
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
      if (a + n <= to && ProperNames.KNOWN_NAMES.contains(phrase(a, a + n)) && allWords(a, a + n)) {
        return new int[] {a, a + n};
      }
    }
    return null;
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

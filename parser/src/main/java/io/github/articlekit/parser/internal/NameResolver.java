package io.github.articlekit.parser.internal;

import io.github.articlekit.parser.Language;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * From a phrase to the name it holds, in one sentence: leading openers and connectors and trailing articles
 * dropped, an indefinite or a pronoun naming no one, a title before a person ("le président russe Vladimir
 * Poutine"), a document's author ("un rapport de l'OCDE"). The name before a cue and the name after it
 * ({@link NameBeforeCue}, {@link NameAfterCue}) end here.
 */
abstract class NameResolver extends NameChecks {
  NameResolver(Tokens t, int from, int to, Set<String> lowercase) {
    super(t, from, to, lowercase);
  }

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
    if (!article && WordClasses.ALL_PRONOUNS.contains(first) && !(t.isCapitalized(a) && !t.isInitial(a) && b - a > 1)) {
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
        if (WordClasses.ALL_PRONOUNS.contains(head) && !t.isCapitalized(a)) {
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
        && (!t.isLower(a + 1) || ProperNames.KNOWN_NAMES.contains(t.fold(a + 1) + " "))) {
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
}

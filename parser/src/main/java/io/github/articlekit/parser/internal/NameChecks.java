package io.github.articlekit.parser.internal;

import io.github.articlekit.parser.Language;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What is a name and what is not, in one sentence: a proper noun (a capitalized word that no sentence
 * start explains, an acronym, a known outlet) makes a name; titles and roles, places, pronouns, documents,
 * generic and German common nouns do not. The base of one sentence's work, whose layers extend each other:
 * {@link NameResolver} (from a phrase to a name), {@link NameBeforeCue}, {@link NameAfterCue} and
 * {@link SentenceScan} (cue matching). It holds the sentence, tokens {@code [from, to)} of a paragraph, and
 * the language pack of the cue being read.
 */
abstract class NameChecks {
  /** Words read on either side of a cue: a name is shorter, a longer phrase is not a name. */
  static final int WINDOW = 12;
  /** Words of a name at most. */
  static final int MAX_NAME_WORDS = 10;
  /** Words of the longest known name read as one: "Medici senza frontiere". */
  static final int KNOWN_NAME_WORDS = 4;

  final Tokens t;
  final int from;
  final int to;
  /** The words the article writes in lower case somewhere: such a word at a sentence start is no name. */
  final Set<String> lowercase;
  /** The word classes of {@link #language}. */
  WordClasses w = WordClasses.of(Language.ENGLISH);
  Language language = Language.ENGLISH;

  NameChecks(Tokens t, int from, int to, Set<String> lowercase) {
    this.t = t;
    this.from = from;
    this.to = to;
    this.lowercase = lowercase;
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
    return ProperNames.PLACES.contains(phrase(a, b))
        || (b - a > 1 && w.articles.contains(t.fold(a)) && ProperNames.PLACES.contains(phrase(a + 1, b)));
  }

  boolean allWords(int a, int b) {
    for (int k = a; k < b; k++) {
      if (!t.isWord(k)) {
        return false;
      }
    }
    return true;
  }

  /** "Bruno Le Maire": a title's word after a capitalized particle of a name is a surname. */
  boolean surnameAfterParticle(int k, int a) {
    return k - 2 >= a && t.isCapitalized(k) && t.isCapitalized(k - 1) && t.isWord(k - 1)
        && NAME_PARTICLES.contains(t.fold(k - 1)) && t.isWord(k - 2) && t.isCapitalized(k - 2)
        && !isRole(t.fold(k - 2));
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
        && !ProperNames.KNOWN_NAMES.contains(t.fold(a) + " ") && !germanInstitution(t.fold(a))
        && !ProperNames.GERMAN_NAMES_AFTER_ARTICLE.contains(t.fold(a))) {
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
    if (isOutlet(a, b) || ProperNames.KNOWN_NAMES.contains(phrase(a, b))) {
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
    if (ProperNames.KNOWN_NAMES.contains(word + " ")) {
      return true;
    }
    if (!t.isCapitalized(k) || !isNameWord(k) || t.end(k) - t.start(k) < 2 || WordClasses.ALL_ARTICLES.contains(word)) {
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
    return ProperNames.OUTLETS_WITH_ARTICLE.contains(phrase(a, b)) || ProperNames.KNOWN_NAMES.contains(
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

  /** Particles inside people's names: "Mohammed bin Salman", "Ursula von der Leyen". */
  static final Set<String> NAME_PARTICLES = WordFold.foldWords("bin ben ibn al van von der den de da "
      + "di del della dos das du le la ter ten");

  /** Conjunctions: "Russia and Ukraine said" names two sources in one phrase; neither is given. */
  static final Set<String> CONJUNCTIONS = WordFold.foldWords("and et y e und or ou o oder");

  private static final String[] GERMAN_ROLE_SUFFIXES = {"CHEF", "CHEFIN", "MINISTER", "MINISTERIN", "PRASIDENT",
      "PRASIDENTIN", "SPRECHER", "SPRECHERIN", "VORSITZENDE", "VORSITZENDER", "KANZLER", "KANZLERIN", "LEITER",
      "LEITERIN", "DIREKTOR", "DIREKTORIN", "EXPERTE", "EXPERTIN"};

  /** Titles that are also surnames alone ("Richter", "Meister"): a title only at the end of a compound. */
  private static final String[] GERMAN_ROLE_COMPOUND_SUFFIXES = {"POLITIKER", "POLITIKERIN", "RICHTER",
      "RICHTERIN", "MEISTER", "MEISTERIN", "FORSCHER", "FORSCHERIN", "ANWALT", "ANWALTIN", "BOTSCHAFTER",
      "BOTSCHAFTERIN", "KOMMISSAR", "KOMMISSARIN", "BEAUFTRAGTE", "BEAUFTRAGTER", "ABGEORDNETE", "ABGEORDNETER",
      "SEKRETAR", "SEKRETARIN", "AKTIVIST", "AKTIVISTIN", "OKONOM", "OKONOMIN", "ANALYST", "ANALYSTIN", "VORSTAND",
      "FUNKTIONAR", "FUNKTIONARIN"};

  /** The last part of a hyphenated institution: "Ifo-Institut", "Bertelsmann-Stiftung". */
  private static final Set<String> GERMAN_INSTITUTION_COMPOUND = WordFold.foldWords("institut stiftung "
      + "zentrum klinikum universität hochschule gruppe");
  /** Seats of power that stand for a government: "der Kreml erklärte". */
  private static final Set<String> GERMAN_SEATS_OF_POWER = WordFold.foldWords("kreml vatikan pentagon "
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
}

package io.github.articlekit.parser;

import java.util.List;
import java.util.Locale;

/**
 * Language packs: the cross-link markers and boilerplate phrases of one language.
 *
 * <p>Markers and phrases match case- and accent-insensitively, so {@code LIRE AUSSI} also matches
 * {@code Lire aussi} and {@code A LIRE AUSSI} matches {@code À lire aussi}.
 */
// Both lists are List.of(...) values, unmodifiable; the check cannot see that through List.
@SuppressWarnings("ImmutableEnumChecker")
public enum Language {
  /** French. */
  FRENCH("fr",
      List.of("LIRE AUSSI", "À LIRE AUSSI", "LIRE ÉGALEMENT", "À LIRE ÉGALEMENT", "VOIR AUSSI", "À VOIR AUSSI",
          "À LIRE", "À DÉCOUVRIR", "À DÉCOUVRIR AUSSI", "SUR LE MÊME SUJET", "LIRE LA SUITE"),
      List.of("Et aussi", "Aussi", "À lire aussi", "Sur le même sujet", "Chaque jour, nous vous proposons",
          "nouveaux contenus captivants", "cliquez sur \"Suivre\"", "pour ne rien manquer", "Suivez-nous",
          "suivez-nous sur")),
  /** English. */
  ENGLISH("en",
      List.of("READ ALSO", "ALSO READ", "READ MORE", "SEE ALSO", "READ NEXT", "RELATED", "RELATED ARTICLE",
          "MORE ON THIS", "MORE ON THIS STORY", "YOU MAY ALSO LIKE"),
      List.of("And also", "Also", "See also", "Also read", "Related", "Every day, we bring you",
          "new captivating content", "click \"Follow\"", "hit \"Follow\"", "so you don't miss anything",
          "so you never miss", "never miss a thing", "Follow us", "follow us on")),
  /** Spanish. */
  SPANISH("es",
      List.of("LEA TAMBIÉN", "LEER TAMBIÉN", "LEE TAMBIÉN", "VER TAMBIÉN", "VEA TAMBIÉN", "LEA MÁS", "LEER MÁS",
          "TE PUEDE INTERESAR", "TAMBIÉN TE PUEDE INTERESAR"),
      List.of("Y también", "Y además", "Cada día te ofrecemos", "Cada día le ofrecemos", "Cada día os ofrecemos",
          "Cada día, te proponemos", "Cada día, le proponemos", "nuevos contenidos cautivadores",
          "nuevos contenidos atractivos", "haz clic en \"Seguir\"", "haga clic en \"Seguir\"", "pulsa \"Seguir\"",
          "para no perderte nada", "para no perderse nada", "no te pierdas nada", "También", "Síguenos",
          "síguenos en")),
  /** German. */
  GERMAN("de",
      List.of("LESEN SIE AUCH", "AUCH LESEN", "LESEN SIE MEHR", "MEHR ZUM THEMA", "SIEHE AUCH", "AUCH INTERESSANT",
          "DAS KÖNNTE SIE AUCH INTERESSIEREN"),
      List.of("Und außerdem", "Und auch", "Auch interessant", "Jeden Tag bieten wir Ihnen", "Jeden Tag bieten wir dir",
          "Jeden Tag präsentieren wir Ihnen", "neue spannende Inhalte", "neue fesselnde Inhalte",
          "klicken Sie auf \"Folgen\"", "klicke auf \"Folgen\"", "um nichts zu verpassen",
          "nichts mehr zu verpassen", "Außerdem", "Folgen Sie uns")),
  /** Italian. */
  ITALIAN("it",
      List.of("LEGGI ANCHE", "LEGGI PURE", "VEDI ANCHE", "LEGGI DI PIÙ", "POTREBBE INTERESSARTI", "DA LEGGERE"),
      List.of("E anche", "E inoltre", "Ogni giorno vi proponiamo", "Ogni giorno ti proponiamo", "Ogni giorno ti offriamo",
          "Ogni giorno vi offriamo", "nuovi contenuti accattivanti", "clicca su \"Segui\"", "cliccate su \"Segui\"",
          "per non perdere nulla", "per non perderti nulla", "per non perdere niente", "Inoltre", "Seguici",
          "seguici su")),
  /** Portuguese. */
  PORTUGUESE("pt",
      List.of("LEIA TAMBÉM", "LEIA MAIS", "VEJA TAMBÉM", "LER TAMBÉM", "LEIA AINDA", "SAIBA MAIS", "VEJA MAIS"),
      List.of("E também", "E ainda", "Todos os dias trazemos", "Todos os dias oferecemos", "Todos os dias, propomos",
          "Todos os dias propomos", "novos conteúdos cativantes", "clique em \"Seguir\"", "para não perder nada",
          "não perca nada", "Também", "Siga-nos"));

  private final String code;
  private final List<String> crossLinkMarkers;
  private final List<String> boilerplatePhrases;

  Language(String code, List<String> crossLinkMarkers, List<String> boilerplatePhrases) {
    this.code = code;
    this.crossLinkMarkers = crossLinkMarkers;
    this.boilerplatePhrases = boilerplatePhrases;
  }

  /** @return the ISO 639-1 code, e.g. {@code fr} */
  public String code() {
    return code;
  }

  /** @return the cross-link markers, e.g. {@code LIRE AUSSI} */
  public List<String> crossLinkMarkers() {
    return crossLinkMarkers;
  }

  /**
   * The boilerplate phrases. A trailing block is boilerplate when, compared case-, accent- and
   * punctuation-insensitively, it equals a phrase, or it is short and contains a phrase of three words
   * or more.
   *
   * @return the phrases, e.g. {@code Et aussi}
   */
  public List<String> boilerplatePhrases() {
    return boilerplatePhrases;
  }

  /**
   * Finds a pack by its ISO 639-1 code or English name, ignoring case.
   *
   * @param codeOrName e.g. {@code fr} or {@code french}
   * @return the pack
   * @throws IllegalArgumentException naming the known packs if there is none by that name
   */
  public static Language forName(String codeOrName) {
    String wanted = codeOrName.trim().toLowerCase(Locale.ROOT);
    for (Language language : values()) {
      if (language.code.equals(wanted) || language.name().toLowerCase(Locale.ROOT).equals(wanted)) {
        return language;
      }
    }
    throw new IllegalArgumentException("Unknown language pack \"" + codeOrName + "\"; known packs: "
        + "fr, en, es, de, it, pt");
  }
}

package io.github.articlekit.benchmarks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Writes synthetic articles in the layout the parser reads, from a seeded {@link Random}: the same seed
 * gives the same text, on every JVM.
 *
 * <p>The layout, as in the reference article: a title line, a blank line, the heading list (one heading
 * a line), then each heading again on a line of its own followed by blank-line separated paragraphs and
 * cross-link lines ({@code LIRE AUSSI : ...}), then the trailing boilerplate (a follow-us call to action
 * and an "Et aussi" related-content header).
 */
final class ArticleGenerator {
  static final String FOLLOW_US = "Chaque jour, nous vous proposons de nouveaux contenus captivants, "
      + "cliquez sur \"Suivre\" pour ne rien manquer !";
  static final String RELATED_HEADER = "Et aussi";

  private static final String[] SUBJECTS = {
    "Le gouvernement", "La commission", "Le ministre", "L'agence", "Le président", "La délégation",
    "Le porte-parole", "L'ambassadeur", "Le rapport", "La Banque centrale", "Le Parlement", "L'opposition",
    "La mairie", "Le tribunal", "Le syndicat", "La direction", "L'institut", "Le conseil régional",
  };
  private static final String[] VERBS = {
    "a déclaré", "a confirmé", "a annoncé", "a rappelé", "envisage", "a démenti", "a précisé", "a souligné",
    "estime", "a reconnu", "a promis", "redoute", "a exigé", "prévoit", "a révélé", "conteste",
  };
  private static final String[] OBJECTS = {
    "que la situation restait préoccupante", "une hausse des dépenses publiques", "la fin des négociations",
    "un accord de coopération économique", "le retrait progressif des troupes", "une réforme d'ampleur",
    "l'ouverture d'une enquête indépendante", "des sanctions supplémentaires", "un plan de relance",
    "la tenue d'un sommet à Genève", "l'envoi d'une mission d'observation", "un report du calendrier",
    "la hausse des prix de l'énergie", "une nouvelle série de mesures", "le renforcement des contrôles",
    "la signature d'un traité bilatéral", "des échanges commerciaux en recul", "une aide d'urgence",
  };
  private static final String[] TAILS = {
    "selon AP News", "d'après The Guardian", "selon plusieurs sources diplomatiques", "depuis le début de l'année",
    "à l'issue d'une réunion à huis clos", "malgré les critiques", "pour la première fois depuis 2019",
    "dans un communiqué publié mardi", "à la veille des élections", "sans donner davantage de détails",
    "au terme de longues discussions", "selon le Center for Strategic & International Studies",
  };
  private static final String[][] HEADING_OPENERS = {
    {"Un", "Le", "Vers un", "Face à un", "Après un", "Pourquoi un", "Retour sur le"},
    {"Une", "La", "Vers une", "Face à une", "Après une", "Comment une", "Retour sur la"},
  };
  private static final String[][] HEADING_NOUNS = {
    {"conflit", "accord", "dialogue", "sommet", "revers", "rapprochement", "bras de fer", "compromis",
      "partenariat", "embargo", "virage", "scrutin"},
    {"rencontre", "crise", "réforme", "tension", "rupture", "enquête", "alliance", "négociation",
      "sanction", "menace", "coopération", "escalade", "médiation", "riposte"},
  };
  /** Adjectives as masculine and feminine forms. */
  private static final String[][] HEADING_ADJECTIVES = {
    {"diplomatique", "diplomatique"}, {"économique", "économique"}, {"stratégique", "stratégique"},
    {"militaire", "militaire"}, {"inattendu", "inattendue"}, {"décisif", "décisive"}, {"fragile", "fragile"},
    {"durable", "durable"}, {"historique", "historique"}, {"régional", "régionale"},
    {"politique", "politique"}, {"discret", "discrète"}, {"majeur", "majeure"}, {"sensible", "sensible"},
    {"budgétaire", "budgétaire"}, {"prolongé", "prolongée"}, {"commercial", "commerciale"},
    {"énergétique", "énergétique"}, {"juridique", "juridique"}, {"symbolique", "symbolique"},
  };
  private static final String[] HEADING_PLACES = {
    "", "", "", " en Russie", " à Séoul", " à Kyiv", " en Europe", " au Pacifique", " à Bruxelles",
    " à Washington", " en Asie", " au Moyen-Orient", " à Pékin", " en Afrique",
  };
  private static final String[] MARKERS = {
    "LIRE AUSSI", "LIRE AUSSI", "LIRE AUSSI", "À LIRE AUSSI", "VOIR AUSSI", "SUR LE MÊME SUJET",
  };

  private final Random random;

  ArticleGenerator(long seed) {
    this.random = new Random(seed);
  }

  /**
   * The {@code long} benchmark input: {@code sections} sections of about 440 characters of prose each,
   * a cross-link every fourth section, the boilerplate at the end. 2,000 sections make about 1 MB.
   */
  static String longArticle(int sections) {
    ArticleGenerator generator = new ArticleGenerator(20261124L);
    List<String> headings = generator.headings(sections);
    StringBuilder out = new StringBuilder(sections * 560);
    out.append("La Corée du Sud face à ses voisins : chronologie complète d'une crise\n\n");
    for (String heading : headings) {
      out.append(heading).append('\n');
    }
    out.append('\n');
    for (int i = 0; i < sections; i++) {
      out.append(headings.get(i)).append("\n\n");
      out.append(generator.paragraph(3)).append("\n\n");
      if (i % 4 == 1) {
        out.append(generator.crossLink(false)).append("\n\n");
      }
      out.append(generator.paragraph(1)).append("\n\n");
    }
    out.append(FOLLOW_US).append("\n\n\u00a0\n\n").append(RELATED_HEADER);
    return out.toString();
  }

  /**
   * One article of a batch corpus, about 4 KB, varied: 5 to 14 sections, one to three paragraphs each,
   * some cross-links (some with a URL), the heading list followed by a blank line or directly by the
   * first heading, with or without boilerplate and related titles, some with CRLF line ends.
   */
  String corpusArticle() {
    int sections = 5 + random.nextInt(10);
    List<String> headings = headings(sections);
    int budget = 2000 + random.nextInt(1600); // characters of prose for the whole article
    int perSection = budget / sections;
    StringBuilder out = new StringBuilder(budget + 2048);
    out.append(title()).append("\n\n");
    for (String heading : headings) {
      out.append(heading).append('\n');
    }
    if (random.nextBoolean()) {
      out.append('\n'); // the reference article has none: its first heading follows the list directly
    }
    for (int i = 0; i < sections; i++) {
      out.append(headings.get(i)).append("\n\n");
      int written = 0;
      do {
        String paragraph = paragraph(1 + random.nextInt(3));
        out.append(paragraph).append("\n\n");
        written += paragraph.length();
        if (random.nextInt(9) == 0) {
          out.append(crossLink(random.nextInt(3) == 0)).append("\n\n");
        }
      } while (written < perSection - 120);
    }
    switch (random.nextInt(4)) {
      case 0:
        break;
      case 1:
        out.append(FOLLOW_US).append("\n\n");
        break;
      default:
        out.append(FOLLOW_US).append("\n\n\u00a0\n\n").append(RELATED_HEADER).append("\n\n");
        for (int i = random.nextInt(4); i > 0; i--) {
          out.append(title()).append("\n\n");
        }
    }
    String text = out.toString();
    return random.nextInt(20) == 0 ? text.replace("\n", "\r\n") : text;
  }

  /** {@code count} distinct headings, each short and without sentence-final punctuation. */
  List<String> headings(int count) {
    Set<String> seen = new HashSet<>();
    List<String> headings = new ArrayList<>(count);
    while (headings.size() < count) {
      int gender = random.nextInt(2);
      String heading = pick(HEADING_OPENERS[gender]) + " " + pick(HEADING_NOUNS[gender]) + " "
          + HEADING_ADJECTIVES[random.nextInt(HEADING_ADJECTIVES.length)][gender] + pick(HEADING_PLACES);
      if (seen.add(heading.toLowerCase(Locale.ROOT))) {
        headings.add(heading);
      }
    }
    return headings;
  }

  private String title() {
    return pick(SUBJECTS) + " " + pick(VERBS) + " " + pick(OBJECTS);
  }

  /** A paragraph of {@code sentences} sentences, one line. */
  String paragraph(int sentences) {
    StringBuilder out = new StringBuilder(160 * sentences);
    for (int i = 0; i < sentences; i++) {
      if (i > 0) {
        out.append(' ');
      }
      out.append(pick(SUBJECTS)).append(' ').append(pick(VERBS)).append(' ').append(pick(OBJECTS))
          .append(", ").append(pick(TAILS)).append(random.nextInt(4) == 0 ? " et " + pick(OBJECTS) : "")
          .append('.');
    }
    return out.toString();
  }

  private String crossLink(boolean withUrl) {
    String line = pick(MARKERS) + " : " + title();
    return withUrl ? line + " (https://example.org/articles/" + random.nextInt(1_000_000) + ")" : line;
  }

  private String pick(String[] words) {
    return words[random.nextInt(words.length)];
  }
}

package io.github.articlekit.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * Hostile and ordinary inputs, one per construct of the layout, at any size: {@link #build(String, int)}
 * returns the text of a shape in at most {@code chars} characters and at least 95% of that.
 *
 * <p>Every shape is a function of a count (sections, lines, repetitions) written by a seeded
 * {@link Random}: the same name and size give the same text on every JVM. {@link #fit} picks the count
 * for the size. The shapes are built as an attacker would build them against a parser with hash tables,
 * backtracking and look-backs: many keys that collide, lines that almost match, runs that a scan may
 * walk again and again.
 */
final class Shapes {
  /** Every shape, in the order of the tables. */
  static final String[] NAMES = {
    "realistic", "numberedVariable", "numberedFixed", "numberedNearMiss", "identical", "identicalFewerBack",
    "prefixChains", "sharedMiddle", "hashAaBB", "hashFolded", "hashSampled", "shuffled", "reversed",
    "outOfOrderSwaps", "missing", "repeatedMix", "combiningMarks", "looseVariants", "crossLinks",
    "markerRuns", "parentheses", "boilerplateTail", "phraseHeavy", "inferred", "inferredHostile", "blanks",
    "blankRuns", "crOnly", "crlf", "mixedEnds", "longLine", "singleLine", "shortLinesParagraph", "tinyBlocks",
    "lineFeeds", "hugeList", "hugeListNearMiss", "punctuation",
  };

  private static final long SEED = 20261201L;
  private static final String TITLE = "La Corée du Sud exige le retrait des troupes nord-coréennes de Russie";
  private static final String[] BLANKS = {
    " ", "\t", "\u00A0", "\u2007", "\u202F", "\u200B", "\uFEFF", "\u3000",
  };
  private static final String[] OPENERS = {"Un", "Le", "Vers un", "Face à un", "Après un", "Pourquoi un",
    "Retour sur le", "Comment le"};
  private static final String[] NOUNS = {"conflit", "accord", "dialogue", "sommet", "revers", "rapprochement",
    "bras de fer", "compromis", "partenariat", "embargo", "virage", "scrutin", "débat", "pari", "recul", "choc"};
  private static final String[] ADJECTIVES = {"diplomatique", "économique", "stratégique", "militaire",
    "inattendu", "décisif", "fragile", "durable", "historique", "régional", "politique", "discret", "majeur",
    "sensible", "budgétaire", "commercial"};
  private static final String[] PLACES = {"", " en Russie", " à Séoul", " à Kyiv", " en Europe", " au Pacifique",
    " à Bruxelles", " à Washington", " en Asie", " au Moyen-Orient", " à Pékin", " en Afrique", " à Genève",
    " à Tokyo", " à Paris", " à Berlin"};
  private static final int HEADING_COMBINATIONS = OPENERS.length * NOUNS.length * ADJECTIVES.length * PLACES.length;
  /** One marker of each pack, and some more, as written in articles. */
  private static final String[] MARKERS = {"LIRE AUSSI", "À lire aussi", "READ MORE", "Read also", "LEA TAMBIÉN",
    "Lesen Sie auch", "LEGGI ANCHE", "Leia também", "VOIR AUSSI", "SUR LE MÊME SUJET", "MORE ON THIS STORY",
    "DAS KÖNNTE SIE AUCH INTERESSIEREN", "TAMBIÉN TE PUEDE INTERESAR", "SAIBA MAIS", "RELATED"};
  private static final String[] SEPARATORS = {" : ", ": ", " - ", " – ", " — ", ":", "-", " :", "\u00A0: "};
  private static final String FOLLOW_US = ArticleGenerator.FOLLOW_US;
  private static final String[] BOILERPLATE = {FOLLOW_US, "Et aussi", "Suivez-nous sur Facebook",
    "Every day, we bring you new captivating content, click \"Follow\" so you don't miss anything!",
    "And also", "Y también", "Und außerdem", "E inoltre", "E também", "Sur le même sujet", "À lire aussi",
    "Cada día te ofrecemos nuevos contenidos cautivadores, haz clic en \"Seguir\" para no perderte nada."};

  private Shapes() {}

  /**
   * The text of shape {@code name} in at most {@code chars} characters and at least 95% of that.
   *
   * @throws IllegalArgumentException for an unknown name
   */
  static String build(String name, int chars) {
    return fit(chars, generator(name));
  }

  /** The generator of shape {@code name}: a count to the text. */
  static IntFunction<String> generator(String name) {
    switch (name) {
      case "realistic": return Shapes::realistic;
      case "numberedVariable": return Shapes::numberedVariable;
      case "numberedFixed": return Shapes::numberedFixed;
      case "numberedNearMiss": return Shapes::numberedNearMiss;
      case "identical": return Shapes::identical;
      case "identicalFewerBack": return Shapes::identicalFewerBack;
      case "prefixChains": return Shapes::prefixChains;
      case "sharedMiddle": return Shapes::sharedMiddle;
      case "hashAaBB": return Shapes::hashAaBB;
      case "hashFolded": return Shapes::hashFolded;
      case "hashSampled": return Shapes::hashSampled;
      case "shuffled": return Shapes::shuffled;
      case "reversed": return Shapes::reversed;
      case "outOfOrderSwaps": return Shapes::outOfOrderSwaps;
      case "missing": return Shapes::missing;
      case "repeatedMix": return Shapes::repeatedMix;
      case "combiningMarks": return Shapes::combiningMarks;
      case "looseVariants": return Shapes::looseVariants;
      case "crossLinks": return Shapes::crossLinks;
      case "markerRuns": return Shapes::markerRuns;
      case "parentheses": return Shapes::parentheses;
      case "boilerplateTail": return Shapes::boilerplateTail;
      case "phraseHeavy": return Shapes::phraseHeavy;
      case "inferred": return Shapes::inferred;
      case "inferredHostile": return Shapes::inferredHostile;
      case "blanks": return Shapes::blanks;
      case "blankRuns": return Shapes::blankRuns;
      case "crOnly": return n -> realisticWithEnds(n, "\r");
      case "crlf": return n -> realisticWithEnds(n, "\r\n");
      case "mixedEnds": return Shapes::mixedEnds;
      case "longLine": return Shapes::longLine;
      case "singleLine": return Shapes::singleLine;
      case "shortLinesParagraph": return Shapes::shortLinesParagraph;
      case "tinyBlocks": return Shapes::tinyBlocks;
      case "lineFeeds": return Shapes::lineFeeds;
      case "hugeList": return Shapes::hugeList;
      case "hugeListNearMiss": return Shapes::hugeListNearMiss;
      case "punctuation": return Shapes::punctuation;
      default:
        throw new IllegalArgumentException("Unknown shape \"" + name + "\"; known: " + String.join(", ", NAMES));
    }
  }

  /**
   * The text {@code make} writes for the count that fills {@code target} characters: at most
   * {@code target}, at least 95% of it.
   */
  static String fit(int target, IntFunction<String> make) {
    int n = 16;
    String text = make.apply(n);
    int low = 0; // the largest count known to fit
    int high = Integer.MAX_VALUE; // the smallest count known not to
    for (int round = 0; round < 60; round++) {
      int length = text.length();
      if (length <= target && length >= target * 0.95) {
        return text;
      }
      if (length > target) {
        high = Math.min(high, n);
      } else {
        low = Math.max(low, n);
      }
      long next = (long) Math.floor((double) n * target * 0.975 / Math.max(1, length));
      if (next <= low || next >= high) {
        next = high == Integer.MAX_VALUE ? (long) low * 2 : low + (high - (long) low) / 2;
      }
      if (next == n || next <= 0) {
        break;
      }
      n = (int) Math.min(next, Integer.MAX_VALUE - 1);
      text = make.apply(n);
    }
    if (text.length() <= target) {
      return text; // a shape whose smallest unit is coarse: below 95%, still within the caller's check
    }
    throw new IllegalStateException("No count fits " + target + " characters");
  }

  // ---- building blocks ---------------------------------------------------------------------------

  private static Random random(String shape) {
    return new Random(SEED ^ shape.hashCode());
  }

  /** Distinct realistic headings for every {@code i} (a bijection mixes the words of neighbours). */
  static String heading(int i) {
    int combos = HEADING_COMBINATIONS; // 32,768, a power of two: multiplying by an odd number permutes
    int k = (int) ((i % combos) * 0x9E3779B1L & (combos - 1));
    String text = OPENERS[k % OPENERS.length] + " " + NOUNS[k / 8 % NOUNS.length] + " "
        + ADJECTIVES[k / 128 % ADJECTIVES.length] + PLACES[k / 2048 % PLACES.length];
    return i < combos ? text : text + " (" + (i / combos + 1) + ")";
  }

  private static List<String> headings(int n) {
    List<String> headings = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      headings.add(heading(i));
    }
    return headings;
  }

  /** A short paragraph, one line, ending a sentence. */
  private static String shortParagraph(Random random) {
    String[] subjects = {"Le ministre", "La commission", "L'agence", "Le rapport", "La mairie", "Le syndicat"};
    String[] verbs = {"a confirmé", "a démenti", "estime", "prévoit", "a précisé", "conteste"};
    String[] objects = {"la fin des négociations", "un plan de relance", "une aide d'urgence",
      "le report du calendrier", "une hausse des prix"};
    return subjects[random.nextInt(subjects.length)] + " " + verbs[random.nextInt(verbs.length)] + " "
        + objects[random.nextInt(objects.length)] + ".";
  }

  /** Title, list, then each of {@code bodyHeadings} followed by a short paragraph, with {@code eol}. */
  private static String listedArticle(List<String> list, List<String> bodyHeadings, Random random, String eol,
      boolean boilerplate) {
    StringBuilder out = new StringBuilder(64 * (list.size() + bodyHeadings.size()) + 256);
    out.append(TITLE).append(eol).append(eol);
    for (String entry : list) {
      out.append(entry).append(eol);
    }
    out.append(eol);
    for (String heading : bodyHeadings) {
      out.append(heading).append(eol).append(eol).append(shortParagraph(random)).append(eol).append(eol);
    }
    if (boilerplate) {
      out.append(FOLLOW_US).append(eol).append(eol).append("Et aussi").append(eol);
    }
    return out.toString();
  }

  private static String listedArticle(List<String> list, List<String> bodyHeadings, Random random) {
    return listedArticle(list, bodyHeadings, random, "\n", true);
  }

  // ---- headings ------------------------------------------------------------------------------------

  /** The layout as written: distinct headings, prose, cross-links, boilerplate ({@code n} sections). */
  static String realistic(int n) {
    return realisticWithEnds(n, "\n");
  }

  private static String realisticWithEnds(int n, String eol) {
    ArticleGenerator generator = new ArticleGenerator(SEED + n);
    List<String> headings = headings(n);
    StringBuilder out = new StringBuilder(n * 400 + 256);
    out.append(TITLE).append(eol).append(eol);
    for (String heading : headings) {
      out.append(heading).append(eol);
    }
    out.append(eol);
    for (int i = 0; i < n; i++) {
      out.append(headings.get(i)).append(eol).append(eol);
      out.append(generator.paragraph(2)).append(eol).append(eol);
      if (i % 4 == 1) {
        out.append("LIRE AUSSI : ").append(headings.get((i * 7) % n)).append(" (https://example.org/a/")
            .append(i).append(')').append(eol).append(eol);
      }
    }
    out.append(FOLLOW_US).append(eol).append(eol).append("Et aussi").append(eol).append(eol)
        .append(heading(n + 1)).append(eol);
    return out.toString();
  }

  /** {@code Titre manquant 1} .. {@code n}: numbers of every width, listed and back. */
  static String numberedVariable(int n) {
    List<String> list = new ArrayList<>(n);
    for (int i = 1; i <= n; i++) {
      list.add("Titre manquant " + i);
    }
    return listedArticle(list, list, random("numberedVariable"));
  }

  private static String fixedNumbered(int i) {
    return String.format(Locale.ROOT, "Le chapitre numero %06d de la suite", i);
  }

  /** {@code Le chapitre numero 000001 de la suite}: one length, the digits in the middle, listed and back. */
  static String numberedFixed(int n) {
    List<String> list = new ArrayList<>(n);
    for (int i = 1; i <= n; i++) {
      list.add(fixedNumbered(i));
    }
    return listedArticle(list, list, random("numberedFixed"));
  }

  /**
   * Fixed-width numbered entries; the first comes back (so the block is the list), then one-line blocks
   * that differ from an entry by one digit turned letter: same length, same ends, no match.
   */
  static String numberedNearMiss(int n) {
    List<String> list = new ArrayList<>(n);
    List<String> body = new ArrayList<>(n);
    for (int i = 1; i <= n; i++) {
      list.add(fixedNumbered(i));
      String entry = fixedNumbered(i);
      body.add(entry.substring(0, 24) + (char) ('a' + i % 26) + entry.substring(25)); // the last digit a letter
    }
    body.set(0, list.get(0));
    return listedArticle(list, body, random("numberedNearMiss"));
  }

  /** {@code En bref} listed {@code n} times and back {@code n} times. */
  static String identical(int n) {
    List<String> list = Collections.nCopies(n, "En bref");
    return listedArticle(list, list, random("identical"));
  }

  /** {@code En bref} listed {@code n} times, back half as often: the list is cut at a repeat. */
  static String identicalFewerBack(int n) {
    return listedArticle(Collections.nCopies(n, "En bref"), Collections.nCopies(Math.max(1, n / 2), "En bref"),
        random("identicalFewerBack"));
  }

  /**
   * Chains of prefixes ({@code A}, {@code A b}, {@code A b c} ... 40 deep, {@code n} lines in all),
   * listed and back; each section's paragraph begins with a longer prefix of its heading's chain.
   */
  static String prefixChains(int n) {
    Random random = random("prefixChains");
    List<String> list = new ArrayList<>(n);
    List<String> paragraphs = new ArrayList<>(n);
    String[] roots = {"A", "Le", "La crise", "Point", "Tout"};
    int chain = 0;
    while (list.size() < n) {
      StringBuilder heading = new StringBuilder(roots[chain % roots.length]).append(chain / roots.length == 0
          ? "" : " " + (chain / roots.length));
      for (int depth = 0; depth < 40 && list.size() < n; depth++) {
        list.add(heading.toString());
        paragraphs.add(heading + " " + (char) ('b' + (depth + 1) % 24) + " et la suite du texte.");
        heading.append(' ').append((char) ('b' + depth % 24));
      }
      chain++;
    }
    StringBuilder out = new StringBuilder(n * 120);
    out.append(TITLE).append("\n\n");
    for (String entry : list) {
      out.append(entry).append('\n');
    }
    out.append('\n');
    for (int i = 0; i < n; i++) {
      out.append(list.get(i)).append("\n\n").append(paragraphs.get(i)).append('\n')
          .append(shortParagraph(random)).append("\n\n");
    }
    return out.toString();
  }

  /** Headings that differ in a few letters around one long shared middle (same length, same ends). */
  static String sharedMiddle(int n) {
    String middle = "et les enjeux de la coopération économique régionale entre les deux pays";
    List<String> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      list.add("L" + code(i, 3) + " " + middle + " " + code(i * 31 + 7, 3) + "e");
    }
    return listedArticle(list, list, random("sharedMiddle"));
  }

  /** {@code i} in base 26, {@code width} lowercase letters. */
  private static String code(int i, int width) {
    char[] out = new char[width];
    long v = Integer.toUnsignedLong(i);
    for (int k = width - 1; k >= 0; k--) {
      out[k] = (char) ('a' + v % 26);
      v /= 26;
    }
    return new String(out);
  }

  /** Equal {@link String#hashCode()} under a common affix: 18 pairs, each {@code Aa} or {@code BB}. */
  static String hashAaBB(int n) {
    List<String> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      list.add("Titre " + pairs(i, 18, "Aa", "BB") + " fin");
    }
    return listedArticle(list, list, random("hashAaBB"));
  }

  /**
   * Equal {@link String#hashCode()} after lower-casing ({@code aÿ} and {@code bà}: 97 x 31 + 255 = 98 x
   * 31 + 224), listed in lower case and brought back in upper case: every heading a loose match.
   */
  static String hashFolded(int n) {
    List<String> list = new ArrayList<>(n);
    List<String> body = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String entry = "titre " + pairs(i, 18, "aÿ", "bà") + " fin";
      list.add(entry);
      body.add(entry.toUpperCase(Locale.ROOT));
    }
    return listedArticle(list, body, random("hashFolded"));
  }

  private static String pairs(int i, int count, String zero, String one) {
    StringBuilder out = new StringBuilder(count * 2);
    for (int bit = count - 1; bit >= 0; bit--) {
      out.append((i >>> bit & 1) == 0 ? zero : one);
    }
    return out.toString();
  }

  /**
   * One length (64) and the same characters at the places a cheap hash samples (the ends, the
   * quarters, the middle, the second and third): only the other letters differ.
   */
  static String hashSampled(int n) {
    String template = "Le dossier de la semaine sur la situation des finances publiques";
    int length = template.length();
    boolean[] sampled = new boolean[length];
    int[] places = {0, 1, 2, 3, (length - 1) / 4, length / 4, (length - 1) / 2, length / 2, length / 2 + 1,
      3 * length / 4, (3 * length - 1) / 4, length - 3, length - 2, length - 1};
    for (int place : places) {
      sampled[place] = true;
    }
    List<Integer> free = new ArrayList<>();
    for (int i = 0; i < length; i++) {
      if (!sampled[i] && template.charAt(i) != ' ') {
        free.add(i);
      }
    }
    List<String> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      char[] chars = template.toCharArray();
      String digits = code(i, 6);
      for (int k = 0; k < digits.length(); k++) {
        chars[free.get((k * 7) % free.size())] = digits.charAt(k);
      }
      list.add(new String(chars));
    }
    return listedArticle(list, list, random("hashSampled"));
  }

  /** Distinct headings; the body brings them back in a random order. */
  static String shuffled(int n) {
    Random random = random("shuffled");
    List<String> list = headings(n);
    List<String> body = new ArrayList<>(list);
    Collections.shuffle(body, random);
    return listedArticle(list, body, random);
  }

  /** Distinct headings; the body brings them back last first: every one but the first out of order. */
  static String reversed(int n) {
    List<String> list = headings(n);
    List<String> body = new ArrayList<>(list);
    Collections.reverse(body);
    return listedArticle(list, body, random("reversed"));
  }

  /** Distinct headings, in order but for swapped neighbours and some that come back much earlier. */
  static String outOfOrderSwaps(int n) {
    Random random = random("outOfOrderSwaps");
    List<String> list = headings(n);
    List<String> body = new ArrayList<>(list);
    for (int i = 0; i + 1 < n; i += 2 + random.nextInt(3)) {
      Collections.swap(body, i, i + 1);
    }
    for (int k = 0; k < n / 20; k++) {
      int from = random.nextInt(n);
      String moved = body.remove(from);
      body.add(random.nextInt(from + 1), moved);
    }
    return listedArticle(list, body, random);
  }

  /** Distinct headings; one in ten comes back, the others are missing (their prose stays, under the last found). */
  static String missing(int n) {
    Random random = random("missing");
    List<String> list = headings(n);
    StringBuilder out = new StringBuilder(n * 100 + 256);
    out.append(TITLE).append("\n\n");
    for (String entry : list) {
      out.append(entry).append('\n');
    }
    out.append('\n');
    for (int i = 0; i < n; i++) {
      if (i % 10 == 0) {
        out.append(list.get(i)).append("\n\n");
      }
      out.append(shortParagraph(random)).append("\n\n");
    }
    return out.append(FOLLOW_US).append('\n').toString();
  }

  /** Headings from a small set, each listed many times in a random order, brought back in that order. */
  static String repeatedMix(int n) {
    Random random = random("repeatedMix");
    String[] names = {"En bref", "Contexte", "Analyse", "Réactions", "À suivre", "En bref", "En bref"};
    List<String> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      list.add(names[random.nextInt(names.length)]);
    }
    return listedArticle(list, list, random);
  }

  /**
   * Combining marks against precomposed letters: entries written {@code E + U+0301} (a mark after the
   * first letter), {@code ... cafe + U+0301} (a mark at the end) and Hangul jamo, brought back
   * precomposed; and the other way round. Between them, entries with new first and last letters.
   */
  static String combiningMarks(int n) {
    List<String> list = new ArrayList<>(n);
    List<String> body = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String decomposed;
      String composed;
      switch (i % 5) {
        case 0:
          decomposed = "E\u0301tat des lieux numero " + i + " de la re\u0301gion";
          composed = "État des lieux numero " + i + " de la région";
          break;
        case 1:
          decomposed = "Le bilan " + i + " du cafe\u0301";
          composed = "Le bilan " + i + " du café";
          break;
        case 2:
          decomposed = "\u1112\u1161\u11AB\u1100\u116E\u11A8 " + i + " \u110B\u1175\u11AF\u1107\u1169\u11AB";
          composed = "한국 " + i + " 일본";
          break;
        case 3:
          composed = "Ça va " + i + " à l'école, dit-il à Noël";
          decomposed = "C\u0327a va " + i + " a\u0300 l'e\u0301cole, dit-il a\u0300 Noe\u0308l";
          break;
        default:
          // Fresh first and last letters: Cyrillic and Greek, spread over the slots of a table by ends.
          decomposed = (char) (0x0410 + i % 32) + "анорама " + i + " " + (char) (0x03B1 + (i / 32) % 25);
          composed = decomposed;
          break;
      }
      boolean flip = (i / 5) % 2 == 1;
      list.add(flip ? composed : decomposed);
      body.add(flip ? decomposed : composed);
    }
    return listedArticle(list, body, random("combiningMarks"));
  }

  /**
   * Entries in plain ASCII, brought back with another case, typographic apostrophes, quotes and
   * dashes, runs of (no-break) spaces, spaces before {@code :} and trailing blanks.
   */
  static String looseVariants(int n) {
    Random random = random("looseVariants");
    List<String> list = new ArrayList<>(n);
    List<String> body = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String entry = "L'intervention de l'OTAN - phase " + i + ": \"le retour\"";
      list.add(entry);
      String variant;
      switch (i % 6) {
        case 0:
          variant = entry.toUpperCase(Locale.ROOT);
          break;
        case 1:
          variant = entry.replace('\'', '\u2019').replace(" - ", " – ");
          break;
        case 2:
          variant = entry.replace(" ", "\u00A0 \u202F").replace("\"le retour\"", "« le retour »");
          break;
        case 3:
          variant = entry.replace(":", " :").replace("-", "—") + " \u00A0\t";
          break;
        case 4:
          variant = entry.toLowerCase(Locale.ROOT).replace("'", "`").replace("\"", "\u201C");
          break;
        default:
          variant = "  " + entry.replace(" ", "\u3000") + "\u200B";
          break;
      }
      body.add(variant);
    }
    return listedArticle(list, body, random);
  }

  // ---- blocks --------------------------------------------------------------------------------------

  /** Sections made of runs of cross-link lines in every pack, separator and URL form. */
  static String crossLinks(int n) {
    Random random = random("crossLinks");
    List<String> list = headings(Math.max(1, n / 20));
    StringBuilder out = new StringBuilder(n * 90);
    out.append(TITLE).append("\n\n");
    for (String entry : list) {
      out.append(entry).append('\n');
    }
    out.append('\n');
    int section = 0;
    for (int i = 0; i < n; i++) {
      if (i % 20 == 0 && section < list.size()) {
        out.append(list.get(section++)).append("\n\n").append(shortParagraph(random)).append("\n\n");
      }
      String marker = MARKERS[random.nextInt(MARKERS.length)];
      String separator = SEPARATORS[random.nextInt(SEPARATORS.length)];
      String title = heading(random.nextInt(1 << 15));
      switch (random.nextInt(5)) {
        case 0:
          out.append(marker).append(separator).append(title);
          break;
        case 1:
          out.append(marker).append(separator).append(title).append(" https://example.org/a/").append(i);
          break;
        case 2:
          out.append(marker).append(separator).append(title).append(" (https://example.org/a/(").append(i)
              .append("))");
          break;
        case 3:
          out.append(marker).append(separator).append(title).append(" - www.example.org/").append(i);
          break;
        default:
          out.append(marker).append(separator).append("Titre : avec : des deux-points : ").append(i);
          break;
      }
      out.append(random.nextInt(4) == 0 ? "\n\n" : "\n"); // consecutive lines, each a cross-link
    }
    return out.toString();
  }

  /**
   * Lines of markers: {@code LIRE AUSSI : LIRE AUSSI : ...}, markers without separators, markers that
   * are prefixes of others ({@code MORE ON THIS} / {@code MORE ON THIS STORY}), markers then a long
   * blank run then a separator.
   */
  static String markerRuns(int n) {
    StringBuilder out = new StringBuilder(n * 1100);
    out.append(TITLE).append("\n\n").append(heading(0)).append("\n\n").append(heading(0)).append("\n\n");
    String[] units = {"LIRE AUSSI : ", "READ MORE READ MORE ", "MORE ON THIS MORE ON THIS STORY ",
      "À LIRE À LIRE AUSSI À ", "LIRE AUSSI", "LEA TAMBIÉN - LEA TAMBIÉN – "};
    for (int i = 0; i < n; i++) {
      String unit = units[i % units.length];
      StringBuilder line = new StringBuilder(1100);
      if (unit.equals("LIRE AUSSI")) {
        line.append(unit).append(" \u00A0\t".repeat(300)).append(": titre");
      } else {
        while (line.length() < 1000) {
          line.append(unit);
        }
        line.append(i % 2 == 0 ? "titre" : "");
      }
      out.append(line).append(i % 3 == 0 ? "\n" : "\n\n");
    }
    return out.toString();
  }

  /** Cross-link lines with long unbalanced runs of parentheses, before and inside URLs. */
  static String parentheses(int n) {
    StringBuilder out = new StringBuilder(n * 1100);
    out.append(TITLE).append("\n\n").append(heading(0)).append("\n\n").append(heading(0)).append("\n\n");
    for (int i = 0; i < n; i++) {
      switch (i % 5) {
        case 0:
          out.append("READ MORE: t ").append("(".repeat(1000)).append("https://x");
          break;
        case 1:
          out.append("READ MORE: t https://x/");
          for (int k = 0; k < 250; k++) {
            out.append('(').append((char) ('a' + k % 26));
          }
          out.append(')');
          break;
        case 2:
          out.append("LIRE AUSSI : titre ").append("(".repeat(500)).append("https://x").append(")".repeat(499));
          break;
        case 3:
          out.append("LIRE AUSSI : titre ").append(")".repeat(1000));
          break;
        default:
          out.append("LIRE AUSSI : t (https://x/").append("()".repeat(250)).append(" ").append(")".repeat(400));
          break;
      }
      out.append("\n\n");
    }
    return out.toString();
  }

  /** A short article, then {@code n} trailing boilerplate blocks: calls to action, "Et aussi" headers, related titles. */
  static String boilerplateTail(int n) {
    Random random = random("boilerplateTail");
    StringBuilder out = new StringBuilder(realistic(4));
    out.append('\n');
    for (int i = 0; i < n; i++) {
      if (i % 13 == 0) {
        out.append("Et aussi\n\n");
        for (int k = 0; k < 11; k++) {
          out.append(heading(random.nextInt(1 << 15))).append("\n\n");
        }
      } else {
        out.append(BOILERPLATE[random.nextInt(BOILERPLATE.length)]).append("\n\n");
      }
    }
    return out.toString();
  }

  /**
   * Paragraphs just under the length that boilerplate phrases are looked for in, made of the phrases'
   * first words and of phrases cut one word short; the last blocks are boilerplate.
   */
  static String phraseHeavy(int n) {
    Random random = random("phraseHeavy");
    String[] pieces = {"Chaque jour, nous vous", "nouveaux contenus", "cliquez sur", "pour ne rien",
      "Every day, we", "click", "so you don't miss", "Cada día te", "haz clic en", "Jeden Tag bieten wir",
      "Ogni giorno vi", "Todos os dias", "suivez-nous", "Et", "Aussi", "Also", "new captivating"};
    List<String> list = headings(Math.max(1, n / 10));
    StringBuilder out = new StringBuilder(n * 330);
    out.append(TITLE).append("\n\n");
    for (String entry : list) {
      out.append(entry).append('\n');
    }
    out.append('\n');
    for (int i = 0; i < n; i++) {
      if (i % 10 == 0 && i / 10 < list.size()) {
        out.append(list.get(i / 10)).append("\n\n");
      }
      StringBuilder paragraph = new StringBuilder(320);
      while (true) {
        String piece = pieces[random.nextInt(pieces.length)];
        if (paragraph.length() + piece.length() + 2 > 318) {
          break;
        }
        paragraph.append(piece).append(random.nextBoolean() ? ", " : " ");
      }
      out.append(paragraph.toString().strip()).append(".\n\n");
    }
    for (int i = 0; i < 30; i++) {
      out.append(BOILERPLATE[i % BOILERPLATE.length]).append("\n\n");
    }
    return out.toString();
  }

  // ---- no list -------------------------------------------------------------------------------------

  /** No heading list: a lead paragraph, then short standalone lines, each followed by a paragraph. */
  static String inferred(int n) {
    ArticleGenerator generator = new ArticleGenerator(SEED);
    StringBuilder out = new StringBuilder(n * 300);
    out.append(TITLE).append("\n\n").append(generator.paragraph(2)).append("\n\n");
    for (int i = 0; i < n; i++) {
      out.append(heading(i)).append("\n\n").append(generator.paragraph(1 + i % 2)).append("\n\n");
    }
    return out.toString();
  }

  /**
   * No heading list, and many lines that almost read as headings: runs of short standalone lines, lines
   * ending with a colon, lower-case lines, cross-links and boilerplate where a paragraph would confirm.
   */
  static String inferredHostile(int n) {
    Random random = random("inferredHostile");
    StringBuilder out = new StringBuilder(n * 60);
    out.append(TITLE).append("\n\n").append(new ArticleGenerator(SEED).paragraph(2)).append("\n\n");
    for (int i = 0; i < n; i++) {
      switch (random.nextInt(7)) {
        case 0:
          out.append(heading(i)).append(":");
          break;
        case 1:
          out.append("en minuscules ").append(i);
          break;
        case 2:
          out.append("LIRE AUSSI : ").append(heading(i));
          break;
        case 3:
          out.append("Et aussi");
          break;
        case 4:
          out.append(shortParagraph(random));
          break;
        default:
          out.append(heading(i)); // a heading-like line, usually followed by another one
          break;
      }
      out.append("\n\n");
    }
    return out.toString();
  }

  // ---- blanks and line ends ------------------------------------------------------------------------

  /** The realistic article with every kind of blank: between words, in blank lines, at line ends, a BOM first. */
  static String blanks(int n) {
    Random random = random("blanks");
    String text = realistic(n);
    StringBuilder out = new StringBuilder(text.length() * 2);
    out.append('\uFEFF');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ') {
        out.append(BLANKS[random.nextInt(BLANKS.length)]);
        if (random.nextInt(4) == 0) {
          out.append(BLANKS[random.nextInt(BLANKS.length)]);
        }
      } else if (c == '\n' && i > 0 && text.charAt(i - 1) == '\n') {
        for (int k = random.nextInt(6); k > 0; k--) {
          out.append(BLANKS[random.nextInt(BLANKS.length)]); // a blank line that holds blanks
        }
        out.append('\n');
      } else if (c == '\n') {
        if (random.nextInt(3) == 0) {
          out.append(BLANKS[random.nextInt(BLANKS.length)]); // trailing blank
        }
        out.append('\n');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Long lines of nothing but blanks of every kind between the blocks, and long blank runs inside lines. */
  static String blankRuns(int n) {
    Random random = random("blankRuns");
    List<String> list = headings(Math.max(1, n / 4));
    StringBuilder out = new StringBuilder(n * 2300);
    out.append(TITLE).append('\n');
    for (String entry : list) {
      out.append(entry).append('\n');
    }
    for (int i = 0; i < n; i++) {
      StringBuilder run = new StringBuilder(2000);
      while (run.length() < 2000) {
        run.append(BLANKS[random.nextInt(BLANKS.length)]);
      }
      out.append(run).append('\n');
      if (i % 4 == 0 && i / 4 < list.size()) {
        out.append(list.get(i / 4)).append('\n').append(run).append('\n');
      }
      out.append("Mot").append(run, 0, 200).append("suivi").append(run, 0, 100).append("de la suite.\n");
    }
    return out.toString();
  }

  /**
   * The realistic article with each line end drawn from {@code \n}, {@code \r\n} and {@code \r}: a blank
   * line may read {@code \r\r\n} or {@code \n\r}, which a scanner must not take for one line end.
   */
  static String mixedEnds(int n) {
    Random random = random("mixedEnds");
    String text = realistic(n);
    String[] ends = {"\n", "\r\n", "\r"};
    StringBuilder out = new StringBuilder(text.length() * 5 / 4);
    boolean afterCr = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\n') {
        out.append(c);
        afterCr = false;
        continue;
      }
      // A bare \n right after a \r would join it into one \r\n and lose a blank line.
      String end = afterCr ? ends[1 + random.nextInt(2)] : ends[random.nextInt(ends.length)];
      out.append(end);
      afterCr = end.equals("\r");
    }
    return out.toString();
  }

  // ---- long and many -------------------------------------------------------------------------------

  /** A title, a one-entry list, its heading, then one paragraph line of {@code n} words. */
  static String longLine(int n) {
    Random random = random("longLine");
    StringBuilder out = new StringBuilder(n * 8 + 256);
    out.append(TITLE).append("\n\n").append(heading(0)).append("\n\n").append(heading(0)).append("\n\n");
    for (int i = 0; i < n; i++) {
      out.append(shortParagraph(random), 0, 7).append(i % 50 == 0 ? ". " : " ");
    }
    return out.append("fin.\n").toString();
  }

  /** The whole input one line: a title of {@code n} words, no line end. */
  static String singleLine(int n) {
    StringBuilder out = new StringBuilder(n * 8);
    for (int i = 0; i < n; i++) {
      out.append(i % 3 == 0 ? "Titre " : i % 3 == 1 ? "LIRE AUSSI : " : "(https://x/(").append(i % 10);
    }
    return out.toString();
  }

  /** One paragraph of {@code n} short lines, after a heading. */
  static String shortLinesParagraph(int n) {
    StringBuilder out = new StringBuilder(n * 6 + 256);
    out.append(TITLE).append("\n\n").append(heading(0)).append("\n\n").append(heading(0)).append("\n\n");
    for (int i = 0; i < n; i++) {
      out.append(i % 2 == 0 ? "mot" : "Un").append(i % 10).append('\n');
    }
    return out.append("fin.\n").toString();
  }

  /** {@code A\n\nb.\n\n} repeated: blocks of one short line, heading-like and not. */
  static String tinyBlocks(int n) {
    StringBuilder out = new StringBuilder(n * 7 + 256);
    out.append(TITLE).append("\n\n");
    for (int i = 0; i < n; i++) {
      out.append("A\n\nb.\n\n");
    }
    return out.toString();
  }

  /** A title, {@code n} line feeds, a word. */
  static String lineFeeds(int n) {
    StringBuilder out = new StringBuilder(n + 256);
    out.append(TITLE);
    out.append("\n".repeat(n));
    return out.append("Fin.").toString();
  }

  /** A title, then one block of {@code n} short distinct lines that never come back, then prose. */
  static String hugeList(int n) {
    StringBuilder out = new StringBuilder(n * 50);
    out.append(TITLE).append('\n');
    for (int i = 0; i < n; i++) {
      out.append(heading(i)).append('\n');
    }
    out.append('\n');
    ArticleGenerator generator = new ArticleGenerator(SEED);
    for (int i = 0; i < 20; i++) {
      out.append(generator.paragraph(2)).append("\n\n");
    }
    return out.toString();
  }

  /**
   * A title, one block of {@code n} short lines that never come back, then as many one-line blocks with
   * the same first and last letters and length as an entry, none equal.
   */
  static String hugeListNearMiss(int n) {
    StringBuilder out = new StringBuilder(n * 90);
    out.append(TITLE).append('\n');
    for (int i = 0; i < n; i++) {
      out.append(fixedNumbered(i)).append('\n');
    }
    out.append('\n');
    for (int i = 0; i < n; i++) {
      out.append(fixedNumbered(i).replace("chapitre", "Chapitra")).append("\n\n");
    }
    return out.toString();
  }

  /** Lines of punctuation only: as list entries that come back, as blocks, as separators. */
  static String punctuation(int n) {
    String[] lines = {"***", "---", "…", "« »", "!!!", ":", "—", "(((", ")))", "* * *", "___", "?!", "...",
      "•", "“”", "-:-", "~", "#", "=", "/", "|"};
    List<String> list = new ArrayList<>(Arrays.asList(lines));
    StringBuilder out = new StringBuilder(n * 12);
    out.append(TITLE).append("\n\n");
    for (String entry : list) {
      out.append(entry).append('\n');
    }
    out.append('\n');
    Random random = random("punctuation");
    for (int i = 0; i < n; i++) {
      out.append(lines[random.nextInt(lines.length)]).append(random.nextInt(3) == 0 ? "\n" : "\n\n");
    }
    return out.toString();
  }
}

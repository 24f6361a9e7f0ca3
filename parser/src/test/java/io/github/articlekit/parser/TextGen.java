package io.github.articlekit.parser;

import static io.github.articlekit.testing.Props.chance;
import static io.github.articlekit.testing.Props.oneOf;

import io.github.articlekit.core.internal.Texts;
import io.github.articlekit.testing.Props;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Words and single-line texts in many scripts for the generators: Latin with accents, CJK, Arabic and
 * Hebrew (right to left), Devanagari, Cyrillic, Greek, emoji (surrogate pairs, flags, ZWJ sequences),
 * combining marks, digits, typographic punctuation, the language packs' own words, and blanks beyond
 * the space (no-break spaces, zero-width space, tab, ideographic space) between words. A text never
 * has a blank at either end and never holds a line break or a control character.
 */
final class TextGen {
  private TextGen() {}

  private static final String[] LATIN = {
    "le", "gouvernement", "Séoul", "élève", "Noël", "cœur", "Straße", "über", "año", "ação", "più", "Déjà", "l'armée",
    "l’armée", "aujourd'hui", "États-Unis", "Nord-Sud", "Ça", "garçon", "Ångström", "naïve", "Łódź", "Dvořák", "İstanbul",
    "ıspanak", "the", "minister", "said", "News", "Report", "Market", "x", "A", "of", "and", "zoo", "SÉOUL", "Ærø",
    "fjord", "œuvre", "Mañana", "São", "Paulo", "Zürich", "Kraków", "café", "déjà-vu", "co-op", "e-mail", "O'Neil"};
  private static final String[] CYRILLIC = {"Москва", "новости", "Україна", "статья", "Ёж"};
  private static final String[] GREEK = {"Αθήνα", "ειδήσεις", "ΣΟΦΙΑ", "λόγος", "ΆΣΤΥ"};
  private static final String[] PUNCTUATION = {
    ",", ";", ":", "—", "–", "-", "«", "»", "“", "”", "\"", "'", "’", "(", ")", "[", "]", "/", "&", "%", "€", "$", "@", "#",
    "*", "|", "…", "?", "!", ".", "¿", "¡", "«\u00A0", "\u00A0»", "→", "·", "°", "§", "±"};
  private static final String[] EMOJI = {
    "\uD83D\uDE00", "\uD83C\uDDEB\uD83C\uDDF7", "\uD83D\uDC69\u200D\uD83D\uDCBB", "\u2764\uFE0F", "\uD83D\uDC4D\uD83C\uDFFD",
    "\uD83C\uDF0D", "\uD83D\uDCF0", "\u2615", "\uD83E\uDD14"};
  private static final String[] COMBINING = {
    "e\u0301", "a\u0308\u0323", "Z\u0351\u036B", "n\u0303o", "o\u0302\u0300", "C\u0327a", "\u0915\u094D\u0937"};
  /** Blanks between words: mostly a space. */
  private static final String[] BLANKS = {
    "  ", "\u00A0", "\u202F", "\u2007", "\u200B", "\t", "\u3000", "\u2009", " \u00A0 ", "\u2060", "\uFEFF", "\u0085", "\u000B"};

  /** The language packs' words, so that texts brush against markers and phrases without being them. */
  private static final String[] PACK_WORDS = packWords();

  private static String[] packWords() {
    List<String> words = new ArrayList<>();
    for (Language language : Language.values()) {
      for (String term : language.crossLinkMarkers()) {
        words.addAll(List.of(term.split(" ")));
      }
      for (String term : language.boilerplatePhrases()) {
        words.addAll(List.of(term.split(" ")));
      }
    }
    return words.toArray(new String[0]);
  }

  static String word(SplittableRandom random) {
    int kind = random.nextInt(100);
    if (kind < 38) {
      return oneOf(random, LATIN);
    } else if (kind < 44) {
      return oneOf(random, PACK_WORDS);
    } else if (kind < 52) {
      return codePoints(random, 1, 6, 0x4E00, 0x9FFF, 0x3041, 0x3096, 0x30A1, 0x30FA, 0xAC00, 0xD7A3);
    } else if (kind < 59) {
      return arabic(random);
    } else if (kind < 62) {
      return codePoints(random, 2, 7, 0x05D0, 0x05EA);
    } else if (kind < 66) {
      return devanagari(random);
    } else if (kind < 69) {
      return oneOf(random, CYRILLIC);
    } else if (kind < 72) {
      return oneOf(random, GREEK);
    } else if (kind < 77) {
      return oneOf(random, EMOJI);
    } else if (kind < 81) {
      return oneOf(random, COMBINING);
    } else if (kind < 86) {
      return Integer.toString(random.nextInt(chance(random, 0.5) ? 100 : 1_000_000));
    } else if (kind < 88) {
      return codePoints(random, 1, 3, 0x1D400, 0x1D433, 0x20000, 0x2A6DF);
    } else if (kind < 89) {
      return url(random);
    } else {
      return oneOf(random, PUNCTUATION);
    }
  }

  /** Letters only (no digits, no punctuation, no emoji): for headings the parser must infer. */
  static String letterWord(SplittableRandom random) {
    switch (random.nextInt(6)) {
      case 0:
        return codePoints(random, 1, 4, 0x4E00, 0x9FFF, 0xAC00, 0xD7A3);
      case 1:
        return codePoints(random, 2, 6, 0x0627, 0x063A);
      case 2:
        return oneOf(random, CYRILLIC);
      default:
        return oneOf(random, "Paix", "Économie", "Réforme", "Crise", "Santé", "Énergie", "Wahl", "Bildung", "Straße",
            "Política", "Mercado", "Europa", "Reação", "Città", "Diplomatie", "Sécurité", "Élection", "Climat");
    }
  }

  private static String arabic(SplittableRandom random) {
    StringBuilder out = new StringBuilder();
    int length = 2 + random.nextInt(6);
    for (int i = 0; i < length; i++) {
      out.append((char) (0x0627 + random.nextInt(0x064A - 0x0627 + 1)));
      if (chance(random, 0.2)) {
        out.append((char) (0x064B + random.nextInt(8))); // harakat: combining marks
      }
    }
    return out.toString();
  }

  private static String devanagari(SplittableRandom random) {
    StringBuilder out = new StringBuilder();
    int length = 1 + random.nextInt(4);
    for (int i = 0; i < length; i++) {
      out.append((char) (0x0915 + random.nextInt(0x0939 - 0x0915 + 1)));
      if (chance(random, 0.5)) {
        out.append((char) (0x093E + random.nextInt(0x094C - 0x093E + 1))); // vowel signs: combining
      }
    }
    return out.toString();
  }

  /** Code points from the given inclusive ranges (pairs of bounds). */
  private static String codePoints(SplittableRandom random, int min, int max, int... ranges) {
    StringBuilder out = new StringBuilder();
    int length = min + random.nextInt(max - min + 1);
    int range = random.nextInt(ranges.length / 2) * 2;
    for (int i = 0; i < length; i++) {
      out.appendCodePoint(ranges[range] + random.nextInt(ranges[range + 1] - ranges[range] + 1));
    }
    return out.toString();
  }

  static String blank(SplittableRandom random) {
    return chance(random, 0.85) ? " " : oneOf(random, BLANKS);
  }

  /** Words joined by blanks; no blank at either end; at least one visible character. */
  static String text(SplittableRandom random, int minWords, int maxWords) {
    while (true) {
      int words = Props.size(random, minWords, maxWords);
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < words; i++) {
        if (i > 0) {
          out.append(chance(random, 0.05) ? "" : blank(random));
        }
        out.append(word(random));
      }
      String text = Texts.strip(out.toString());
      if (!text.isEmpty()) {
        return text;
      }
    }
  }

  /** A text that ends a sentence: the parser never takes it for a heading. */
  static String sentence(SplittableRandom random, int minWords, int maxWords) {
    return text(random, minWords, maxWords) + oneOf(random, ".", ".", ".", "!", "?", "…", "。", "\u00A0?", " !");
  }

  /** A URL as the layout writes it: no blank inside. */
  static String url(SplittableRandom random) {
    StringBuilder out = new StringBuilder(oneOf(random, "https://", "http://", "www.", "https://www."));
    out.append(oneOf(random, "example.org", "news.example.com", "exemple.fr", "例子.中国", "xn--80ak6aa92e.com"));
    int segments = random.nextInt(4);
    for (int i = 0; i < segments; i++) {
      out.append('/').append(oneOf(random, "a", "2024", "article-123", "d%C3%A9j%C3%A0", "page.html", "~user",
          "q?x=1&y=2", "#frag", "déjà", "foo;bar", "x:y", "end)"));
    }
    return out.toString();
  }
}

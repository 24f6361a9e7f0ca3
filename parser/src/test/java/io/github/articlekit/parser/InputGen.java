package io.github.articlekit.parser;

import static io.github.articlekit.testing.Props.chance;
import static io.github.articlekit.testing.Props.oneOf;
import static io.github.articlekit.testing.Props.size;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Arbitrary input for the parser: strings of any characters (controls, lone surrogates, line ends,
 * blanks of every kind), and lines of every kind the layout knows (titles, heading lists, repeated and
 * loosely repeated headings, paragraphs, cross-links with and without titles and URLs, boilerplate,
 * related titles, blank lines of invisible characters, long lines, separators alone) assembled in the
 * layout's order and shuffled, with mixed line ends.
 */
final class InputGen {
  private InputGen() {}

  private static final String[] LINE_ENDS = {"\n", "\n", "\n", "\n", "\r\n", "\r\n", "\r"};
  private static final String[] BLANK_LINES = {"", "", "", " ", "\t", "\u00A0", " \u00A0 ", "\u200B", "\uFEFF", "\u2007\u202F",
      "\u3000", "\f", "\u000B", "\u0085", "\u2028"};
  private static final String[] SEPARATORS = {":", " :", " : ", "-", " - ", "–", " — ", "\u2012", "\u2015", "\u2010", "\u2011",
      "\uFF1A", " \u00A0: "};

  /** Any string: any UTF-16 units, weighted toward the ones that matter to the parser. */
  static String anyString(SplittableRandom random) {
    int length = size(random, 0, 200);
    StringBuilder out = new StringBuilder(length);
    while (out.length() < length) {
      int kind = random.nextInt(100);
      if (kind < 30) {
        out.append((char) (' ' + random.nextInt(95)));
      } else if (kind < 40) {
        out.append(oneOf(random, "\n", "\r", "\r\n", "\n\n"));
      } else if (kind < 48) {
        out.append(oneOf(random, BLANK_LINES));
      } else if (kind < 52) {
        out.append((char) random.nextInt(0x20));
      } else if (kind < 54) {
        out.append((char) (0x7F + random.nextInt(0x21)));
      } else if (kind < 57) {
        out.append((char) (0xD800 + random.nextInt(0x800)));
      } else if (kind < 62) {
        out.appendCodePoint(0x10000 + random.nextInt(0x10FFFF - 0x10000));
      } else if (kind < 70) {
        out.append(oneOf(random, RoundTripContract.MARKERS)).append(oneOf(random, SEPARATORS));
      } else if (kind < 75) {
        out.append(oneOf(random, RoundTripContract.PHRASES));
      } else if (kind < 80) {
        out.append(oneOf(random, "(", ")", "https://", "www.", "|", "…", ".", "?", "!"));
      } else if (kind < 90) {
        out.append(TextGen.word(random));
      } else {
        out.append((char) random.nextInt(0x10000));
      }
    }
    return out.toString();
  }

  /** Lines of the layout's kinds, mostly in the layout's order, with mixed line ends. */
  static String layoutSoup(SplittableRandom random) {
    List<String> entries = new ArrayList<>();
    int count = size(random, 0, 8);
    for (int i = 0; i < count; i++) {
      entries.add(chance(random, 0.2) && !entries.isEmpty() ? oneOf(random, entries) : TextGen.text(random, 1, 6));
    }
    List<String> lines = new ArrayList<>();
    int blanks = chance(random, 0.2) ? size(random, 1, 3) : 0;
    for (int i = 0; i < blanks; i++) {
      lines.add(oneOf(random, BLANK_LINES));
    }
    lines.add(chance(random, 0.1) ? oneOf(random, entries.isEmpty() ? List.of("T") : entries) : TextGen.text(random, 1, 12));
    if (chance(random, 0.9)) {
      lines.add("");
    }
    lines.addAll(entries);
    int body = size(random, 0, 30);
    for (int i = 0; i < body; i++) {
      lines.add(bodyLine(random, entries));
    }
    if (chance(random, 0.1)) {
      // Some disorder: a line moved elsewhere.
      String moved = lines.remove(random.nextInt(lines.size()));
      lines.add(random.nextInt(lines.size() + 1), moved);
    }
    StringBuilder out = new StringBuilder();
    if (chance(random, 0.1)) {
      out.append('\uFEFF');
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (chance(random, 0.1)) {
        line = oneOf(random, BLANK_LINES) + line + oneOf(random, BLANK_LINES);
      }
      out.append(line);
      if (i < lines.size() - 1 || chance(random, 0.8)) {
        out.append(oneOf(random, LINE_ENDS));
      }
    }
    if (chance(random, 0.03)) {
      // Now and then a character the parser must refuse.
      int at = random.nextInt(out.length() + 1);
      out.insert(at, oneOf(random, "\u0000", "\u0007", "\u001B", "\u0080", "\u009F", "\uD800", "\uDFFF"));
    }
    return out.toString();
  }

  private static String bodyLine(SplittableRandom random, List<String> entries) {
    int kind = random.nextInt(100);
    if (kind < 18) {
      return oneOf(random, BLANK_LINES);
    } else if (kind < 28 && !entries.isEmpty()) {
      String entry = oneOf(random, entries);
      return chance(random, 0.7) ? entry : ArticleGen.looseVariant(random, entry);
    } else if (kind < 50) {
      return chance(random, 0.5) ? TextGen.sentence(random, 1, 40) : TextGen.text(random, 1, 40);
    } else if (kind < 64) {
      return crossLinkLine(random);
    } else if (kind < 70) {
      return oneOf(random, RoundTripContract.PHRASES);
    } else if (kind < 73) {
      return ArticleGen.REFERENCE_CALL_TO_ACTION;
    } else if (kind < 80) {
      return TextGen.text(random, 1, 5);
    } else if (kind < 83) {
      return TextGen.text(random, 60, 200);
    } else if (kind < 86) {
      return oneOf(random, "-", ":", "—", "()", "(", ")", "|", "...", "- : -", "(https://x.y)", "www.", "http://");
    } else if (kind < 90 && !entries.isEmpty()) {
      return oneOf(random, entries) + " " + TextGen.text(random, 1, 10);
    } else {
      return TextGen.sentence(random, 1, 12);
    }
  }

  /** A cross-link line, well formed or not: marker, separator, title, URL, each maybe missing or odd. */
  static String crossLinkLine(SplittableRandom random) {
    StringBuilder line = new StringBuilder(oneOf(random, RoundTripContract.MARKERS));
    if (chance(random, 0.3)) {
      line = new StringBuilder(line.toString().toLowerCase(java.util.Locale.ROOT));
    }
    if (chance(random, 0.9)) {
      line.append(oneOf(random, SEPARATORS));
    } else {
      line.append(' ');
    }
    if (chance(random, 0.9)) {
      line.append(TextGen.text(random, 1, 14));
    }
    if (chance(random, 0.4)) {
      String url = TextGen.url(random);
      line.append(oneOf(random, " (" + url + ")", " " + url, " - " + url, " | " + url, "(" + url + ")", " ( " + url + " )"));
    }
    return line.toString();
  }

  /** Smaller strings: without a line, without a half, without a character. */
  static List<String> shrink(String text) {
    List<String> candidates = new ArrayList<>();
    if (text.isEmpty()) {
      return candidates;
    }
    List<int[]> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        lines.add(new int[] {start, i + 1});
        start = i + 1;
      }
    }
    if (start < text.length()) {
      lines.add(new int[] {start, text.length()});
    }
    candidates.add(text.substring(0, text.length() / 2));
    candidates.add(text.substring(text.length() / 2));
    if (lines.size() > 1) {
      for (int[] line : lines) {
        candidates.add(text.substring(0, line[0]) + text.substring(line[1]));
      }
    }
    for (int[] line : lines) {
      int length = line[1] - line[0];
      if (length > 2) {
        int middle = line[0] + length / 2;
        candidates.add(text.substring(0, line[0]) + text.substring(middle));
        candidates.add(text.substring(0, middle) + text.substring(line[1] - 1));
      }
    }
    if (text.length() <= 80) {
      for (int i = 0; i < text.length(); i++) {
        candidates.add(text.substring(0, i) + text.substring(i + 1));
      }
    }
    candidates.removeIf(c -> c.length() >= text.length());
    return candidates;
  }
}

package io.github.articlekit.benchmarks;

import io.github.articlekit.core.Article;
import io.github.articlekit.core.Section;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/** The benchmark inputs, by the name of {@link ParseBenchmark#input}. */
final class Inputs {
  /** The reference article, copied byte for byte into this module's resources. */
  static final String REFERENCE_RESOURCE = "000_e5549e3a27514e14.txt";
  /** Sections of the {@code long} input: about 1 MB. */
  static final int LONG_SECTIONS = 2000;

  private Inputs() {}

  /** The text of input {@code name}: {@code reference} or {@code long}. */
  static String text(String name) {
    switch (name) {
      case "reference":
        return resource(REFERENCE_RESOURCE);
      case "long":
        return ArticleGenerator.longArticle(LONG_SECTIONS);
      default:
        throw new IllegalArgumentException("Unknown input \"" + name + "\": reference or long");
    }
  }

  /** The size of an input in UTF-8 bytes: what "bytes per second" counts. */
  static long utf8Bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  private static String resource(String name) {
    try (InputStream in = Inputs.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + name + " next to " + Inputs.class.getName());
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The article as a Markdown author would write it: its title line as {@code # }, its section heading
   * lines as {@code ## }, every other line (heading list included) as it is.
   *
   * @param text the article's text
   * @param article the article parsed from it, whose spans name the heading lines
   */
  static String markdown(String text, Article article) {
    Set<Integer> headingLines = new HashSet<>();
    for (Section section : article.sections()) {
      headingLines.add(section.span().orElseThrow().startLine());
    }
    String[] lines = text.split("\r\n|\r|\n", -1);
    StringBuilder out = new StringBuilder(text.length() + 3 * headingLines.size() + 16);
    boolean titleDone = false;
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        out.append('\n');
      }
      String line = lines[i];
      if (!titleDone && !line.isBlank()) {
        out.append("# ");
        titleDone = true;
      } else if (headingLines.contains(i + 1)) {
        out.append("## ");
      }
      out.append(line);
    }
    return out.toString();
  }
}

package io.github.articlekit.cli;

import io.github.articlekit.core.Article;
import io.github.articlekit.core.Block;
import io.github.articlekit.core.CrossLink;
import io.github.articlekit.core.Section;
import io.github.articlekit.parser.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a short tree of an article: the title, the lead and each section with its paragraph and
 * cross-link counts, then the boilerplate and diagnostics counts.
 *
 * <pre>
 * La Corée du Sud exige le retrait des troupes nord-coréennes de Russie
 * ├── Un conflit diplomatique    1 paragraph
 * ├── Des troupes en Russie      1 paragraph, 1 cross-link
 * └── Un pas en arrière          1 paragraph
 * boilerplate: 2 blocks
 * diagnostics: 0
 * </pre>
 */
final class Outline {
  /** Longer headings are cut, so that the counts stay in one column. */
  private static final int MAX_HEADING_WIDTH = 56;

  private Outline() {}

  static String render(Article article, List<Diagnostic> diagnostics) {
    List<String[]> rows = new ArrayList<>();
    if (!article.lead().isEmpty()) {
      rows.add(new String[] {"(lead)", counts(article.lead())});
    }
    for (Section section : article.sections()) {
      rows.add(new String[] {cut(section.heading()), counts(section.blocks())});
    }
    int width = 0;
    for (String[] row : rows) {
      width = Math.max(width, width(row[0]));
    }
    StringBuilder out = new StringBuilder(256);
    out.append(article.title()).append('\n');
    if (rows.isEmpty()) {
      out.append("└── (no sections)\n");
    }
    for (int i = 0; i < rows.size(); i++) {
      String[] row = rows.get(i);
      out.append(i == rows.size() - 1 ? "└── " : "├── ").append(row[0])
          .append(" ".repeat(width - width(row[0]) + 2)).append(row[1]).append('\n');
    }
    int boilerplate = article.boilerplate().size();
    out.append("boilerplate: ").append(boilerplate == 0 ? "none" : plural(boilerplate, "block")).append('\n');
    out.append("diagnostics: ").append(diagnostics(diagnostics)).append('\n');
    return out.toString();
  }

  private static String counts(List<Block> blocks) {
    int paragraphs = 0;
    int crossLinks = 0;
    for (Block block : blocks) {
      if (block instanceof CrossLink) {
        crossLinks++;
      } else {
        paragraphs++;
      }
    }
    if (paragraphs == 0 && crossLinks == 0) {
      return "empty";
    }
    String text = plural(paragraphs, "paragraph");
    return crossLinks == 0 ? text : text + ", " + plural(crossLinks, "cross-link");
  }

  private static String diagnostics(List<Diagnostic> diagnostics) {
    if (diagnostics.isEmpty()) {
      return "0";
    }
    int warnings = 0;
    for (Diagnostic diagnostic : diagnostics) {
      if (diagnostic.severity() == Diagnostic.Severity.WARNING) {
        warnings++;
      }
    }
    int infos = diagnostics.size() - warnings;
    List<String> parts = new ArrayList<>();
    if (warnings > 0) {
      parts.add(plural(warnings, "warning"));
    }
    if (infos > 0) {
      parts.add(infos + " info");
    }
    return diagnostics.size() + " (" + String.join(", ", parts) + ")";
  }

  static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  private static String cut(String heading) {
    if (width(heading) <= MAX_HEADING_WIDTH) {
      return heading;
    }
    int end = heading.offsetByCodePoints(0, MAX_HEADING_WIDTH - 1);
    return heading.substring(0, end).stripTrailing() + "…";
  }

  private static int width(String text) {
    return text.codePointCount(0, text.length());
  }
}

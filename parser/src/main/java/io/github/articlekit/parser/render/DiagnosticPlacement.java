package io.github.articlekit.parser.render;

import io.github.articlekit.core.Article;
import io.github.articlekit.core.ArticleVisitor;
import io.github.articlekit.core.Block;
import io.github.articlekit.core.Boilerplate;
import io.github.articlekit.core.CrossLink;
import io.github.articlekit.core.Paragraph;
import io.github.articlekit.core.Section;
import io.github.articlekit.core.SourceSpan;
import io.github.articlekit.parser.Diagnostic;
import io.github.articlekit.parser.DiagnosticCode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each diagnostic stands on the page: by its line, beside the element that starts on or covers it;
 * a heading the body lacks, beside its entry in the table of contents.
 */
final class DiagnosticPlacement {
  /** Diagnostics by the id of the element they stand beside; "header" for the title and the rest. */
  private final Map<String, List<Diagnostic>> byElement = new HashMap<>();
  /** The HEADING_NOT_FOUND diagnostics, in the list's order. */
  final Deque<Diagnostic> missing = new ArrayDeque<>();

  private DiagnosticPlacement() {}

  static DiagnosticPlacement of(Article article, List<Diagnostic> diagnostics) {
    DiagnosticPlacement placement = new DiagnosticPlacement();
    for (Diagnostic diagnostic : diagnostics) {
      if (diagnostic.code() == DiagnosticCode.HEADING_NOT_FOUND) {
        placement.missing.add(diagnostic);
      } else {
        placement.byElement.computeIfAbsent(elementAt(article, diagnostic.line()), k -> new ArrayList<>())
            .add(diagnostic);
      }
    }
    return placement;
  }

  /** The id of the element a line belongs to: a section's heading, a block, boilerplate, or the header. */
  private static String elementAt(Article article, int line) {
    int[] index = {0};
    String[] found = {"header"};
    article.accept(new ArticleVisitor() {
      @Override
      public void startSection(Section section, int sectionIndex) {
        if (section.span().isPresent() && section.span().get().startLine() == line) {
          found[0] = PageBody.sectionId(sectionIndex);
        }
      }

      @Override
      public void paragraph(Paragraph paragraph) {
        block(paragraph);
      }

      @Override
      public void crossLink(CrossLink crossLink) {
        block(crossLink);
      }

      private void block(Block block) {
        String id = PageBody.blockId(index[0]++);
        if (covers(block.span(), line)) {
          found[0] = id;
        }
      }

      @Override
      public void boilerplate(Boilerplate boilerplate) {
        if (covers(boilerplate.span(), line)) {
          found[0] = "boilerplate";
        }
      }
    });
    return found[0];
  }

  private static boolean covers(Optional<SourceSpan> span, int line) {
    return span.isPresent() && span.get().startLine() <= line && line <= span.get().endLine();
  }

  /** @return the diagnostics that stand beside the element with this id, in their order */
  List<Diagnostic> at(String id) {
    return byElement.getOrDefault(id, List.of());
  }
}

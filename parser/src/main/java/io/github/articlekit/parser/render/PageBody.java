package io.github.articlekit.parser.render;

import static io.github.articlekit.parser.render.HtmlText.escape;

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
import io.github.articlekit.parser.internal.Headings;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The page's body, one part at a time as the article is walked: the header with the title, the table of
 * contents, the lead, the sections, the boilerplate; each diagnostic beside what it concerns.
 */
final class PageBody implements ArticleVisitor {
  private final StringBuilder html;
  private final Article article;
  private final List<Diagnostic> diagnostics;
  private final DiagnosticPlacement placement;
  private final boolean withSource;
  private int block;
  private boolean inMain;

  PageBody(StringBuilder html, Article article, List<Diagnostic> diagnostics, DiagnosticPlacement placement,
      boolean withSource) {
    this.html = html;
    this.article = article;
    this.diagnostics = diagnostics;
    this.placement = placement;
    this.withSource = withSource;
  }

  @Override
  public void title(String title) {
    html.append("<header>\n<h1>").append(escape(title)).append("</h1>\n<p class=\"meta\">")
        .append(count(article.sections().size(), "section")).append(" · ")
        .append(count(article.paragraphs().size(), "paragraph")).append(" · ")
        .append(count(article.crossLinks().size(), "cross-link")).append(" · ")
        .append(count(diagnostics.size(), "diagnostic"));
    if (withSource) {
      html.append(" · <a href=\"#source\">source text</a>");
    }
    html.append("</p>\n");
    diagnostics(placement.at("header"));
    html.append("</header>\n");
  }

  @Override
  public void headingList(List<String> headings) {
    html.append("<nav aria-labelledby=\"contents\">\n<h2 id=\"contents\">Contents</h2>\n<ol>\n");
    List<Section> sections = article.sections();
    boolean[] linked = new boolean[sections.size()];
    for (String heading : headings) {
      int section = matchingSection(heading, sections, linked);
      if (section >= 0) {
        linked[section] = true;
        tocLink(section, heading);
      } else {
        Diagnostic diagnostic = placement.missing.poll();
        html.append("<li class=\"missing\"><span>").append(escape(heading)).append("</span>")
            .append("<span class=\"badge warning\">missing</span>");
        if (diagnostic != null) {
          html.append(' ');
          diagnostics(List.of(diagnostic));
        }
        html.append("</li>\n");
      }
    }
    // Sections the list does not name (inferred headings, no list): in their own order.
    for (int i = 0; i < sections.size(); i++) {
      if (!linked[i]) {
        tocLink(i, sections.get(i).heading());
      }
    }
    html.append("</ol>\n");
    // A missing heading that could not be paired with a list entry still shows.
    diagnostics(new ArrayList<>(placement.missing));
    html.append("</nav>\n<main>\n");
    inMain = true;
  }

  private void tocLink(int section, String listed) {
    html.append("<li><a href=\"#").append(sectionId(section)).append("\">").append(escape(listed))
        .append("</a>");
    for (Diagnostic diagnostic : placement.at(sectionId(section))) {
      html.append("<span class=\"badge ").append(diagnostic.severity().label()).append("\" title=\"")
          .append(escape(diagnostic.message())).append("\">").append(badge(diagnostic.code())).append("</span>");
    }
    html.append("</li>\n");
  }

  /** The first section not yet linked whose heading matches the entry loosely, or -1. */
  private static int matchingSection(String heading, List<Section> sections, boolean[] linked) {
    String wanted = Headings.looseForm(heading);
    for (int i = 0; i < sections.size(); i++) {
      if (!linked[i] && Headings.looseForm(sections.get(i).heading()).equals(wanted)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public void startLead(List<Block> lead) {
    html.append("<section class=\"lead\" id=\"lead\" aria-label=\"Lead\">\n");
  }

  @Override
  public void endLead(List<Block> lead) {
    html.append("</section>\n");
  }

  @Override
  public void startSection(Section section, int index) {
    String id = sectionId(index);
    html.append("<section id=\"").append(id).append("\" aria-labelledby=\"").append(id).append("-heading\">\n")
        .append("<h2 id=\"").append(id).append("-heading\"").append(lines(section.span())).append('>')
        .append(escape(section.heading())).append("</h2>\n");
    diagnostics(placement.at(id));
  }

  @Override
  public void endSection(Section section, int index) {
    html.append("</section>\n");
  }

  @Override
  public void paragraph(Paragraph paragraph) {
    String id = blockId(block++);
    html.append("<p id=\"").append(id).append('"').append(lines(paragraph.span())).append('>')
        .append(escape(paragraph.text())).append("</p>\n");
    diagnostics(placement.at(id));
  }

  @Override
  public void crossLink(CrossLink link) {
    String id = blockId(block++);
    html.append("<aside class=\"cross-link\" id=\"").append(id).append('"').append(lines(link.span()))
        .append(" aria-label=\"").append(escape(link.label())).append("\"><span class=\"label\">")
        .append(escape(link.label())).append("</span>");
    if (link.url().isPresent() && isWebAddress(link.url().get())) {
      html.append("<a href=\"").append(escape(link.url().get())).append("\">").append(escape(link.title()))
          .append("</a>");
    } else {
      html.append("<cite>").append(escape(link.title())).append("</cite>");
      link.url().ifPresent(url -> html.append(" <span class=\"url\">").append(escape(url)).append("</span>"));
    }
    html.append("</aside>\n");
    diagnostics(placement.at(id));
  }

  @Override
  public void boilerplate(Boilerplate boilerplate) {
    if (inMain) {
      html.append("</main>\n<footer class=\"boilerplate\" aria-labelledby=\"boilerplate\">\n")
          .append("<h2 id=\"boilerplate\">Boilerplate</h2>\n");
      diagnostics(placement.at("boilerplate"));
      inMain = false;
    }
    html.append("<p").append(lines(boilerplate.span())).append('>').append(escape(boilerplate.text()))
        .append("</p>\n");
  }

  /** Closes what the walk left open: called once the walk is over. */
  void end() {
    html.append(inMain ? "</main>\n" : "</footer>\n");
  }

  private void diagnostics(List<Diagnostic> list) {
    for (Diagnostic diagnostic : list) {
      String severity = diagnostic.severity().label();
      html.append("<p class=\"diagnostic ").append(severity).append("\" role=\"note\"><strong>")
          .append(severity).append("</strong> line ").append(diagnostic.line()).append(": ")
          .append(escape(diagnostic.message())).append(" <code>").append(diagnostic.code()).append("</code></p>\n");
    }
  }

  /** The id of a section's element, 1-based: the target of its table-of-contents link. */
  static String sectionId(int index) {
    return "section-" + (index + 1);
  }

  /** The id of a block's element (paragraph or cross-link), 1-based in the article's order. */
  static String blockId(int index) {
    return "block-" + (index + 1);
  }

  /** Only web addresses become links: a {@code javascript:} or {@code data:} URL stays text. */
  private static boolean isWebAddress(String url) {
    String lower = url.strip().toLowerCase(Locale.ROOT);
    return lower.startsWith("https://") || lower.startsWith("http://");
  }

  private static String lines(Optional<SourceSpan> span) {
    if (span.isEmpty()) {
      return "";
    }
    SourceSpan s = span.get();
    return " title=\"" + (s.startLine() == s.endLine() ? "line " + s.startLine()
        : "lines " + s.startLine() + "–" + s.endLine()) + "\"";
  }

  private static String badge(DiagnosticCode code) {
    return switch (code) {
      case HEADING_LOOSE_MATCH -> "loose match";
      case HEADING_OUT_OF_ORDER -> "out of order";
      case EMPTY_SECTION -> "empty";
      default -> code.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    };
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}

package io.github.articlekit.parser.render;

import io.github.articlekit.core.Article;
import io.github.articlekit.core.ArticleVisitor;
import io.github.articlekit.core.Block;
import io.github.articlekit.core.Boilerplate;
import io.github.articlekit.core.CrossLink;
import io.github.articlekit.core.Paragraph;
import io.github.articlekit.core.Section;
import io.github.articlekit.core.SourceSpan;
import io.github.articlekit.core.internal.Texts;
import io.github.articlekit.parser.Diagnostic;
import io.github.articlekit.parser.DiagnosticCode;
import io.github.articlekit.parser.Language;
import io.github.articlekit.parser.ParseResult;
import io.github.articlekit.parser.internal.Headings;
import io.github.articlekit.parser.internal.Vocabulary;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Writes a parsed article as one self-contained HTML page, for a person checking how it was parsed: no
 * script, no external resource, everything escaped.
 *
 * <p>The page has the title as {@code h1}; a table of contents in the heading list's order, linking to
 * each section, with a heading that the body lacks marked as missing; the lead; each section as a
 * {@code section} element with an {@code h2} and the stable id {@code section-N} (1-based); cross-links as
 * links where the URL is known; the boilerplate apart and muted. Each diagnostic stands beside what it
 * concerns: a section's heading, a block, the title; a loose heading match shows the body's and the
 * list's spelling. Given the text the article was parsed from, the page ends with that text, every span
 * highlighted by kind.
 *
 * <pre>{@code
 * ParseResult result = parser.parse(text);
 * String page = HtmlWriter.create().write(result, text);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class HtmlWriter {
  /** The page's only styling: inline, so that the page stands alone. */
  private static final String STYLE = """
      body{font:16px/1.55 Georgia,'Times New Roman',serif;color:#1a1a1a;background:#fff;max-width:46rem;margin:2rem auto;padding:0 1rem}
      h1{font-size:1.9rem;line-height:1.25;margin:.2rem 0 .6rem}
      h2{font-size:1.3rem;margin:1.8rem 0 .4rem}
      nav,.meta,.diagnostic,.boilerplate,.source,.legend{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;font-size:.9rem}
      .meta{color:#555;margin:0 0 1rem}
      nav{border:1px solid #ddd;border-radius:6px;padding:.4rem 1rem;background:#fafafa}
      nav h2{font-size:1rem;margin:.5rem 0}
      nav ol{margin:.2rem 0 .6rem;padding-left:1.6rem}
      nav li{margin:.15rem 0}
      nav .missing{color:#8a1c1c}
      .badge{display:inline-block;font-size:.75rem;font-weight:600;border-radius:4px;padding:0 .35rem;margin-left:.4rem;vertical-align:middle}
      .badge.warning{background:#fde2e1;color:#8a1c1c}
      .badge.info{background:#e3ecfb;color:#1d3f7a}
      .diagnostic{white-space:pre-wrap;margin:.3rem 0 .6rem;padding:.3rem .6rem;border-left:4px solid;border-radius:3px}
      .diagnostic.warning{background:#fff4f3;border-color:#c0392b;color:#5c1a14}
      .diagnostic.info{background:#f2f6fd;border-color:#3367c0;color:#1d3f7a}
      .diagnostic code{font-size:.8rem}
      .lead{font-size:1.05rem}
      .cross-link{margin:.8rem 0;padding:.4rem .8rem;border-left:4px solid #999;background:#f6f6f6}
      .cross-link .label{font-family:system-ui,sans-serif;font-size:.8rem;font-weight:700;letter-spacing:.03em;color:#555;margin-right:.4rem}
      a{color:#1a4fa0}
      .boilerplate{margin-top:2.5rem;padding-top:.6rem;border-top:1px dashed #bbb;color:#6b6b6b}
      .boilerplate h2{font-size:1rem;color:#6b6b6b}
      .source pre{white-space:pre-wrap;word-wrap:break-word;font:.8rem/1.5 ui-monospace,Menlo,Consolas,monospace;background:#fcfcfc;border:1px solid #ddd;padding:.8rem;border-radius:6px}
      mark{color:inherit;border-radius:2px}
      mark.title{background:#ffe08a}
      mark.heading{background:#b8e0c2}
      mark.paragraph{background:#e4ecf7}
      mark.cross-link{background:#f6d5f0}
      mark.boilerplate{background:#e6e6e6}
      .legend span{margin-right:.8rem}
      """;

  private final @Nullable Language language;

  private HtmlWriter(Builder builder) {
    this.language = builder.language;
  }

  /** @return a writer with the defaults: the page's language from the cross-link markers */
  public static HtmlWriter create() {
    return builder().build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Writes the page of a parsed article.
   *
   * @param result the article and its diagnostics
   * @return the page, a whole HTML document
   */
  public String write(ParseResult result) {
    return page(result, null);
  }

  /**
   * Writes the page of a parsed article followed by the text it was parsed from, every span highlighted.
   *
   * @param result the article and its diagnostics
   * @param source the exact string given to the parser, which the spans index
   * @return the page, a whole HTML document
   * @throws IllegalArgumentException if a span does not fit in {@code source}
   */
  public String write(ParseResult result, String source) {
    return page(result, source);
  }

  /**
   * Escapes text for HTML content and double-quoted attribute values: {@code & < > " '}.
   *
   * @param text any text
   * @return the text, escaped
   */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    escape(text, 0, text.length(), out);
    return out.toString();
  }

  private static void escape(CharSequence text, int start, int end, StringBuilder out) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
  }

  private String page(ParseResult result, @Nullable String source) {
    Article article = result.article();
    Placement placement = Placement.of(article, result.diagnostics());
    Optional<Language> lang = language != null ? Optional.of(language)
        : Vocabulary.languageOfMarkers(JsonLdWriter.labels(article.crossLinks()));
    StringBuilder html = new StringBuilder(4096 + (source == null ? 0 : source.length() * 2));
    html.append("<!DOCTYPE html>\n<html");
    lang.ifPresent(l -> html.append(" lang=\"").append(l.code()).append('"'));
    html.append(">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"ArticleKit\">\n<title>").append(escape(article.title()))
        .append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
    Page page = new Page(html, article, result.diagnostics(), placement, source != null);
    article.accept(page);
    page.end();
    if (source != null) {
      sourceView(html, article, source);
    }
    html.append("</body>\n</html>\n");
    return html.toString();
  }

  /** Where each diagnostic is shown: by its line, beside the element that starts on or covers it. */
  private static final class Placement {
    /** Diagnostics by the id of the element they stand beside; "header" for the title and the rest. */
    final Map<String, List<Diagnostic>> byElement = new HashMap<>();
    /** The HEADING_NOT_FOUND diagnostics, in the list's order. */
    final Deque<Diagnostic> missing = new ArrayDeque<>();

    static Placement of(Article article, List<Diagnostic> diagnostics) {
      Placement placement = new Placement();
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
            found[0] = sectionId(sectionIndex);
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
          String id = blockId(index[0]++);
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

    List<Diagnostic> at(String id) {
      return byElement.getOrDefault(id, List.of());
    }
  }

  static String sectionId(int index) {
    return "section-" + (index + 1);
  }

  static String blockId(int index) {
    return "block-" + (index + 1);
  }

  /** The page's body, one part at a time. */
  private static final class Page implements ArticleVisitor {
    private final StringBuilder html;
    private final Article article;
    private final List<Diagnostic> diagnostics;
    private final Placement placement;
    private final boolean withSource;
    private int block;
    private boolean inMain;

    Page(StringBuilder html, Article article, List<Diagnostic> diagnostics, Placement placement,
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

  // ---- the source text ---------------------------------------------------------------------------

  /** A highlighted range of the source. */
  private record Mark(int start, int end, String kind) {}

  private static void sourceView(StringBuilder html, Article article, String source) {
    List<Mark> marks = new ArrayList<>();
    int titleStart = Texts.firstNonBlank(source, 0, source.length());
    if (titleStart >= 0) {
      int titleEnd = lineEnd(source, titleStart);
      marks.add(new Mark(titleStart, Texts.endOfNonBlank(source, titleStart, titleEnd), "title"));
    }
    article.accept(new ArticleVisitor() {
      @Override
      public void startSection(Section section, int index) {
        section.span().ifPresent(s -> marks.add(new Mark(s.startOffset(),
            Math.min(s.endOffset(), lineEnd(source, s.startOffset())), "heading")));
      }

      @Override
      public void paragraph(Paragraph paragraph) {
        paragraph.span().ifPresent(s -> marks.add(new Mark(s.startOffset(), s.endOffset(), "paragraph")));
      }

      @Override
      public void crossLink(CrossLink crossLink) {
        crossLink.span().ifPresent(s -> marks.add(new Mark(s.startOffset(), s.endOffset(), "cross-link")));
      }

      @Override
      public void boilerplate(Boilerplate boilerplate) {
        boilerplate.span().ifPresent(s -> marks.add(new Mark(s.startOffset(), s.endOffset(), "boilerplate")));
      }
    });
    html.append("<section class=\"source\" id=\"source\" aria-labelledby=\"source-heading\">\n")
        .append("<h2 id=\"source-heading\">Source text</h2>\n<p class=\"legend\">")
        .append("<span><mark class=\"title\">title</mark></span><span><mark class=\"heading\">heading</mark></span>")
        .append("<span><mark class=\"paragraph\">paragraph</mark></span>")
        .append("<span><mark class=\"cross-link\">cross-link</mark></span>")
        .append("<span><mark class=\"boilerplate\">boilerplate</mark></span>")
        .append("unmarked: the heading list and blank lines</p>\n<pre>");
    int at = 0;
    for (Mark mark : marks) {
      if (mark.start() < at || mark.end() > source.length() || mark.end() < mark.start()) {
        throw new IllegalArgumentException("span " + mark.start() + "-" + mark.end()
            + " does not fit in the source text in order: is it the text the article was parsed from?");
      }
      escape(source, at, mark.start(), html);
      html.append("<mark class=\"").append(mark.kind()).append("\">");
      escape(source, mark.start(), mark.end(), html);
      html.append("</mark>");
      at = mark.end();
    }
    escape(source, at, source.length(), html);
    html.append("</pre>\n</section>\n");
  }

  private static int lineEnd(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
      i++;
    }
    return i;
  }

  /** Builds an {@link HtmlWriter}. */
  public static final class Builder {
    private @Nullable Language language;

    private Builder() {}

    /**
     * The article's language, the page's {@code lang}; by default the language of its cross-link markers
     * when they all belong to one pack, else none.
     *
     * @param language the language pack
     * @return this builder
     */
    public Builder language(Language language) {
      this.language = java.util.Objects.requireNonNull(language, "language");
      return this;
    }

    /** @return the writer */
    public HtmlWriter build() {
      return new HtmlWriter(this);
    }
  }
}

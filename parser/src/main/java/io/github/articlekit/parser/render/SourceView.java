package io.github.articlekit.parser.render;

import io.github.articlekit.core.Article;
import io.github.articlekit.core.ArticleVisitor;
import io.github.articlekit.core.Boilerplate;
import io.github.articlekit.core.CrossLink;
import io.github.articlekit.core.Paragraph;
import io.github.articlekit.core.Section;
import io.github.articlekit.core.internal.Texts;
import java.util.ArrayList;
import java.util.List;

/** The page's last part: the text the article was parsed from, every span highlighted by kind. */
final class SourceView {
  private SourceView() {}

  /** A highlighted range of the source. */
  private record Mark(int start, int end, String kind) {}

  /**
   * Appends the source section.
   *
   * @throws IllegalArgumentException if a span does not fit in {@code source} in order
   */
  static void append(StringBuilder html, Article article, String source) {
    List<Mark> marks = marks(article, source);
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
      HtmlText.escape(source, at, mark.start(), html);
      html.append("<mark class=\"").append(mark.kind()).append("\">");
      HtmlText.escape(source, mark.start(), mark.end(), html);
      html.append("</mark>");
      at = mark.end();
    }
    HtmlText.escape(source, at, source.length(), html);
    html.append("</pre>\n</section>\n");
  }

  /** The title's line, then every span of the article in its order; a heading's mark ends with its line. */
  private static List<Mark> marks(Article article, String source) {
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
    return marks;
  }

  private static int lineEnd(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
      i++;
    }
    return i;
  }
}

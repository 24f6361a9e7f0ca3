package io.github.articlekit.cli;

import io.github.articlekit.core.Article;
import io.github.articlekit.core.ArticleVisitor;
import io.github.articlekit.core.CrossLink;
import io.github.articlekit.core.Section;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.renderer.markdown.MarkdownRenderer;

/**
 * Renders an article as CommonMark: {@code # title}, the lead, {@code ## heading} and blocks for each
 * section. A paragraph is one paragraph; a cross-link is a quote, {@code > LABEL : title}, or a link,
 * {@code > [title](url)}, when its URL is known. Boilerplate is left out.
 *
 * <p>The article becomes commonmark-java's nodes, which its {@link MarkdownRenderer} writes with whatever
 * escaping CommonMark needs, so that the rendered page shows the article's characters as written.
 */
final class Markdown {
  private static final MarkdownRenderer RENDERER = MarkdownRenderer.builder().build();

  private Markdown() {}

  static String render(Article article) {
    return RENDERER.render(document(article));
  }

  /** The article as a CommonMark document. */
  static Document document(Article article) {
    Document document = new Document();
    article.accept(new ArticleVisitor() {
      @Override
      public void title(String title) {
        document.appendChild(heading(1, title));
      }

      @Override
      public void startSection(Section section, int index) {
        document.appendChild(heading(2, section.heading()));
      }

      @Override
      public void paragraph(io.github.articlekit.core.Paragraph paragraph) {
        document.appendChild(startOfLine(new Paragraph(), paragraph.text().strip()));
      }

      @Override
      public void crossLink(CrossLink link) {
        Paragraph line = new Paragraph();
        if (link.url().isPresent()) {
          Link inline = new Link(link.url().get(), null);
          inline.appendChild(new Text(link.title().strip()));
          line.appendChild(inline);
        } else {
          startOfLine(line, link.label().strip() + " : " + link.title().strip());
        }
        BlockQuote quote = new BlockQuote();
        quote.appendChild(line);
        document.appendChild(quote);
      }
    });
    return document;
  }

  private static Heading heading(int level, String text) {
    Heading heading = new Heading();
    heading.setLevel(level);
    heading.appendChild(new Text(text.strip()));
    return heading;
  }

  /**
   * Appends text that starts a line. commonmark-java 0.32's renderer escapes most characters that would
   * open a block there, but not {@code +} (a list item) nor {@code ~} (a fence): those are written as
   * character references, which a CommonMark reader turns back into the character.
   */
  private static Node startOfLine(Node block, String text) {
    char first = text.isEmpty() ? ' ' : text.charAt(0);
    if (first == '+' || first == '~') {
      HtmlInline reference = new HtmlInline();
      reference.setLiteral(first == '+' ? "&#43;" : "&#126;");
      block.appendChild(reference);
      block.appendChild(new Text(text.substring(1)));
    } else {
      block.appendChild(new Text(text));
    }
    return block;
  }
}

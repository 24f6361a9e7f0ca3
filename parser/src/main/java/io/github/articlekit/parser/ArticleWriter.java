package io.github.articlekit.parser;

import io.github.articlekit.core.Article;
import io.github.articlekit.core.ArticleVisitor;
import io.github.articlekit.core.Boilerplate;
import io.github.articlekit.core.CrossLink;
import io.github.articlekit.core.Paragraph;
import io.github.articlekit.core.Section;
import io.github.articlekit.parser.internal.Vocabulary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes an {@link Article} back in the layout {@link ArticleParser} reads, in its canonical form:
 * the title, a blank line, the heading list, a blank line, then the lead's blocks, each section's
 * heading and blocks, and the boilerplate, every one followed by a blank line. Cross-links are written
 * as {@code LABEL : title (url)} ({@code LABEL: title} for non-French labels).
 *
 * <p>For every article whose cross-link labels the parser knows, {@code parse(write(article))} equals
 * {@code article}. Line ends are {@code \n}; the text ends with one.
 */
public final class ArticleWriter {
  private ArticleWriter() {}

  /**
   * Writes an article.
   *
   * @param article the article
   * @return its text
   */
  public static String write(Article article) {
    StringBuilder out = new StringBuilder(256);
    write(article, out);
    return out.toString();
  }

  /**
   * Writes an article to {@code out}.
   *
   * @param article the article
   * @param out where to write
   * @throws UncheckedIOException if {@code out} fails
   */
  public static void write(Article article, Appendable out) {
    article.accept(new Layout(out));
  }

  /** The layout, one part at a time: each part after the title is preceded by a blank line. */
  private static final class Layout implements ArticleVisitor {
    private final Appendable out;

    Layout(Appendable out) {
      this.out = out;
    }

    @Override
    public void title(String title) {
      line(title);
    }

    @Override
    public void headingList(List<String> headings) {
      if (!headings.isEmpty()) {
        line("");
        for (String heading : headings) {
          line(heading);
        }
      }
    }

    @Override
    public void startSection(Section section, int index) {
      line("");
      line(section.heading());
    }

    @Override
    public void paragraph(Paragraph paragraph) {
      line("");
      line(paragraph.text());
    }

    @Override
    public void crossLink(CrossLink link) {
      line("");
      // French typography puts a space before the colon; the reference articles write "LIRE AUSSI : ".
      String separator = Vocabulary.isFrenchMarker(link.label()) ? " : " : ": ";
      line(link.label() + separator + link.title() + link.url().map(url -> " (" + url + ")").orElse(""));
    }

    @Override
    public void boilerplate(Boilerplate boilerplate) {
      line("");
      line(boilerplate.text());
    }

    private void line(String text) {
      try {
        out.append(text).append('\n');
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}

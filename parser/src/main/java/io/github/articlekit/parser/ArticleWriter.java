package io.github.articlekit.parser;

import io.github.articlekit.core.Article;
import io.github.articlekit.core.Block;
import io.github.articlekit.core.Boilerplate;
import io.github.articlekit.core.CrossLink;
import io.github.articlekit.core.Section;
import io.github.articlekit.parser.internal.Vocabulary;
import java.io.IOException;
import java.io.UncheckedIOException;

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
    try {
      out.append(article.title()).append('\n');
      if (!article.headings().isEmpty()) {
        out.append('\n');
        for (String heading : article.headings()) {
          out.append(heading).append('\n');
        }
      }
      for (Block block : article.lead()) {
        out.append('\n');
        writeBlock(block, out);
      }
      for (Section section : article.sections()) {
        out.append('\n').append(section.heading()).append('\n');
        for (Block block : section.blocks()) {
          out.append('\n');
          writeBlock(block, out);
        }
      }
      for (Boilerplate boilerplate : article.boilerplate()) {
        out.append('\n').append(boilerplate.text()).append('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeBlock(Block block, Appendable out) throws IOException {
    if (block instanceof CrossLink link) {
      // French typography puts a space before the colon; the reference articles write "LIRE AUSSI : ".
      out.append(link.label()).append(Vocabulary.isFrenchMarker(link.label()) ? " : " : ": ").append(link.title());
      if (link.url().isPresent()) {
        out.append(" (").append(link.url().get()).append(')');
      }
      out.append('\n');
    } else {
      out.append(block.text()).append('\n');
    }
  }
}

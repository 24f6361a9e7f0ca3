package io.github.articlekit.parser;

import io.github.articlekit.core.Article;
import io.github.articlekit.core.internal.ChunkedList;
import java.util.List;
import java.util.Objects;

/**
 * What {@link ArticleParser#parse(String)} found: the article and the diagnostics of its text.
 */
public final class ParseResult {
  private final Article article;
  private final List<Diagnostic> diagnostics;

  /**
   * Creates a result.
   *
   * @param article the parsed article
   * @param diagnostics the diagnostics, in input order
   */
  public ParseResult(Article article, List<Diagnostic> diagnostics) {
    this.article = Objects.requireNonNull(article, "article");
    this.diagnostics = ChunkedList.copyOf(diagnostics, "diagnostics"); // never one large array: see ChunkedList
  }

  /** @return the parsed article */
  public Article article() {
    return article;
  }

  /** @return the diagnostics, in input order; empty when the text followed the layout exactly */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** @return whether any diagnostic is a {@link Diagnostic.Severity#WARNING} */
  public boolean hasWarnings() {
    for (Diagnostic diagnostic : diagnostics) {
      if (diagnostic.severity() == Diagnostic.Severity.WARNING) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return "ParseResult{" + article + ", " + diagnostics.size() + " diagnostics}";
  }
}

package io.github.articlekit.beam;

import io.github.articlekit.core.Article;
import java.util.Objects;
import org.apache.beam.sdk.coders.DefaultCoder;

/**
 * One parsed input: where it came from and the article the parser made of it. The main output of
 * {@link ParseArticles}.
 *
 * <p>Crosses workers with {@link ParsedArticleCoder}, which writes the article as its JSON form, so
 * a decoded value is the same article, spans included.
 *
 * @param source the input's path: relative to a base folder when {@link ParseArticles} was given one,
 *     otherwise its full resource id (an absolute path, or a URI such as {@code gs://bucket/a.txt})
 * @param article the article
 */
@DefaultCoder(ParsedArticleCoder.class)
public record ParsedArticle(String source, Article article) {
  /**
   * Creates a value.
   *
   * @param source the input's path
   * @param article the article
   */
  public ParsedArticle {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(article, "article");
  }

  /** @return this value as one JSON Lines row, exactly as the CLI writes it, without a line break */
  public String toJsonLine() {
    return JsonLines.article(source, article);
  }
}

package io.github.articlekit.beam;

import io.github.articlekit.core.Article;
import io.github.articlekit.core.ArticleJson;

/**
 * The rows of the CLI's {@code --format jsonl}, one compact JSON object per input, as the library writes
 * them ({@link ArticleJson#toRow}, {@link ArticleJson#toErrorRow}): the row format is written once, there.
 */
public final class JsonLines {
  private JsonLines() {}

  /**
   * The row of a parsed article: {@code {"source":"PATH","article":{...}}}.
   *
   * @param source the input's path
   * @param article the article
   * @return the row, without a line break
   */
  public static String article(String source, Article article) {
    return ArticleJson.toRow(source, article);
  }

  /**
   * The row of a refused input: {@code {"source":"PATH","error":{"code":"...","message":"..."}}}.
   *
   * @param source the input's path
   * @param code the refusal's code
   * @param message the refusal's message
   * @return the row, without a line break
   */
  public static String error(String source, String code, String message) {
    return ArticleJson.toErrorRow(source, code, message);
  }

  /** @return the text with its line breaks replaced by spaces, as the CLI reports refusals */
  static String oneLine(String text) {
    return text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
  }
}

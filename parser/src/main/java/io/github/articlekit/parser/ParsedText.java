package io.github.articlekit.parser;

import java.util.Objects;

/**
 * What {@link ArticleParser#parseWithText(java.nio.file.Path)} returns: the parse result of bytes and the
 * text they were decoded to, the very string that the article's spans index.
 *
 * <pre>{@code
 * ParsedText parsed = parser.parseWithText(Path.of("article.txt"));
 * String page = HtmlWriter.create().write(parsed.result(), parsed.text());
 * }</pre>
 *
 * @param text the decoded text, as {@link ArticleParser#parse(String)} was given it
 * @param result the article and its diagnostics
 */
public record ParsedText(String text, ParseResult result) {

  /** Checks the parts. */
  public ParsedText {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(result, "result");
  }

  /** @return the result and the text's length, not the text, which may be long */
  @Override
  public String toString() {
    return "ParsedText{" + text.length() + " characters, " + result + "}";
  }
}

package io.github.articlekit.beam;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.articlekit.core.Article;
import io.github.articlekit.core.ArticleJson;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * The rows of the CLI's {@code --format jsonl}, one compact JSON object per input:
 * {@code {"source":"PATH","article":{...}}} with the article's {@link ArticleJson#toJson} form, or
 * {@code {"source":"PATH","error":{"code":"...","message":"..."}}} for a refused input.
 */
public final class JsonLines {
  /** The factory behind {@link ArticleJson}, so strings are escaped as in the article itself. */
  private static final JsonFactory JSON_FACTORY = ArticleJson.newMapper().getFactory();

  private JsonLines() {}

  /**
   * The row of a parsed article.
   *
   * @param source the input's path
   * @param article the article
   * @return the row, without a line break
   */
  public static String article(String source, Article article) {
    String articleJson = ArticleJson.toJson(article);
    StringWriter line = new StringWriter(articleJson.length() + source.length() + 32);
    try (JsonGenerator json = JSON_FACTORY.createGenerator(line)) {
      json.writeStartObject();
      json.writeStringField("source", source);
      json.writeFieldName("article");
      json.writeRawValue(articleJson);
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return line.toString();
  }

  /**
   * The row of a refused input.
   *
   * @param source the input's path
   * @param code the refusal's code
   * @param message the refusal's message
   * @return the row, without a line break
   */
  public static String error(String source, String code, String message) {
    StringWriter line = new StringWriter(256);
    try (JsonGenerator json = JSON_FACTORY.createGenerator(line)) {
      json.writeStartObject();
      json.writeStringField("source", source);
      json.writeObjectFieldStart("error");
      json.writeStringField("code", code);
      json.writeStringField("message", oneLine(message));
      json.writeEndObject();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return line.toString();
  }

  /** @return the text with its line breaks replaced by spaces, as the CLI reports refusals */
  static String oneLine(String text) {
    return text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
  }
}

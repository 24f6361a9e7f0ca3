package io.github.articlekit.beam;

import java.util.Objects;
import org.apache.beam.sdk.coders.DefaultCoder;

/**
 * An input the parser refused: the side output of {@link ParseArticles}. A refusal is data, not a
 * failure: the other inputs of the job go through.
 *
 * @param source the input's path, named as in {@link ParsedArticle#source()}
 * @param code a stable code: an {@code ArticleException} code such as {@code EMPTY_INPUT} or
 *     {@code NOT_TEXT}, a diagnostic code under strict parsing, or {@code INTERNAL_ERROR}
 * @param message what is wrong, on one line, fit to show a user
 */
@DefaultCoder(RefusalCoder.class)
public record Refusal(String source, String code, String message) {
  /**
   * Creates a refusal.
   *
   * @param source the input's path
   * @param code the stable code
   * @param message what is wrong; line breaks are replaced by spaces
   */
  public Refusal {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(code, "code");
    message = JsonLines.oneLine(Objects.requireNonNull(message, "message"));
  }

  /** @return this refusal as one JSON Lines row, exactly as the CLI writes it, without a line break */
  public String toJsonLine() {
    return JsonLines.error(source, code, message);
  }
}

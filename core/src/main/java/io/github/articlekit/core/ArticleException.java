package io.github.articlekit.core;

import java.util.OptionalInt;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * The one exception ArticleKit throws for input it refuses: text that is empty or not text, input
 * over the size limit, JSON that does not describe an article, or a warning under strict parsing.
 *
 * <p>The message says what is wrong and where, so that it can be shown to a user as it is.
 * {@link #code()} is a stable identifier to act on in programs; {@link #line()}, {@link #column()}
 * and {@link #byteOffset()} locate the problem when it has a place.
 */
public class ArticleException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Code of JSON that cannot be read as an article. */
  public static final String INVALID_JSON = "INVALID_JSON";

  private final String code;
  private final int line;
  private final int column;
  private final long byteOffset;

  /**
   * Creates an exception with no location.
   *
   * @param code the stable code, e.g. {@code EMPTY_INPUT}
   * @param message what is wrong, fit to show a user
   */
  public ArticleException(String code, String message) {
    this(code, message, 0, 0, -1, null);
  }

  /**
   * Creates an exception.
   *
   * @param code the stable code, e.g. {@code NOT_TEXT}
   * @param message what is wrong, fit to show a user
   * @param line 1-based line of the problem, or 0 when it has none
   * @param column 1-based column of the problem, or 0 when it has none
   * @param byteOffset 0-based byte offset of the problem in the input bytes, or -1 when it has none
   * @param cause the underlying exception, if any
   */
  public ArticleException(String code, String message, int line, int column, long byteOffset,
      @Nullable Throwable cause) {
    super(message, cause);
    this.code = code;
    this.line = Math.max(0, line);
    this.column = Math.max(0, column);
    this.byteOffset = Math.max(-1, byteOffset);
  }

  /** @return the stable code naming the kind of refusal */
  public String code() {
    return code;
  }

  /** @return the 1-based line of the problem, when it has one */
  public OptionalInt line() {
    return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
  }

  /** @return the 1-based column of the problem, when it has one */
  public OptionalInt column() {
    return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
  }

  /** @return the 0-based byte offset of the problem in the input bytes, when it has one */
  public OptionalLong byteOffset() {
    return byteOffset >= 0 ? OptionalLong.of(byteOffset) : OptionalLong.empty();
  }
}

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
  /** Code of text that is empty or holds only blank lines. */
  public static final String EMPTY_INPUT = "EMPTY_INPUT";
  /** Code of input that is not text: NUL or other control characters, lone surrogates. */
  public static final String NOT_TEXT = "NOT_TEXT";
  /** Code of bytes that are not valid in the input's character set. */
  public static final String MALFORMED_INPUT = "MALFORMED_INPUT";
  /** Code of input larger than the configured limit. */
  public static final String INPUT_TOO_LARGE = "INPUT_TOO_LARGE";
  /**
   * Code of input that would make more than a parser's limits allow (headings, blocks): see
   * {@code ArticleParser.Builder}. The message names the limit and the option that raises it.
   */
  public static final String LIMIT_EXCEEDED = "LIMIT_EXCEEDED";
  /** Code of input that could not be read at all (an I/O failure). */
  public static final String UNREADABLE_INPUT = "UNREADABLE_INPUT";

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
  @SuppressWarnings("exports") // JSpecify is requires static: consumers read @Nullable only if they have it
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

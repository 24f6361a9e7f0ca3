package io.github.articlekit.core;

import java.util.OptionalInt;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * The one exception ArticleKit throws for input it refuses: text that is empty or not text, input
 * over a limit, JSON that does not describe an article, or warnings under strict parsing.
 *
 * <p>The message says what is wrong, where, and what to do about it, so that it can be shown to a user
 * as it is. {@link #code()} is the stable identifier to act on in programs; {@link #line()},
 * {@link #column()} and {@link #byteOffset()} locate the problem when it has a place.
 *
 * <p>Instances are created by the library; the factories are public for programs that refuse input
 * the same way (a wrapper that checks its own limits, say).
 */
public class ArticleException extends RuntimeException {
  private static final long serialVersionUID = 2L;

  private final ErrorCode code;
  private final int line;
  private final int column;
  private final long byteOffset;

  /**
   * Creates an exception; subclasses add what their kind of refusal carries.
   *
   * @param code the stable code
   * @param message what is wrong, fit to show a user
   * @param line 1-based line of the problem, or 0 when it has none
   * @param column 1-based column of the problem, or 0 when it has none
   * @param byteOffset 0-based byte offset of the problem in the input bytes, or -1 when it has none
   * @param cause the underlying exception, if any
   */
  @SuppressWarnings("exports") // JSpecify is requires static: consumers read @Nullable only if they have it
  protected ArticleException(ErrorCode code, String message, int line, int column, long byteOffset,
      @Nullable Throwable cause) {
    super(message); // not super(message, null): that would fix the cause, and withCause could not set it
    if (cause != null) {
      initCause(cause);
    }
    this.code = code;
    this.line = Math.max(0, line);
    this.column = line > 0 ? Math.max(0, column) : 0;
    this.byteOffset = Math.max(-1, byteOffset);
  }

  /**
   * A refusal with no place in the input, such as an empty input.
   *
   * @param code the stable code
   * @param message what is wrong, fit to show a user
   * @return the exception, to throw
   */
  public static ArticleException of(ErrorCode code, String message) {
    return new ArticleException(code, message, 0, 0, -1, null);
  }

  /**
   * A refusal at a line and column of the text.
   *
   * @param code the stable code
   * @param message what is wrong, fit to show a user
   * @param line the 1-based line
   * @param column the 1-based column
   * @return the exception, to throw
   * @throws IllegalArgumentException if the line or column is not positive
   */
  public static ArticleException at(ErrorCode code, String message, int line, int column) {
    requirePositive(line, "line");
    requirePositive(column, "column");
    return new ArticleException(code, message, line, column, -1, null);
  }

  /**
   * A refusal at a line and column of the text that came from bytes, with the byte offset of the problem.
   *
   * @param code the stable code
   * @param message what is wrong, fit to show a user
   * @param line the 1-based line
   * @param column the 1-based column
   * @param byteOffset the 0-based offset in the input bytes
   * @return the exception, to throw
   * @throws IllegalArgumentException if the line or column is not positive, or the offset is negative
   */
  public static ArticleException at(ErrorCode code, String message, int line, int column, long byteOffset) {
    requirePositive(line, "line");
    requirePositive(column, "column");
    if (byteOffset < 0) {
      throw new IllegalArgumentException("byteOffset must be 0 or more, was " + byteOffset);
    }
    return new ArticleException(code, message, line, column, byteOffset, null);
  }

  /**
   * The same refusal with the exception that caused it, for a stack trace that goes to the root.
   *
   * @param cause what caused the refusal
   * @return this exception
   */
  public ArticleException withCause(Throwable cause) {
    initCause(cause);
    return this;
  }

  private static void requirePositive(int value, String what) {
    if (value <= 0) {
      throw new IllegalArgumentException(what + " must be 1 or more, was " + value);
    }
  }

  /** @return the stable code naming the kind of refusal */
  public ErrorCode code() {
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

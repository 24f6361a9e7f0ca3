package io.github.articlekit.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.articlekit.core.internal.ModelJson;
import org.immutables.value.Value;

/**
 * Where an element stands in the text it was parsed from.
 *
 * <p>Lines are 1-based and inclusive; offsets are 0-based UTF-16 indices into the exact string given
 * to the parser (before any line-end normalization), end exclusive, so that
 * {@code input.substring(span.startOffset(), span.endOffset())} is the element's source text.
 *
 * <p>Spans are auxiliary: elements that differ only in their spans are equal.
 */
// Immutables' annotations are build-time only (requires static): not for consumers to read.
@SuppressWarnings("exports")
@Value.Immutable
@JsonSerialize(using = ModelJson.SpanSerializer.class)
@JsonDeserialize(using = ModelJson.SpanDeserializer.class)
public abstract class SourceSpan {

  SourceSpan() {}

  /**
   * Creates a span.
   *
   * @param startLine first line, 1-based
   * @param endLine last line, 1-based, inclusive, not before {@code startLine}
   * @param startOffset offset of the first character, 0-based
   * @param endOffset offset just past the last character, not before {@code startOffset}
   * @return the span
   * @throws IllegalArgumentException if the lines or offsets are out of order or out of range
   */
  public static SourceSpan of(int startLine, int endLine, int startOffset, int endOffset) {
    return ImmutableSourceSpan.of(startLine, endLine, startOffset, endOffset);
  }

  /** @return the first line, 1-based */
  @Value.Parameter
  public abstract int startLine();

  /** @return the last line, 1-based, inclusive */
  @Value.Parameter
  public abstract int endLine();

  /** @return the offset of the first character, 0-based UTF-16 index */
  @Value.Parameter
  public abstract int startOffset();

  /** @return the offset just past the last character, exclusive */
  @Value.Parameter
  public abstract int endOffset();

  /** @return the number of UTF-16 characters the span covers */
  public final int length() {
    return endOffset() - startOffset();
  }

  /**
   * The span's source text.
   *
   * @param input the string the span was made from
   * @return {@code input.subSequence(startOffset(), endOffset())} as a string
   * @throws IndexOutOfBoundsException if the span does not fit in {@code input}
   */
  public final String textIn(CharSequence input) {
    return input.subSequence(startOffset(), endOffset()).toString();
  }

  @Value.Check
  final void check() {
    if (startLine() < 1) {
      throw new IllegalArgumentException("span.startLine must be at least 1, was " + startLine());
    }
    if (endLine() < startLine()) {
      throw new IllegalArgumentException(
          "span.endLine (" + endLine() + ") must not be before span.startLine (" + startLine() + ")");
    }
    if (startOffset() < 0) {
      throw new IllegalArgumentException("span.startOffset must not be negative, was " + startOffset());
    }
    if (endOffset() < startOffset()) {
      throw new IllegalArgumentException(
          "span.endOffset (" + endOffset() + ") must not be before span.startOffset (" + startOffset() + ")");
    }
  }

  @Override
  public String toString() {
    return "SourceSpan{lines " + startLine() + "-" + endLine() + ", offsets " + startOffset() + "-" + endOffset() + "}";
  }
}

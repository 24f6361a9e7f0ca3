package io.github.articlekit.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.articlekit.core.internal.ModelJson;
import io.github.articlekit.core.internal.Models;
import io.github.articlekit.core.internal.Texts;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A paragraph: the lines of a hard-wrapped paragraph joined by single spaces.
 */
// Immutables' annotations are build-time only (requires static): not for consumers to read.
@SuppressWarnings("exports")
@Value.Immutable
@JsonSerialize(using = ModelJson.BlockSerializer.class)
@JsonDeserialize(using = ModelJson.ParagraphDeserializer.class)
public abstract sealed class Paragraph implements Block permits ImmutableParagraph {

  Paragraph() {}

  /**
   * Creates a paragraph with no span.
   *
   * @param text the paragraph's text, not blank
   * @return the paragraph
   */
  public static Paragraph of(String text) {
    return builder().text(text).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the paragraph's text, its source lines joined by single spaces */
  @Override
  public abstract String text();

  @Override
  @Value.Auxiliary
  public abstract Optional<SourceSpan> span();

  /**
   * Copies this paragraph with another text.
   *
   * @param text the new text, not blank
   * @return the copy
   */
  public abstract Paragraph withText(String text);

  /**
   * Copies this paragraph with another span.
   *
   * @param span the new span
   * @return the copy
   */
  public abstract Paragraph withSpan(SourceSpan span);

  @Value.Check
  final void check() {
    Texts.requireOneLineText(text(), "paragraph.text");
  }

  @Override
  public String toString() {
    return "Paragraph{" + Models.abbreviate(text()) + "}";
  }

  /** Builds a {@link Paragraph}. */
  public static final class Builder extends ImmutableParagraph.Builder {
    Builder() {}
  }
}

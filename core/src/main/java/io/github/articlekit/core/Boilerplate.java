package io.github.articlekit.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.articlekit.core.internal.ModelJson;
import io.github.articlekit.core.internal.Models;
import io.github.articlekit.core.internal.Texts;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A trailing block that is not article content: a follow-us call to action, an "Et aussi"
 * related-content header.
 */
// Immutables' annotations are build-time only (requires static): not for consumers to read.
@SuppressWarnings("exports")
@Value.Immutable
@JsonSerialize(using = ModelJson.BoilerplateSerializer.class)
@JsonDeserialize(using = ModelJson.BoilerplateDeserializer.class)
public abstract class Boilerplate {

  Boilerplate() {}

  /**
   * Creates boilerplate with no span.
   *
   * @param text the text, its lines joined by single spaces
   * @return the boilerplate
   */
  public static Boilerplate of(String text) {
    return builder().text(text).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the text, its lines joined by single spaces */
  public abstract String text();

  /** @return where the text stands in the parsed input; empty when built by hand */
  @Value.Auxiliary
  public abstract Optional<SourceSpan> span();

  /**
   * Copies this boilerplate with another text.
   *
   * @param text the new text, not blank
   * @return the copy
   */
  public abstract Boilerplate withText(String text);

  /**
   * Copies this boilerplate with another span.
   *
   * @param span the new span
   * @return the copy
   */
  public abstract Boilerplate withSpan(SourceSpan span);

  @Value.Check
  final void check() {
    Texts.requireOneLineText(text(), "boilerplate.text");
  }

  @Override
  public String toString() {
    return "Boilerplate{" + Models.abbreviate(text()) + "}";
  }

  /** Builds a {@link Boilerplate}. */
  public static final class Builder extends ImmutableBoilerplate.Builder {
    Builder() {}
  }
}

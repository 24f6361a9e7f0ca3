package io.github.articlekit.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.articlekit.core.internal.ModelJson;
import io.github.articlekit.core.internal.Models;
import io.github.articlekit.core.internal.Texts;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A cross-link line pointing to another article, such as
 * {@code LIRE AUSSI : Confirmation du secrétaire américain à la Défense : ...}.
 */
// Immutables' annotations are build-time only (requires static): not for consumers to read.
@SuppressWarnings("exports")
@Value.Immutable
@JsonSerialize(using = ModelJson.BlockSerializer.class)
@JsonDeserialize(using = ModelJson.CrossLinkDeserializer.class)
public abstract sealed class CrossLink implements Block permits ImmutableCrossLink {

  CrossLink() {}

  /**
   * Creates a cross-link with no URL and no span.
   *
   * @param label the marker as written, e.g. {@code LIRE AUSSI}
   * @param title the linked article's title
   * @return the cross-link
   */
  public static CrossLink of(String label, String title) {
    return builder().label(label).title(title).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the marker as written, e.g. {@code LIRE AUSSI} or {@code READ MORE} */
  public abstract String label();

  /** @return the linked article's title, without the marker, separator or URL */
  public abstract String title();

  /** @return the linked article's address, present only when the line carries one */
  public abstract Optional<String> url();

  @Override
  @Value.Auxiliary
  public abstract Optional<SourceSpan> span();

  /** @return the linked article's title */
  @Override
  public final String text() {
    return title();
  }

  /**
   * Copies this cross-link with another label.
   *
   * @param label the new label, not blank
   * @return the copy
   */
  public abstract CrossLink withLabel(String label);

  /**
   * Copies this cross-link with another title.
   *
   * @param title the new title, not blank
   * @return the copy
   */
  public abstract CrossLink withTitle(String title);

  /**
   * Copies this cross-link with another URL.
   *
   * @param url the new URL, not blank
   * @return the copy
   */
  public abstract CrossLink withUrl(String url);

  /**
   * Copies this cross-link with another span.
   *
   * @param span the new span
   * @return the copy
   */
  public abstract CrossLink withSpan(SourceSpan span);

  @Value.Check
  final void check() {
    Texts.requireOneLineText(label(), "crossLink.label");
    Texts.requireOneLineText(title(), "crossLink.title");
    if (url().isPresent()) {
      Texts.requireOneLineText(url().get(), "crossLink.url");
    }
  }

  @Override
  public String toString() {
    return "CrossLink{" + Models.abbreviate(label()) + ": " + Models.abbreviate(title())
        + url().map(u -> " <" + Models.abbreviate(u) + ">").orElse("") + "}";
  }

  /** Builds a {@link CrossLink}. */
  public static final class Builder extends ImmutableCrossLink.Builder {
    Builder() {}
  }
}

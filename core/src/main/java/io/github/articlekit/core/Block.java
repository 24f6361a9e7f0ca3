package io.github.articlekit.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.articlekit.core.internal.ModelJson;
import java.util.Optional;

/**
 * A unit of a section's or the lead's content: a {@link Paragraph} or a {@link CrossLink}. The set is
 * closed, so a {@code switch} over blocks can be exhaustive.
 *
 * <p>In JSON a block carries its kind in a {@code "type"} property: {@code "paragraph"} or
 * {@code "crossLink"}.
 */
@JsonSerialize(using = ModelJson.BlockSerializer.class)
@JsonDeserialize(using = ModelJson.BlockDeserializer.class)
public sealed interface Block permits Paragraph, CrossLink {

  /** @return where the block stands in the parsed text; empty on blocks built by hand */
  Optional<SourceSpan> span();

  /** @return the block's text as a reader sees it: a paragraph's text, a cross-link's title */
  String text();
}

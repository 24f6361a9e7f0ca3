package io.github.articlekit.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.articlekit.core.internal.ModelJson;
import io.github.articlekit.core.internal.Models;
import io.github.articlekit.core.internal.Texts;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A section of the body: a heading line followed by its blocks.
 */
// Immutables' annotations are build-time only (requires static): not for consumers to read.
@SuppressWarnings("exports")
@Value.Immutable
@JsonSerialize(using = ModelJson.SectionSerializer.class)
@JsonDeserialize(using = ModelJson.SectionDeserializer.class)
public abstract class Section {

  Section() {}

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the heading as the body writes it (it may differ from the list entry in spacing or case) */
  public abstract String heading();

  /** @return the section's blocks, in order; possibly empty */
  public abstract List<Block> blocks();

  /** @return where the section, heading line included, stands in the parsed text; empty when built by hand */
  @Value.Auxiliary
  public abstract Optional<SourceSpan> span();

  /**
   * Copies this section with another heading.
   *
   * @param heading the new heading, not blank
   * @return the copy
   */
  public abstract Section withHeading(String heading);

  /**
   * Copies this section with another span.
   *
   * @param span the new span
   * @return the copy
   */
  public abstract Section withSpan(SourceSpan span);

  /**
   * Copies this section with other blocks.
   *
   * @param blocks the new blocks
   * @return the copy
   */
  public abstract Section withBlocks(Iterable<? extends Block> blocks);

  /** @return the section's paragraphs, in order */
  public final List<Paragraph> paragraphs() {
    return Models.only(blocks(), Paragraph.class);
  }

  /** @return the section's cross-links, in order */
  public final List<CrossLink> crossLinks() {
    return Models.only(blocks(), CrossLink.class);
  }

  @Value.Check
  final void check() {
    Texts.requireOneLineText(heading(), "section.heading");
  }

  @Override
  public String toString() {
    return "Section{" + Models.abbreviate(heading()) + ", " + blocks().size() + " blocks}";
  }

  /** Builds a {@link Section}. */
  public static final class Builder extends ImmutableSection.Builder {
    Builder() {}
  }
}

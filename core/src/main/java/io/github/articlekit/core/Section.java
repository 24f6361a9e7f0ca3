package io.github.articlekit.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.articlekit.core.internal.ChunkedList;
import io.github.articlekit.core.internal.ModelJson;
import io.github.articlekit.core.internal.Models;
import io.github.articlekit.core.internal.Texts;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A section of the body: a heading line followed by its blocks.
 */
// Immutables' annotations are build-time only (requires static): not for consumers to read.
@SuppressWarnings("exports")
// No generated builder: Section.Builder is written here, so that the blocks are kept in chunks.
@Value.Immutable(builder = false)
@JsonSerialize(using = ModelJson.SectionSerializer.class)
@JsonDeserialize(using = ModelJson.SectionDeserializer.class)
public abstract class Section {

  Section() {}

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the heading as the body writes it (it may differ from the list entry in spacing or case) */
  @Value.Parameter
  public abstract String heading();

  /** @return the section's blocks, in order; possibly empty */
  public final List<Block> blocks() {
    return blockList();
  }

  /** The blocks as stored: in chunks that the collector never takes for one large object (see ChunkedList). */
  @Value.Parameter
  abstract ChunkedList<Block> blockList();

  /** @return where the section, heading line included, stands in the parsed text; empty when built by hand */
  @Value.Auxiliary
  @Value.Parameter
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
  public final Section withBlocks(Iterable<? extends Block> blocks) {
    return withBlockList(ChunkedList.copyOf(blocks, "blocks"));
  }

  abstract Section withBlockList(ChunkedList<Block> blocks);

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

  /** Builds a {@link Section}; the heading is required. */
  public static final class Builder {
    private @Nullable String heading;
    private final ChunkedList.Builder<Block> blocks = new ChunkedList.Builder<>("blocks");
    private Optional<? extends SourceSpan> span = Optional.empty();

    Builder() {}

    /**
     * Sets the heading and the span of {@code instance}, and adds its blocks to those set so far.
     *
     * @param instance the section to copy from
     * @return this builder
     */
    public Builder from(Section instance) {
      heading = instance.heading();
      blocks.addAll(instance.blockList());
      if (instance.span().isPresent()) {
        span = instance.span();
      }
      return this;
    }

    /**
     * Sets the heading.
     *
     * @param heading the heading as the body writes it, not blank
     * @return this builder
     */
    public Builder heading(String heading) {
      this.heading = Objects.requireNonNull(heading, "heading");
      return this;
    }

    /**
     * Adds a block.
     *
     * @param block the block
     * @return this builder
     */
    public Builder addBlocks(Block block) {
      blocks.add(block);
      return this;
    }

    /**
     * Adds blocks, in order.
     *
     * @param blocks the blocks
     * @return this builder
     */
    public Builder addBlocks(Block... blocks) {
      for (Block block : blocks) {
        this.blocks.add(block);
      }
      return this;
    }

    /**
     * Adds blocks, in order.
     *
     * @param blocks the blocks
     * @return this builder
     */
    public Builder addAllBlocks(Iterable<? extends Block> blocks) {
      this.blocks.addAll(blocks);
      return this;
    }

    /**
     * Replaces the blocks set so far.
     *
     * @param blocks the blocks
     * @return this builder
     */
    public Builder blocks(Iterable<? extends Block> blocks) {
      this.blocks.clear();
      return addAllBlocks(blocks);
    }

    /**
     * Sets the span.
     *
     * @param span where the section stands in the parsed text
     * @return this builder
     */
    public Builder span(SourceSpan span) {
      this.span = Optional.of(Objects.requireNonNull(span, "span"));
      return this;
    }

    /**
     * Sets the span, or none.
     *
     * @param span where the section stands in the parsed text, or empty
     * @return this builder
     */
    public Builder span(Optional<? extends SourceSpan> span) {
      this.span = Objects.requireNonNull(span, "span");
      return this;
    }

    /**
     * Builds the section.
     *
     * @return the section
     * @throws IllegalStateException if the heading is not set
     * @throws IllegalArgumentException if the heading is blank or spans lines
     */
    public Section build() {
      String heading = this.heading;
      if (heading == null) {
        throw new IllegalStateException("Cannot build Section, some of required attributes are not set [heading]");
      }
      return ImmutableSection.of(heading, blocks.build(), span);
    }
  }
}

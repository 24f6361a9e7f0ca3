package io.github.articlekit.parser.internal;

import io.github.articlekit.core.Block;
import io.github.articlekit.core.Boilerplate;
import io.github.articlekit.core.Section;
import io.github.articlekit.core.SourceSpan;
import io.github.articlekit.core.internal.ChunkedList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The body as the rules assemble it: the lead, the sections, and the trailing boilerplate.
 *
 * <p>A section is built as soon as the next heading opens, and its blocks are copied once, at their
 * size, into it: only the last section stays open (the trailing boilerplate is taken from its end), so
 * no draft of a section and no list that grew while it was read outlives the section. Measured on many
 * sections and tiny blocks: less kept alive while the parse runs, so less for the collector to copy.
 */
final class BodyDraft {
  private final Lines lines;
  // Chunked, as the model's lists are: a dead working list is never one large array (see ChunkedList).
  final List<Block> lead = new ChunkedList.Builder<>("lead");
  final List<Boilerplate> boilerplate = new ChunkedList.Builder<>("boilerplate");
  private final List<Section> built = new ChunkedList.Builder<>("sections");
  /** The open section's heading, or null before the first heading. */
  private @Nullable String heading;
  private int headingLine = -1;
  /** The open section's blocks; reused from one section to the next. */
  private final List<Block> blocks = new ChunkedList.Builder<>("blocks");

  BodyDraft(Lines lines) {
    this.lines = lines;
  }

  /** Opens a section at a heading line, building the one it closes. */
  void openSection(String heading, int headingLine) {
    closeSection();
    this.heading = heading;
    this.headingLine = headingLine;
  }

  /** How many sections have been opened. */
  int sectionCount() {
    return built.size() + (heading == null ? 0 : 1);
  }

  /** Where the next blocks go: the open section's blocks, or the lead before the first heading. */
  List<Block> current() {
    return heading == null ? lead : blocks;
  }

  /** Closes the last section and returns every section, in order; the draft takes no more blocks. */
  List<Section> sections() {
    closeSection();
    return built;
  }

  private void closeSection() {
    String open = heading;
    if (open == null) {
      return;
    }
    int lastLine = headingLine + 1;
    int endOffset = lines.contentEnd(headingLine);
    if (!blocks.isEmpty()) {
      SourceSpan last = blocks.get(blocks.size() - 1).span().orElseThrow();
      lastLine = last.endLine();
      endOffset = last.endOffset();
    }
    SourceSpan span = SourceSpan.of(headingLine + 1, lastLine, lines.contentStart(headingLine), endOffset);
    built.add(Section.builder().heading(open).span(span).addAllBlocks(blocks).build());
    blocks.clear();
    heading = null;
  }
}

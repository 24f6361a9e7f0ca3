package io.github.articlekit.parser.internal;

import io.github.articlekit.core.Block;
import io.github.articlekit.core.Boilerplate;
import io.github.articlekit.core.Section;
import io.github.articlekit.core.SourceSpan;
import java.util.ArrayList;
import java.util.List;

/** The body as the rules assemble it: the lead, the sections, and the trailing boilerplate. */
final class BodyDraft {
  final List<Block> lead = new ArrayList<>();
  final List<SectionDraft> sections = new ArrayList<>();
  final List<Boilerplate> boilerplate = new ArrayList<>();

  /** Opens a section at a heading line. */
  void openSection(String heading, int headingLine) {
    sections.add(new SectionDraft(heading, headingLine));
  }

  /** Where the next blocks go: the last section's blocks, or the lead before the first heading. */
  List<Block> current() {
    return sections.isEmpty() ? lead : sections.get(sections.size() - 1).blocks;
  }

  /** A section as its heading opened it. */
  static final class SectionDraft {
    final String heading;
    final int headingLine;
    final List<Block> blocks = new ArrayList<>();

    SectionDraft(String heading, int headingLine) {
      this.heading = heading;
      this.headingLine = headingLine;
    }

    /** The section, spanning its heading line to its last block. */
    Section build(Lines lines) {
      int lastLine = headingLine + 1;
      int endOffset = lines.contentEnd(headingLine);
      if (!blocks.isEmpty()) {
        SourceSpan last = blocks.get(blocks.size() - 1).span().orElseThrow();
        lastLine = last.endLine();
        endOffset = last.endOffset();
      }
      SourceSpan span = SourceSpan.of(headingLine + 1, lastLine, lines.contentStart(headingLine), endOffset);
      return Section.builder().heading(heading).addAllBlocks(blocks).span(span).build();
    }
  }
}

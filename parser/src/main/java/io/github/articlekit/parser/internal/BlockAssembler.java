package io.github.articlekit.parser.internal;

import io.github.articlekit.core.Block;
import io.github.articlekit.core.Paragraph;
import io.github.articlekit.parser.DiagnosticCode;
import java.util.List;

/**
 * README rule 4, blocks: "a paragraph is a run of non-blank lines joined with single spaces";
 * "consecutive cross-link lines are one cross-link each". A marker line without a title is kept as
 * text ({@code CROSS_LINK_WITHOUT_TITLE}). Every block, and every marker line without a title, counts
 * against the parser's block limit.
 */
final class BlockAssembler {
  private BlockAssembler() {}

  /** Adds the blocks of lines {@code [from, to)}, all non-blank, to {@code into}. */
  static void addBlocks(ParseState state, List<Block> into, int from, int to) {
    int paragraphStart = -1;
    for (int line = from; line < to; line++) {
      MarkerMatch match = CrossLinkLine.markerAt(state, line);
      if (match != null && match.titleStart() < 0) {
        state.countBlock(line); // its diagnostic takes memory as a block does
        state.info(DiagnosticCode.CROSS_LINK_WITHOUT_TITLE, "cross-link marker "
            + ParseState.quote(state.lines.content(line)) + " has no title; kept as text", line);
        match = null;
      }
      if (match == null) {
        if (paragraphStart < 0) {
          paragraphStart = line;
        }
        continue;
      }
      if (paragraphStart >= 0) {
        into.add(paragraph(state, paragraphStart, line));
        paragraphStart = -1;
      }
      state.countBlock(line);
      into.add(CrossLinkLine.parse(state, line, match));
    }
    if (paragraphStart >= 0) {
      into.add(paragraph(state, paragraphStart, to));
    }
  }

  /** The paragraph of lines {@code [from, to)}. */
  static Paragraph paragraph(ParseState state, int from, int to) {
    state.countBlock(from);
    Lines lines = state.lines;
    String text;
    if (to == from + 1) {
      text = state.content(from);
    } else {
      int length = to - from - 1;
      for (int line = from; line < to; line++) {
        length += lines.contentLength(line);
      }
      StringBuilder joined = new StringBuilder(length); // made at its size: a long paragraph is not copied as it grows
      for (int line = from; line < to; line++) {
        if (joined.length() > 0) {
          joined.append(' ');
        }
        joined.append(state.input, lines.contentStart(line), lines.contentEnd(line));
      }
      text = joined.toString();
    }
    return Paragraph.builder().text(text).span(state.span(from, to - 1)).build();
  }
}

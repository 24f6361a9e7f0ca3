package io.github.articlekit.parser.internal;

import io.github.articlekit.parser.DiagnosticCode;

/**
 * README rule 3, the body after a heading list: "each listed heading comes back in order on a line of
 * its own, followed by blank-line separated blocks. A heading matches its entry loosely; the section
 * keeps the body's spelling and an {@code HEADING_LOOSE_MATCH} note records it. Repeated headings
 * match in order. A paragraph that merely begins with a heading's words is not a heading. Missing
 * headings ({@code HEADING_NOT_FOUND}, at their line in the list) and headings out of order
 * ({@code HEADING_OUT_OF_ORDER}) are reported; the other sections still match. Blocks before the first
 * heading are the lead."
 *
 * <p>A line of its own is a one-line block, or the first line of a block (the heading was not followed
 * by a blank line), or a line right after a heading that names the next entries (two headings in a
 * row, the first section empty). Only a one-line block brings a heading back out of order.
 */
final class ListedBody {
  private final ParseState state;
  private final HeadingList list;
  private final boolean[] found;
  /** The entry expected next: every entry at or after it is still unfound. */
  private int next;

  private ListedBody(ParseState state, HeadingList list) {
    this.state = state;
    this.list = list;
    this.found = new boolean[list.entries().size()];
  }

  /** Walks the body after {@code list}, matching listed headings in order. */
  static BodyDraft parse(ParseState state, HeadingList list) {
    return new ListedBody(state, list).parse();
  }

  private BodyDraft parse() {
    Lines lines = state.lines;
    BodyDraft body = new BodyDraft(lines);
    for (int line = lines.nextNonBlank(list.endLine()); line >= 0; ) {
      int blockEnd = lines.blockEnd(line);
      int contentStart = line;
      boolean oneLine = blockEnd == line + 1;
      int entry = matchEntry(line, oneLine);
      while (entry >= 0) {
        openSection(body, line, entry);
        contentStart = ++line;
        // Two headings in a row: the next line is a heading too when it names an entry ahead.
        entry = line < blockEnd ? matchEntry(line, false) : -1;
      }
      if (contentStart < blockEnd) {
        BlockAssembler.addBlocks(state, body.current(), contentStart, blockEnd);
      }
      line = lines.nextNonBlank(blockEnd);
    }
    for (int i = 0; i < found.length; i++) {
      if (!found[i]) {
        state.warn(DiagnosticCode.HEADING_NOT_FOUND, "heading " + ParseState.quote(list.entries().get(i))
            + " is listed but not found in the body", list.lineOf(i));
      }
    }
    return body;
  }

  private void openSection(BodyDraft body, int line, int entry) {
    Lines lines = state.lines;
    found[entry] = true;
    if (entry < next) {
      state.warn(DiagnosticCode.HEADING_OUT_OF_ORDER, "heading " + ParseState.quote(lines.content(line))
          + " comes back out of the list's order", line);
    } else {
      next = entry + 1;
    }
    String listed = list.entries().get(entry);
    // Written as listed (the common case): the entry's text serves as the heading's.
    boolean asListed = lines.sameContent(line, list.lineOf(entry));
    String written = asListed ? listed : state.content(line);
    if (!asListed) {
      state.info(DiagnosticCode.HEADING_LOOSE_MATCH, "heading " + ParseState.quote(written)
          + " matches list entry " + ParseState.quote(listed) + " (line " + (list.lineOf(entry) + 1)
          + ") only loosely", line);
    }
    body.openSection(written, line);
  }

  /** The entry a line of its own names, or -1. */
  private int matchEntry(int line, boolean oneLine) {
    if (next < found.length && state.lines.sameContent(line, list.lineOf(next))) {
      // The common case, the heading expected next written exactly as listed: no fold. Measured: without
      // this the reference article parses 8% slower, the long one 16%.
      return next;
    }
    HeadingIndex.Group group = list.index().find(line);
    if (group == null) {
      return -1;
    }
    int ahead = group.firstAtOrAfter(next);
    if (ahead >= 0) {
      return ahead;
    }
    return oneLine ? group.firstUnfoundBefore(found, next) : -1;
  }
}

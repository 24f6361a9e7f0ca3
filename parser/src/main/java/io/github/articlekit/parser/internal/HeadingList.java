package io.github.articlekit.parser.internal;

import io.github.articlekit.core.internal.ChunkedList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * README rule 2, where the heading list ends: "the block of non-blank lines after the title. It ends
 * at a blank line, or at the line that repeats an entry (the body's first heading may follow the list
 * with no blank line). The body decides whether a block is a list: entries that come back as lines of
 * their own confirm it, however long they are; a block that reads as prose and never comes back is
 * the lead; short lines that never come back are a truncated article's list — unless the body has
 * headings of its own."
 *
 * <p>A repeated line is still an entry when the body brings that heading back as often as the block
 * lists it (a list with "En bref" twice). A block reads as prose when a line is longer than
 * {@value FormatBounds#PROSE_LINE_LENGTH} characters or at least half its lines end a sentence. Only
 * the block's first {@code maxHeadings + 1} lines are indexed: a list that would run past the limit
 * makes the block the lead when it reads as prose, and else the input is refused
 * ({@code LIMIT_EXCEEDED}).
 *
 * @param firstLine the list's first line (0-based)
 * @param entries the entries' texts, in list order
 * @param index the entries grouped by folded text, for matching body lines
 */
record HeadingList(int firstLine, List<String> entries, HeadingIndex index) {
  /** The line after the list: where the body starts. */
  int endLine() {
    return firstLine + entries.size();
  }

  /** The line of entry {@code entry}. */
  int lineOf(int entry) {
    return firstLine + entry;
  }

  /**
   * Finds the heading list in the block starting at {@code blockStart}, the first non-blank line after
   * the title.
   *
   * @return the list, or null when the block is not one
   */
  static @Nullable HeadingList find(ParseState state, int blockStart) {
    Lines lines = state.lines;
    int blockEnd = lines.blockEnd(blockStart);
    // A list within the limit ends by its limit-plus-first line: no more of the block is indexed.
    int indexed = (int) Math.min(blockEnd, (long) blockStart + state.maxHeadings() + 1);
    HeadingIndex index = new HeadingIndex(lines);
    // Chunked: a dead array of a list's 131,072 groups or more would be one humongous object (see ChunkedList).
    ChunkedList.Builder<HeadingIndex.Group> groups = new ChunkedList.Builder<>("groups");
    boolean repeated = false;
    for (int line = blockStart; line < indexed; line++) {
      HeadingIndex.Group group = index.add(line);
      groups.add(group);
      if (++group.listed == 2) {
        index.markRepeated(line);
        repeated = true;
      }
    }
    int listEnd = repeated ? cutAtRepeat(state, index, groups, blockStart, indexed, blockEnd) : indexed;
    if (listEnd - blockStart > state.maxHeadings()) {
      if (readsAsProse(lines, blockStart, blockEnd)) {
        return null; // a long lead, not a list
      }
      state.checkHeadings(listEnd - blockStart, blockStart);
    }
    ChunkedList.Builder<String> entries = new ChunkedList.Builder<>("headings");
    for (int i = 0; i < listEnd - blockStart; i++) {
      entries.add(lines.content(blockStart + i));
      groups.get(i).addEntry(i);
    }
    HeadingList list = new HeadingList(blockStart, entries.build(), index);
    return list.isConfirmed(state) ? list : null;
  }

  /**
   * The line where the list ends when a line repeats an entry: the first repeat that the body does not
   * bring back as often as the block lists it.
   */
  private static int cutAtRepeat(ParseState state, HeadingIndex index, List<HeadingIndex.Group> groups,
      int blockStart, int indexed, int blockEnd) {
    Lines lines = state.lines;
    for (int line = lines.nextNonBlank(blockEnd); line >= 0; line = lines.nextBlock(line)) {
      HeadingIndex.Group group = index.findRepeated(line);
      if (group != null && group.listed > 1) {
        group.inBody++;
      }
    }
    for (int line = blockStart; line < indexed; line++) {
      HeadingIndex.Group group = groups.get(line - blockStart);
      if (group.seenInList && group.inBody < group.listed) {
        return line;
      }
      group.seenInList = true;
    }
    return indexed;
  }

  /** Decided by the body first, then by looks. */
  private boolean isConfirmed(ParseState state) {
    Lines lines = state.lines;
    int end = endLine();
    for (int line = lines.nextNonBlank(end); line >= 0; line = lines.nextBlock(line)) {
      HeadingIndex.Group group = index.find(line);
      if (group != null && group.hasEntries()) {
        return true;
      }
    }
    // Nothing comes back: one short line is the body's first line, not a list.
    if (entries.size() < 2) {
      return false;
    }
    return !readsAsProse(lines, firstLine, end) && !InferredHeadings.anyFrom(state, end);
  }

  /** Whether lines {@code [from, to)} read as prose: a long line, or at least half of them end a sentence. */
  private static boolean readsAsProse(Lines lines, int from, int to) {
    int sentenceEnds = 0;
    for (int line = from; line < to; line++) {
      if (lines.contentLength(line) > FormatBounds.PROSE_LINE_LENGTH) {
        return true;
      }
      if (InferredHeadings.endsSentence(lines, line)) {
        sentenceEnds++;
      }
    }
    return sentenceEnds * 2 >= to - from;
  }
}

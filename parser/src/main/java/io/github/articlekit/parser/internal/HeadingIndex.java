package io.github.articlekit.parser.internal;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The lines of a candidate heading list, grouped by their {@linkplain HeadingFold folded} text, so that
 * a body line finds the entries it may bring back (README rule 3: "repeated headings match in
 * order"). The groups are in a {@link SplitMap} (JDK hash maps) keyed by the whole folded text: their
 * tree bins bound what colliding keys cost, so no input can make a lookup slow.
 *
 * <p>Speed trick, measured: a line is folded only when a group has its first and last letters (as
 * folded), which a bit set tells in one lookup. Most body lines are paragraphs ending with a full stop,
 * and are dismissed without being folded; without the filter the reference article parses a third
 * slower, the long one 14%. A false positive only costs one fold of the line.
 */
final class HeadingIndex {
  /** Bits of the first-and-last-letter filter. */
  private static final int FILTER_BITS = 1 << 12;

  private final Lines lines;
  private final HeadingFold fold = new HeadingFold();
  private final SplitMap<Group> groups = new SplitMap<>();
  private int groupCount;
  private final long[] ends = new long[FILTER_BITS / 64];
  /** The same filter for the groups the list repeats: only their lines are counted in the body. */
  private final long[] repeatedEnds = new long[FILTER_BITS / 64];
  /** A group's text begins or ends with a combining mark: no line can be dismissed by its letters. */
  private boolean anyEnds;
  private boolean anyRepeatedEnds;
  private int longestKey;
  /**
   * The last key looked up and its group (null for none). Speed trick, measured: a line that folds like
   * the last one looked up (a repeated short line) makes no key string, 48 bytes a line on
   * {@code tinyBlocks} (a tenth of what its parse allocates).
   */
  private @Nullable String lastKey;
  private @Nullable Group lastGroup;

  HeadingIndex(Lines lines) {
    this.lines = lines;
  }

  /** The group of a list line: the one its text folds like, else a new one. */
  Group add(int line) {
    String key = fold.fold(lines.input(), lines.contentStart(line), lines.contentEnd(line));
    Group group = groups.get(key);
    if (group == null) {
      lastKey = null; // a key looked up and missed may be a group now
      group = new Group(groupCount++);
      groups.put(key, group);
      longestKey = Math.max(longestKey, key.length());
      int bit = endsBit(line);
      if (bit < 0) {
        anyEnds = true;
      } else {
        ends[bit >>> 6] |= 1L << bit;
      }
    }
    return group;
  }

  /** Marks the group of list line {@code line} as one the list repeats, for {@link #findRepeated}. */
  void markRepeated(int line) {
    int bit = endsBit(line);
    if (bit < 0) {
      anyRepeatedEnds = true;
    } else {
      repeatedEnds[bit >>> 6] |= 1L << bit;
    }
  }

  /** The group of a line that may fold like a repeated group (see {@link #markRepeated}), or null. */
  @Nullable Group findRepeated(int line) {
    return mayMatch(line, repeatedEnds, anyRepeatedEnds) ? fold(line) : null;
  }

  /** The group whose text a non-blank line's content folds like, or null. */
  @Nullable Group find(int line) {
    return !groups.isEmpty() && mayMatch(line, ends, anyEnds) ? fold(line) : null;
  }

  /** Whether a line's first and last letters are those of a group in {@code filter}. */
  private boolean mayMatch(int line, long[] filter, boolean any) {
    if (any) {
      return true;
    }
    int bit = endsBit(line);
    return bit < 0 || (filter[bit >>> 6] & 1L << bit) != 0;
  }

  private @Nullable Group fold(int line) {
    int length = fold.foldToBuffer(lines.input(), lines.contentStart(line), lines.contentEnd(line), longestKey);
    if (length < 0) {
      return null;
    }
    String key = lastKey;
    if (key == null || !fold.holds(key, length)) {
      key = fold.folded(length);
      lastKey = key;
      lastGroup = groups.get(key);
    }
    return lastGroup;
  }

  /**
   * The filter bit of a line's first and last characters as folded, or -1 when a combining mark at
   * either end (or after the first) may change them under composition.
   */
  private int endsBit(int line) {
    String input = lines.input();
    int start = lines.contentStart(line);
    int end = lines.contentEnd(line);
    char first = input.charAt(start);
    char second = start + 1 < end ? input.charAt(start + 1) : ' ';
    char last = input.charAt(end - 1);
    if (HeadingFold.needsComposition(first) || HeadingFold.needsComposition(second)
        || HeadingFold.needsComposition(last)) {
      return -1;
    }
    int mixed = (Typography.foldHeadingChar(first) * 31 + Typography.foldHeadingChar(last)) * 0x9E3779B9;
    return mixed >>> (32 - 12);
  }

  /**
   * The list entries that share one folded text, in list order. Every entry at or after the matching
   * cursor {@code next} is still unfound (entries are only ever found at or before it), so the first
   * entry ahead is a binary search and the first unfound one behind a moving cursor: repeated headings
   * cost no rescans.
   */
  static final class Group {
    final int index;
    private int[] entries = new int[1];
    private int size;
    private int cursor;
    /** How often the block after the title lists this text, and how often the body brings it back. */
    int listed;
    int inBody;
    boolean seenInList;

    Group(int index) {
      this.index = index;
    }

    void addEntry(int entry) {
      if (size == entries.length) {
        entries = Arrays.copyOf(entries, size * 2);
      }
      entries[size++] = entry;
    }

    boolean hasEntries() {
      return size > 0;
    }

    /** The first entry at or after {@code next}, or -1. */
    int firstAtOrAfter(int next) {
      int index = Arrays.binarySearch(entries, 0, size, next);
      if (index < 0) {
        index = -index - 1;
      }
      return index < size ? entries[index] : -1;
    }

    /** The first entry not found yet, if it is before {@code next}; else -1. */
    int firstUnfoundBefore(boolean[] found, int next) {
      while (cursor < size && found[entries[cursor]]) {
        cursor++;
      }
      return cursor < size && entries[cursor] < next ? entries[cursor] : -1;
    }
  }
}

package io.github.articlekit.parser.internal;

import io.github.articlekit.core.internal.Texts;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The input cut into lines (README: "line ends may be \n, \r\n or \r, mixed"), and grouped into blocks
 * of non-blank lines ("blank means blank to a reader"). The index holds one int per line, where the
 * line's end is, one byte, how many blanks stand before and after its content (up to 14 each, else
 * found again when asked for), and one bit, whether it is blank: 5 bytes and a bit a line, whatever
 * the input. Speed trick, measured: the byte makes a line's content bounds two array reads; finding
 * them again each time a rule asks made the reference article parse 18% slower, the long one 10%.
 */
final class Lines {
  private final String input;
  /** Where each line's terminator starts (the input's length for the last line). */
  private final int[] ends;
  private final int count;
  private final long[] blank;
  /** Per line: blanks before the content (from just past the previous line end's first character) in the high nibble, after it in the low one; 15 is "more". */
  private final byte[] trim;
  private final byte @Nullable [] latin1;

  Lines(String input) {
    this.input = input;
    TextCheck check = new TextCheck(input);
    this.latin1 = check.latin1();
    int[] found = check.lineFeeds();
    int[] lineEnds;
    int lineCount;
    if (found != null) {
      lineCount = check.lineFeedCount() + 1;
      lineEnds = found.length >= lineCount ? found : Arrays.copyOf(found, lineCount);
    } else {
      lineEnds = findLineEnds(input, check.lineFeedsEndLines());
      lineCount = lineEnds.length;
    }
    lineEnds[lineCount - 1] = input.length();
    this.ends = lineEnds;
    this.count = lineCount;
    this.blank = new long[(lineCount + 63) >>> 6];
    this.trim = new byte[lineCount];
    for (int line = 0; line < lineCount; line++) {
      int base = base(line);
      int end = ends[line];
      int first = Texts.firstNonBlank(input, base, end);
      if (first < 0) {
        blank[line >>> 6] |= 1L << line;
      } else {
        int lead = Math.min(first - base, MORE);
        int trail = Math.min(end - Texts.endOfNonBlank(input, first, end), MORE);
        trim[line] = (byte) (lead << 4 | trail);
      }
    }
  }

  private static final int MORE = 15;

  /** Just past the previous line end's first character: the line's start, or a "\r\n"'s '\n'. */
  private int base(int line) {
    return line == 0 ? 0 : ends[line - 1] + 1;
  }

  /**
   * The line ends, with the input's length last: counted first, so that the array is made once at its
   * size. With {@code lineFeedsOnly} every carriage return precedes a line feed and ends no line.
   */
  private static int[] findLineEnds(String s, boolean lineFeedsOnly) {
    int length = s.length();
    int lineCount = 1;
    for (int i = 0; i < length; i++) {
      char c = s.charAt(i);
      if (c == '\n' || (c == '\r' && !lineFeedsOnly && (i + 1 >= length || s.charAt(i + 1) != '\n'))) {
        lineCount++;
      }
    }
    int[] lineEnds = new int[lineCount];
    int line = 0;
    for (int i = 0; i < length; i++) {
      char c = s.charAt(i);
      if (c == '\n' || (c == '\r' && !lineFeedsOnly)) {
        lineEnds[line++] = i;
        if (c == '\r' && i + 1 < length && s.charAt(i + 1) == '\n') {
          i++; // "\r\n" is one line end, at its '\r'
        }
      }
    }
    return lineEnds;
  }


  String input() {
    return input;
  }

  int count() {
    return count;
  }

  boolean isBlank(int line) {
    return (blank[line >>> 6] & 1L << line) != 0;
  }

  /** Where the line starts, its indentation included. */
  int start(int line) {
    int base = base(line);
    // A "\r\n" line end is noted at its '\r' when carriage returns end lines too.
    return base > 0 && base < input.length() && input.charAt(base) == '\n' && input.charAt(base - 1) == '\r' ? base + 1 : base;
  }

  /** The line's first non-blank character, or its end for a blank line. */
  int contentStart(int line) {
    if (isBlank(line)) {
      return ends[line];
    }
    int lead = trim[line] >>> 4 & 0xF;
    return lead < MORE ? base(line) + lead : Texts.firstNonBlank(input, base(line), ends[line]);
  }

  /** Just past the line's last non-blank character. */
  int contentEnd(int line) {
    int trail = trim[line] & 0xF;
    return trail < MORE ? ends[line] - trail : Texts.endOfNonBlank(input, base(line), ends[line]);
  }

  int contentLength(int line) {
    return isBlank(line) ? 0 : contentEnd(line) - contentStart(line);
  }

  /** The line's content, blanks at both ends excluded. */
  String content(int line) {
    return isBlank(line) ? "" : input.substring(contentStart(line), contentEnd(line));
  }

  /** The last character of a non-blank line's content. */
  char lastChar(int line) {
    return input.charAt(contentEnd(line) - 1);
  }

  /** 1-based column of the line's content. */
  int contentColumn(int line) {
    return isBlank(line) ? 1 : contentStart(line) - start(line) + 1;
  }

  /** Whether two lines' contents are the same text. */
  boolean sameContent(int line, int other) {
    int start = contentStart(line);
    int length = contentEnd(line) - start;
    int otherStart = contentStart(other);
    if (length != contentEnd(other) - otherStart) {
      return false;
    }
    byte[] bytes = latin1;
    // Speed trick: the Latin-1 copy compares as a vectorized byte range (see BoilerplatePhrases for
    // what dropping it with two other small tricks cost).
    return bytes != null ? Arrays.equals(bytes, start, start + length, bytes, otherStart, otherStart + length)
        : input.regionMatches(start, input, otherStart, length);
  }

  /** The first non-blank line at or after {@code from}, or -1. */
  int nextNonBlank(int from) {
    for (int line = from; line < count; line++) {
      if (!isBlank(line)) {
        return line;
      }
    }
    return -1;
  }

  /** Whether the non-blank line at {@code line} is a block on its own: no non-blank line follows it. */
  boolean isOneLineBlock(int line) {
    return line + 1 >= count || isBlank(line + 1);
  }

  /** The first line of the next block after the block that {@code line} is in, or -1. */
  int nextBlock(int line) {
    return nextNonBlank(blockEnd(line));
  }

  /** The line after the block of non-blank lines that starts at {@code line}. */
  int blockEnd(int line) {
    int end = line + 1;
    while (end < count && !isBlank(end)) {
      end++;
    }
    return end;
  }
}

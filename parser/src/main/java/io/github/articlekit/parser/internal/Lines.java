package io.github.articlekit.parser.internal;

import io.github.articlekit.core.ArticleException;
import io.github.articlekit.core.internal.Texts;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The input cut into lines: for each line its start and its content (blank characters at both ends
 * excluded). Line ends are {@code \n}, {@code \r\n} and {@code \r}, mixed freely. Characters that
 * are not text are refused first, in a pass that also notes the line feeds of Latin-1 text.
 */
final class Lines {
  /** Per thread, a chunk of the input copied out for validation; never shared between parses running at once. */
  private static final ThreadLocal<char[]> CHUNK = ThreadLocal.withInitial(() -> new char[4096]);

  final String input;
  int count;
  int[] start;
  /** First non-blank character, or -1 for a blank line. */
  int[] contentStart;
  /** Just past the last non-blank character. */
  int[] contentEnd;
  /** The input as Latin-1 bytes, one per character, when every character is Latin-1; else null. */
  private byte @Nullable [] latin1;
  private boolean latin1Only;
  /** The line feeds' offsets, in order, when the Latin-1 check saw them all; else null. */
  private int @Nullable [] lineFeeds;
  private int lineFeedCount;

  Lines(String input) {
    this.input = input;
    // News text averages 40 to 80 characters a line: start near the right size, grow if needed.
    int capacity = Math.max(16, input.length() / 40);
    start = new int[capacity];
    contentStart = new int[capacity];
    contentEnd = new int[capacity];
    split();
  }

  private void split() {
    if (!validate()) {
      splitAnyLineEnds();
    } else if (lineFeeds != null) {
      splitAtFoundLineFeeds(lineFeeds, lineFeedCount);
    } else {
      splitAtLineFeeds();
    }
  }

  /**
   * Refuses characters that are not text and tells whether every carriage return is followed by a
   * line feed (so that line feeds alone end lines). Text that encodes to Latin-1 position for position
   * is checked sixteen characters at a time, with few branches (accented letters make a per-character
   * loop mispredict), and its line feeds are noted on the way; other text, or text where that check
   * keeps stopping, is checked one character at a time.
   */
  private boolean validate() {
    String s = input;
    if (s.length() >= MIN_WORDWISE_LENGTH) {
      // Unmappable characters become '?'; a surrogate pair becomes one, which shortens the bytes.
      byte[] bytes = s.getBytes(StandardCharsets.ISO_8859_1);
      if (bytes.length == s.length()) {
        latin1Only = true;
        lineFeeds = new int[start.length];
        boolean lineFeedsEndLines = validateLatin1(bytes);
        latin1 = latin1Only ? bytes : null;
        return lineFeedsEndLines;
      }
    }
    return validateChars(0, true);
  }

  /** Shorter texts are not worth the Latin-1 copy. */
  private static final int MIN_WORDWISE_LENGTH = 64;
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGH_BITS = 0x8080808080808080L;

  /**
   * Checks the Latin-1 form of the input sixteen bytes (characters) at a time: a word of eight with no
   * byte below 0x20, in 0x7F..0x9F or equal to '?' (where an unmappable character may stand) is text;
   * other words are looked at byte by byte.
   */
  private boolean validateLatin1(byte[] latin1) {
    int length = latin1.length;
    boolean lineFeedsEndLines = true;
    int slowBlocks = 0;
    int i = 0;
    for (; i + 16 <= length; i += 16) {
      long lowWord = (long) LONGS.get(latin1, i);
      long highWord = (long) LONGS.get(latin1, i + 8);
      long lowStops = stops(lowWord);
      long highStops = stops(highWord);
      if ((lowStops | highStops) == 0) {
        continue;
      }
      // Line feeds stop about one block a line; text in another script stops nearly every block.
      if (++slowBlocks > 32 && slowBlocks * 2 > (i >>> 4) + 1) {
        latin1Only = false;
        lineFeeds = null;
        return validateChars(i, lineFeedsEndLines);
      }
      if (lowStops != 0) {
        lineFeedsEndLines &= checkStops(latin1, i, lowWord, lowStops);
      }
      if (highStops != 0) {
        lineFeedsEndLines &= checkStops(latin1, i + 8, highWord, highStops);
      }
    }
    for (; i < length; i++) {
      lineFeedsEndLines &= checkLatin1(latin1, i);
    }
    return lineFeedsEndLines;
  }

  /**
   * Checks the bytes of the word at {@code at} that {@link #stops} flags, lowest first: the lowest flag
   * is always a byte to check (flags above it may only be a borrow's echo), so after checking it the
   * word is flagged again with it and the bytes below it taken as plain letters.
   */
  private boolean checkStops(byte[] latin1, int at, long word, long stops) {
    boolean lineFeedsEndLines = true;
    while (stops != 0) {
      int k = Long.numberOfTrailingZeros(stops) >>> 3;
      lineFeedsEndLines &= checkLatin1(latin1, at + k);
      if (k == 7) {
        break;
      }
      long checked = (1L << (8 * k + 8)) - 1;
      word = (word & ~checked) | ('A' * ONES & checked);
      stops = stops(word);
    }
    return lineFeedsEndLines;
  }

  /**
   * The high bit of each byte of {@code word} set where the byte may not be plain text (and maybe
   * above it, where a borrow ran on): below 0x20, 0x7F..0x9F (and 0xFF) or '?'.
   */
  private static long stops(long word) {
    // The low 7 bits plus one take controls and 0x80..0x9F to 0x01..0x20, and 0x7F and 0xFF to 0.
    long shifted = ((word & ~HIGH_BITS) + ONES) & ~HIGH_BITS;
    long question = word ^ ('?' * ONES);
    return (((shifted - 0x21 * ONES) & ~shifted) | ((question - ONES) & ~question)) & HIGH_BITS;
  }

  /** Checks one character through its Latin-1 byte; false for a carriage return without a line feed. */
  private boolean checkLatin1(byte[] latin1, int i) {
    int b = latin1[i] & 0xFF;
    if (b == '?') {
      char c = input.charAt(i);
      if (c != '?') {
        if (Character.isSurrogate(c)) {
          refuse("a lone surrogate", i); // a pair would have made the bytes shorter
        }
        latin1Only = false;
      }
      return true;
    }
    return (b >= ' ' && b < 0x7F) || b > 0x9F || checkControlOrLineEnd((char) b, i);
  }

  /**
   * Checks a character below U+00A0 that is not printable ASCII: line ends, the allowed controls, or a
   * refusal. False for a carriage return without a line feed after it.
   */
  private boolean checkControlOrLineEnd(char c, int i) {
    if (c == '\r') {
      return i + 1 < input.length() && input.charAt(i + 1) == '\n';
    }
    if (c == '\n') {
      addLineFeed(i);
    } else {
      checkControl(c, i);
    }
    return true;
  }

  /** Checks the characters from {@code from} on, one at a time. */
  private boolean validateChars(int from, boolean lineFeedsEndLines) {
    String s = input;
    int length = s.length();
    char[] chunk = CHUNK.get();
    for (; from < length; from += chunk.length) {
      int to = Math.min(length, from + chunk.length);
      s.getChars(from, to, chunk, 0); // scanning an array beats charAt on a UTF-16 string
      for (int j = 0, n = to - from; j < n; j++) {
        char c = chunk[j];
        if (c >= ' ' && c < 0x7F) {
          continue;
        }
        int i = from + j;
        if (c <= 0x9F) {
          lineFeedsEndLines &= checkControlOrLineEnd(c, i);
        } else if (Character.isSurrogate(c)) {
          if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(s.charAt(i + 1))) {
            if (j + 1 < n) {
              j++;
            } else {
              from++; // the low half opens the next chunk: start it one further
            }
          } else {
            refuse("a lone surrogate", i);
          }
        }
      }
    }
    return lineFeedsEndLines;
  }

  private void addLineFeed(int offset) {
    int[] found = lineFeeds;
    if (found == null) {
      return; // checked one character at a time: splitting looks for them itself
    }
    if (lineFeedCount == found.length) {
      found = Arrays.copyOf(found, lineFeedCount * 2);
      lineFeeds = found;
    }
    found[lineFeedCount++] = offset;
  }

  /** Lines end at the line feeds the check found (a carriage return before one is a trailing blank). */
  private void splitAtFoundLineFeeds(int[] found, int count) {
    int lineStart = 0;
    for (int k = 0; k <= count; k++) {
      int end = k < count ? found[k] : input.length();
      addTrimmed(lineStart, end);
      lineStart = end + 1;
    }
  }

  private void addTrimmed(int lineStart, int end) {
    String s = input;
    int first = lineStart;
    while (first < end && Texts.isBlankChar(s.charAt(first))) {
      first++;
    }
    if (first == end) {
      add(lineStart, -1, lineStart);
    } else {
      add(lineStart, first, Texts.endOfNonBlank(s, first, end));
    }
  }

  /** Lines end at line feeds (a carriage return before one is a trailing blank): found by indexOf. */
  private void splitAtLineFeeds() {
    String s = input;
    int length = s.length();
    int lineStart = 0;
    while (true) {
      int lineEnd = s.indexOf('\n', lineStart);
      addTrimmed(lineStart, lineEnd < 0 ? length : lineEnd);
      if (lineEnd < 0) {
        return;
      }
      lineStart = lineEnd + 1;
    }
  }

  /** Lines end at {@code \n}, {@code \r\n} or a lone {@code \r}: one pass, character by character. */
  private void splitAnyLineEnds() {
    String s = input;
    int length = s.length();
    int lineStart = 0;
    int firstVisible = -1;
    int lastVisibleEnd = 0;
    for (int i = 0; i < length; i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r') {
        add(lineStart, firstVisible, lastVisibleEnd);
        if (c == '\r' && i + 1 < length && s.charAt(i + 1) == '\n') {
          i++;
        }
        lineStart = i + 1;
        firstVisible = -1;
        continue;
      }
      if (!Texts.isBlankChar(c)) {
        if (firstVisible < 0) {
          firstVisible = i;
        }
        lastVisibleEnd = i + 1;
      }
    }
    add(lineStart, firstVisible, lastVisibleEnd);
  }

  /** Refuses control characters but tab, vertical tab, form feed and next line. */
  private void checkControl(char c, int offset) {
    if (c == '\t' || c == '\f' || c == 0x0B || c == 0x85) {
      return;
    }
    refuse(String.format("control character U+%04X", (int) c), offset);
  }

  private void refuse(String what, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      char c = input.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= offset || input.charAt(i + 1) != '\n'))) {
        line++;
        lineStart = i + 1;
      }
    }
    int column = offset - lineStart + 1;
    throw new ArticleException(ArticleException.NOT_TEXT,
        "Input is not text: " + what + " at line " + line + ", column " + column
            + " (character offset " + offset + ")",
        line, column, -1, null);
  }

  private void add(int lineStart, int firstVisible, int lastVisibleEnd) {
    if (count == start.length) {
      int capacity = count * 2;
      start = Arrays.copyOf(start, capacity);
      contentStart = Arrays.copyOf(contentStart, capacity);
      contentEnd = Arrays.copyOf(contentEnd, capacity);
    }
    start[count] = lineStart;
    contentStart[count] = firstVisible;
    contentEnd[count] = firstVisible < 0 ? lineStart : lastVisibleEnd;
    count++;
  }

  boolean isBlank(int line) {
    return contentStart[line] < 0;
  }

  /** The line's content, blanks at both ends excluded. */
  String content(int line) {
    return contentStart[line] < 0 ? "" : input.substring(contentStart[line], contentEnd[line]);
  }

  int contentLength(int line) {
    return contentStart[line] < 0 ? 0 : contentEnd[line] - contentStart[line];
  }

  /** Whether two lines' contents are the same text. */
  boolean sameContent(int line, int other) {
    int length = contentLength(line);
    if (length != contentLength(other)) {
      return false;
    }
    if (length == 0) {
      return true;
    }
    int start = contentStart[line];
    int otherStart = contentStart[other];
    byte[] bytes = latin1;
    return bytes != null ? Arrays.equals(bytes, start, start + length, bytes, otherStart, otherStart + length)
        : input.regionMatches(start, input, otherStart, length);
  }

  /** 1-based column of the line's content. */
  int contentColumn(int line) {
    return contentStart[line] < 0 ? 1 : contentStart[line] - start[line] + 1;
  }
}

package io.github.articlekit.parser.internal;

import io.github.articlekit.core.ArticleException;
import io.github.articlekit.core.ErrorCode;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Refuses input that is not text: NUL and the other control characters (tab, vertical tab, form feed
 * and next line aside; line ends are line ends) and lone surrogates, as {@code NOT_TEXT} with their line
 * and column. Text that encodes to Latin-1 position for position is checked sixteen characters at a
 * time, and its line feeds are noted on the way for {@link Lines}. Speed trick, measured: without it
 * (the per-character loop for all text, which mispredicts on accented letters) the reference article
 * and the long one parse a third slower; other text takes that loop.
 */
final class TextCheck {
  /** Shorter texts are not worth the Latin-1 copy. */
  private static final int MIN_WORDWISE_LENGTH = 64;
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGH_BITS = 0x8080808080808080L;

  private final String input;
  /** The input as Latin-1 bytes, one per character, when every character is Latin-1; else null. */
  private byte @Nullable [] latin1;
  private boolean latin1Only;
  /** The line feeds' offsets, in order, while the Latin-1 check sees them all; else null. */
  private int @Nullable [] lineFeeds;
  private int lineFeedCount;
  /** Whether every carriage return is followed by a line feed, so that line feeds alone end lines. */
  private final boolean lineFeedsEndLines;

  TextCheck(String input) {
    this.input = input;
    this.lineFeedsEndLines = check();
  }

  /** @return the Latin-1 bytes of an all-Latin-1 input, for fast comparisons; else null */
  byte @Nullable [] latin1() {
    return latin1;
  }

  /**
   * The offsets of every line feed, in order, when line feeds alone end lines and the check noted
   * them; else null, and {@link Lines} finds the line ends itself. Entries past {@link #lineFeedCount()}
   * are free space.
   */
  int @Nullable [] lineFeeds() {
    return lineFeedsEndLines ? lineFeeds : null;
  }

  int lineFeedCount() {
    return lineFeedCount;
  }

  boolean lineFeedsEndLines() {
    return lineFeedsEndLines;
  }

  private boolean check() {
    String s = input;
    if (s.length() >= MIN_WORDWISE_LENGTH) {
      // Unmappable characters become '?'; a surrogate pair becomes one, which shortens the bytes.
      byte[] bytes = s.getBytes(StandardCharsets.ISO_8859_1);
      if (bytes.length == s.length()) {
        latin1Only = true;
        lineFeeds = new int[Math.max(16, s.length() / 40)];
        boolean result = checkLatin1(bytes);
        latin1 = latin1Only ? bytes : null;
        return result;
      }
    }
    return checkChars(0, true);
  }

  /**
   * Checks the Latin-1 form sixteen bytes at a time: a word of eight with no byte below 0x20, in
   * 0x7F..0x9F or equal to '?' (where an unmappable character may stand) is text; other words are
   * looked at byte by byte.
   */
  private boolean checkLatin1(byte[] bytes) {
    int length = bytes.length;
    boolean endsAtLineFeeds = true;
    int slowBlocks = 0;
    int i = 0;
    for (; i + 16 <= length; i += 16) {
      long lowWord = (long) LONGS.get(bytes, i);
      long highWord = (long) LONGS.get(bytes, i + 8);
      long lowStops = stops(lowWord);
      long highStops = stops(highWord);
      if ((lowStops | highStops) == 0) {
        continue;
      }
      // Line feeds stop about one block a line; text in another script stops nearly every block.
      if (++slowBlocks > 32 && slowBlocks * 2 > (i >>> 4) + 1) {
        latin1Only = false;
        lineFeeds = null;
        return checkChars(i, endsAtLineFeeds);
      }
      if (lowStops != 0) {
        endsAtLineFeeds &= checkStops(bytes, i, lowWord, lowStops);
      }
      if (highStops != 0) {
        endsAtLineFeeds &= checkStops(bytes, i + 8, highWord, highStops);
      }
    }
    for (; i < length; i++) {
      endsAtLineFeeds &= checkByte(bytes, i);
    }
    return endsAtLineFeeds;
  }

  /**
   * Checks the bytes of the word at {@code at} that {@link #stops} flags, lowest first: the lowest flag
   * is always a byte to check (flags above it may only be a borrow's echo), so after checking it the
   * word is flagged again with it and the bytes below it taken as plain letters.
   */
  private boolean checkStops(byte[] bytes, int at, long word, long stops) {
    boolean endsAtLineFeeds = true;
    while (stops != 0) {
      int k = Long.numberOfTrailingZeros(stops) >>> 3;
      endsAtLineFeeds &= checkByte(bytes, at + k);
      if (k == 7) {
        break;
      }
      long checked = (1L << (8 * k + 8)) - 1;
      word = (word & ~checked) | ('A' * ONES & checked);
      stops = stops(word);
    }
    return endsAtLineFeeds;
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
  private boolean checkByte(byte[] bytes, int i) {
    int b = bytes[i] & 0xFF;
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
    } else if (!(c == '\t' || c == '\f' || c == 0x0B || c == 0x85)) {
      refuse(String.format("control character U+%04X", (int) c), i);
    }
    return true;
  }

  /** Checks the characters from {@code from} on, one at a time. */
  private boolean checkChars(int from, boolean endsAtLineFeeds) {
    String s = input;
    int length = s.length();
    for (int i = from; i < length; i++) {
      char c = s.charAt(i);
      if (c >= ' ' && c < 0x7F) {
        continue;
      }
      if (c <= 0x9F) {
        endsAtLineFeeds &= checkControlOrLineEnd(c, i);
      } else if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
        } else {
          refuse("a lone surrogate", i);
        }
      }
    }
    return endsAtLineFeeds;
  }

  private void addLineFeed(int offset) {
    int[] found = lineFeeds;
    if (found == null) {
      return; // checked one character at a time: Lines looks for them itself
    }
    if (lineFeedCount == found.length) {
      // Grown to what the rest of the input will need at this rate, so that an input of short lines
      // is copied about once, not a dozen times (the copies are what a 16 MiB input of line feeds peaks on).
      long atThisRate = (long) lineFeedCount * input.length() / (offset + 1) + 64;
      int capacity = (int) Math.min(input.length() + 1L, Math.max(atThisRate, lineFeedCount + (lineFeedCount >> 1) + 16L));
      found = Arrays.copyOf(found, capacity);
      lineFeeds = found;
    }
    found[lineFeedCount++] = offset;
  }

  private void refuse(String what, int offset) {
    int[] place = InputReader.lineAndColumn(input, offset);
    int line = place[0];
    int column = place[1];
    throw ArticleException.at(ErrorCode.NOT_TEXT,
        "Input is not text: " + what + " at line " + line + ", column " + column
            + " (character offset " + offset + ")",
        line, column);
  }
}

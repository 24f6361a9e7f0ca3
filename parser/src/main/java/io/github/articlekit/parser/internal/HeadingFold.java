package io.github.articlekit.parser.internal;

import io.github.articlekit.core.internal.Texts;
import java.text.Normalizer;
import org.jspecify.annotations.Nullable;

/**
 * The loose form in which a body line is compared with a list entry (README rule 3): "a heading
 * matches its entry loosely (case, repeated or no-break spaces, typographic apostrophes, quotes and
 * dashes, trailing spaces)". Spaces inside quotes and before {@code ? ! : ;} do not count either, and
 * text with combining marks is compared in its composed form. One instance per parse: it reuses a
 * buffer.
 */
final class HeadingFold {
  /** In {@link #LATIN1}: the character is blank. */
  private static final char BLANK = 0;
  /** Latin-1 characters as folded, one lookup each ({@link #BLANK} for blanks). */
  private static final char[] LATIN1 = buildLatin1();

  private char[] chars = new char[64];

  /** The folded form of {@code text[start, end)}. */
  String fold(CharSequence text, int start, int end) {
    String folded = fold(text, start, end, Integer.MAX_VALUE);
    if (folded == null) {
      throw new IllegalStateException("no bound was set");
    }
    return folded;
  }

  /**
   * The folded form of {@code text[start, end)}, or null as soon as it is known to be longer than
   * {@code maxLength}: a body paragraph is dismissed after a heading's length, not folded whole.
   */
  @Nullable String fold(CharSequence text, int start, int end, int maxLength) {
    int length = foldToBuffer(text, start, end, maxLength);
    return length < 0 ? null : folded(length);
  }

  /**
   * Folds {@code text[start, end)} into this instance's buffer, making no string: the folded length, or
   * -1 as soon as it is known to be longer than {@code maxLength}.
   */
  int foldToBuffer(CharSequence text, int start, int end, int maxLength) {
    int length = foldInPlace(text, start, end, false, maxLength);
    if (length == NEEDS_COMPOSITION) {
      String composed = Normalizer.normalize(text.subSequence(start, end), Normalizer.Form.NFC);
      length = foldInPlace(composed, 0, composed.length(), true, maxLength);
    }
    return length == TOO_LONG ? -1 : length;
  }

  /** Whether the buffer, as the last {@link #foldToBuffer} of {@code length} left it, holds {@code text}. */
  boolean holds(String text, int length) {
    if (text.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (chars[i] != text.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** The buffer's text, as the last {@link #foldToBuffer} of {@code length} left it. */
  String folded(int length) {
    return new String(chars, 0, length);
  }

  private static final int NEEDS_COMPOSITION = -1;
  private static final int TOO_LONG = -2;

  /**
   * Folds into {@link #chars} and returns the length; {@link #NEEDS_COMPOSITION} at a character that
   * composition would change (unless the text is composed already), {@link #TOO_LONG} past the bound.
   */
  private int foldInPlace(CharSequence text, int start, int end, boolean composed, int maxLength) {
    int length = 0;
    boolean pendingSpace = false;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c < LATIN1.length) {
        c = LATIN1[c];
        if (c == BLANK) {
          pendingSpace = length > 0;
          continue;
        }
      } else if (Texts.isBlankChar(c)) {
        pendingSpace = length > 0;
        continue;
      } else if (!composed && needsComposition(c)) {
        return NEEDS_COMPOSITION;
      } else {
        c = Typography.foldHeadingChar(c);
      }
      if (length + 2 > chars.length) {
        chars = java.util.Arrays.copyOf(chars, chars.length * 2); // never past the bound plus two
      }
      if (pendingSpace) {
        char previous = chars[length - 1];
        if (!(previous == '"' || c == '"' || c == '?' || c == '!' || c == ':' || c == ';')) {
          chars[length++] = ' ';
        }
        pendingSpace = false;
      }
      chars[length++] = c;
      if (length > maxLength) {
        return TOO_LONG;
      }
    }
    return length;
  }

  /** Combining marks and conjoining jamo change under NFC; precomposed letters do not. */
  static boolean needsComposition(char c) {
    if (c < 0x300) {
      return false;
    }
    if (c >= 0x1100 && c <= 0x11FF) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static char[] buildLatin1() {
    char[] table = new char[0x100];
    for (char c = 0; c < table.length; c++) {
      table[c] = Texts.isBlankChar(c) ? BLANK : Typography.foldHeadingChar(c);
    }
    return table;
  }
}

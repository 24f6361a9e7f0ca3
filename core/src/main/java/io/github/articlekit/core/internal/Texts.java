package io.github.articlekit.core.internal;

/**
 * Character classes shared by the model's checks and the parser.
 *
 * <p>"Blank" here means blank to a reader: besides Java's white space it covers the no-break spaces
 * (U+00A0, U+2007, U+202F), zero-width spaces and joiners, and the byte order mark, which
 * {@link String#isBlank()} and {@link String#strip()} do not treat as white space.
 */
public final class Texts {
  private Texts() {}

  /** Whether {@code c} is invisible spacing to a reader. */
  public static boolean isBlankChar(char c) {
    if (c <= ' ') {
      // Java's white space among the controls: tab, line feed, vertical tab, form feed, carriage
      // return, and the file, group, record and unit separators U+001C..U+001F.
      return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
    }
    // Range checks rather than a switch: most characters that get here are Latin letters.
    if (c < 0x1680) {
      return c == 0x85 || c == 0xA0; // next line, no-break space
    }
    if (c < 0x2000) {
      return c == 0x1680 || c == 0x180E; // Ogham space mark, Mongolian vowel separator
    }
    if (c <= 0x200D) {
      return true; // en quad .. hair space (figure space U+2007 included), zero-width space and joiners
    }
    if (c < 0x3000) {
      // line and paragraph separators, narrow no-break space, medium mathematical space, word joiner
      return c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x2060;
    }
    return c == 0x3000 || c == 0xFEFF; // ideographic space, byte order mark
  }

  /** Whether {@code s} holds nothing a reader would see. */
  public static boolean isBlank(CharSequence s) {
    return firstNonBlank(s, 0, s.length()) < 0;
  }

  /** Index of the first non-blank character in {@code [from, to)}, or -1. */
  public static int firstNonBlank(CharSequence s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isBlankChar(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /** Index just after the last non-blank character in {@code [from, to)}, or {@code from}. */
  public static int endOfNonBlank(CharSequence s, int from, int to) {
    int end = to;
    while (end > from && isBlankChar(s.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  /** {@code s} without leading and trailing reader-blank characters. */
  public static String strip(String s) {
    int start = firstNonBlank(s, 0, s.length());
    if (start < 0) {
      return "";
    }
    int end = endOfNonBlank(s, start, s.length());
    return start == 0 && end == s.length() ? s : s.substring(start, end);
  }

  /**
   * Throws {@link IllegalArgumentException} naming {@code field} when {@code value} is blank.
   *
   * @return {@code value}
   */
  public static String requireNonBlank(String value, String field) {
    if (isBlank(value)) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    return value;
  }

  /**
   * Throws {@link IllegalArgumentException} naming {@code field} when {@code value} is blank or holds a
   * line break: the model's texts are single lines (a hard-wrapped paragraph's lines are joined with
   * spaces), which is what lets an article be written back in the layout and parsed again.
   *
   * @return {@code value}
   */
  public static String requireOneLineText(String value, String field) {
    requireNonBlank(value, field);
    if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
      throw new IllegalArgumentException(field + " must be a single line (join wrapped lines with spaces)");
    }
    return value;
  }

  /**
   * Counts words: maximal runs of letters or digits (any plane), with the combining marks of
   * decomposed text and apostrophes and hyphens between two letters or digits inside a run.
   */
  public static int countWords(CharSequence s) {
    int words = 0;
    boolean inWord = false;
    int length = s.length();
    int i = 0;
    while (i < length) {
      int c = Character.codePointAt(s, i);
      int next = i + Character.charCount(c);
      boolean wordChar = Character.isLetterOrDigit(c)
          || (inWord && isCombiningMark(c))
          || (inWord && (c == '\'' || c == '\u2019' || c == '-') && next < length
              && Character.isLetterOrDigit(Character.codePointAt(s, next)));
      if (wordChar && !inWord) {
        words++;
      }
      inWord = wordChar;
      i = next;
    }
    return words;
  }

  private static boolean isCombiningMark(int c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }
}

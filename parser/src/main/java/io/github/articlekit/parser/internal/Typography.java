package io.github.articlekit.parser.internal;

import io.github.articlekit.core.internal.Texts;
import java.text.Normalizer;

/**
 * The one folding table of the parser: which typographic characters count as the same. Headings
 * (README rule 3: "case, repeated or no-break spaces, typographic apostrophes, quotes and dashes")
 * and markers and phrases (rules 4 and 5: "case- and accent-insensitive") both fold through
 * {@link #foldMark}, so a mark that matches in one place matches in the other.
 */
final class Typography {
  private Typography() {}

  /** Typographic apostrophes, quotes and dashes as their ASCII form; other characters unchanged. */
  static char foldMark(char c) {
    switch (c) {
      case '\u2018': // ‘ ’ ‚ ‛
      case '\u2019':
      case '\u201A':
      case '\u201B':
      case '\u02BC': // modifier letter apostrophe
      case '\u00B4': // acute accent used as an apostrophe
      case '`':
      case '\u2032': // prime
        return '\'';
      case '\u00AB': // « »
      case '\u00BB':
      case '\u201C': // “ ” „ ‟
      case '\u201D':
      case '\u201E':
      case '\u201F':
      case '\u2033': // double prime
      case '\u2039': // ‹ ›
      case '\u203A':
        return '"';
      case '\u2010': // hyphens and dashes, minus sign
      case '\u2011':
      case '\u2012':
      case '\u2013':
      case '\u2014':
      case '\u2015':
      case '\u2212':
        return '-';
      default:
        return c;
    }
  }

  /** Whether {@code c} is a hyphen: joined to letters on both sides, it is part of a word. */
  static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }

  /** A heading character as {@link HeadingFold} folds it: typography, then lower case. */
  static char foldHeadingChar(char c) {
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c == '`' ? '\'' : c;
    }
    return Character.toLowerCase(foldMark(c));
  }

  /** A term character as {@link #foldTerm} folds it: typography, accents dropped, upper case; blanks as a space. */
  static char foldTermChar(char c) {
    if (c < 0x80) {
      if (c >= 'a' && c <= 'z') {
        return (char) (c - ('a' - 'A'));
      }
      return c == '\t' ? ' ' : c == '`' ? '\'' : c;
    }
    if (Texts.isBlankChar(c)) {
      return ' ';
    }
    return c < BASE_LETTERS.length ? BASE_LETTERS[c] : Character.toUpperCase(foldMark(c));
  }

  /** Whether a character as {@link #foldTermChar} folded it belongs to a word. */
  static boolean isWordChar(char folded) {
    return folded < 0x80 ? (folded >= 'A' && folded <= 'Z') || (folded >= '0' && folded <= '9')
        : Character.isLetterOrDigit(folded) || Character.isSurrogate(folded);
  }

  /**
   * Folds a marker or phrase (or a text compared with one) to its words: letters without accents, upper
   * case, typographic marks as ASCII, punctuation dropped, single spaces between words.
   */
  static String foldTerm(CharSequence text) {
    char[] out = new char[text.length()];
    int length = 0;
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = foldTermChar(text.charAt(i));
      if (isWordChar(c)) {
        if (space && length > 0) {
          out[length++] = ' '; // only ever before a word character, so out never overflows
        }
        space = false;
        out[length++] = c;
      } else {
        space = true;
      }
    }
    return new String(out, 0, length);
  }

  /** Upper-case base letters of Latin-1 and Latin Extended-A/B ("é" to "E"), typography folded first. */
  private static final char[] BASE_LETTERS = buildBaseLetters();

  private static char[] buildBaseLetters() {
    char[] table = new char[0x250];
    for (char c = 0; c < table.length; c++) {
      char mark = foldMark(c);
      if (mark != c) {
        table[c] = mark;
        continue;
      }
      String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
      table[c] = Character.toUpperCase(base.isEmpty() ? c : base.charAt(0));
    }
    return table;
  }
}

package io.github.articlekit.parser.internal;

import io.github.articlekit.core.ArticleException;
import io.github.articlekit.core.internal.Texts;
import java.util.Arrays;

/**
 * The input cut into lines in one pass over its characters: for each line its start, its end (line
 * terminator excluded) and its content (blank characters at both ends excluded). Line ends are
 * {@code \n}, {@code \r\n} and {@code \r}, mixed freely. The same pass refuses characters that are
 * not text.
 */
final class Lines {
  final String input;
  int count;
  int[] start;
  /** First non-blank character, or -1 for a blank line. */
  int[] contentStart;
  /** Just past the last non-blank character. */
  int[] contentEnd;

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
    String s = input;
    int length = s.length();
    int lineStart = 0;
    int firstVisible = -1;
    int lastVisibleEnd = 0;
    for (int i = 0; i < length; i++) {
      char c = s.charAt(i);
      if ((char) (c - '!') < 0x5E) { // printable ASCII but space: the common case, one compare
        if (firstVisible < 0) {
          firstVisible = i;
        }
        lastVisibleEnd = i + 1;
        continue;
      }
      if (c == ' ') {
        continue;
      }
      if (c == '\n' || c == '\r') {
        add(lineStart, firstVisible, lastVisibleEnd);
        if (c == '\r' && i + 1 < length && s.charAt(i + 1) == '\n') {
          i++;
        }
        lineStart = i + 1;
        firstVisible = -1;
        continue;
      }
      if (c < ' ' || (c >= 0x7F && c <= 0x9F) || Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(s.charAt(i + 1))) {
          if (firstVisible < 0) {
            firstVisible = i;
          }
          i++;
          lastVisibleEnd = i + 1;
          continue;
        }
        checkText(c, i, lineStart);
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

  /** Refuses control characters (but tab and form feed) and lone surrogates. */
  private void checkText(char c, int offset, int lineStart) {
    if (c == '\t' || c == '\f' || c == 0x0B || c == 0x85) {
      return;
    }
    int line = count + 1;
    int column = offset - lineStart + 1;
    String what = Character.isSurrogate(c)
        ? "a lone surrogate"
        : String.format("control character U+%04X", (int) c);
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

  /** 1-based column of the line's content. */
  int contentColumn(int line) {
    return contentStart[line] < 0 ? 1 : contentStart[line] - start[line] + 1;
  }
}

package io.github.articlekit.parser.internal;

import io.github.articlekit.core.CrossLink;
import io.github.articlekit.core.internal.Texts;
import org.jspecify.annotations.Nullable;

/**
 * README rule 4, cross-links: "a line made of a marker, a separator and a title; only the first
 * separator splits, so titles keep their colons. A URL at the end of the line, bare or in parentheses,
 * becomes {@code url}." The URL is the line's last blank-separated word: either a URL itself, or a word
 * holding {@code (URL)} up to its end, so that any URL without blanks, parentheses in it balanced or
 * not, reads back as {@code ArticleWriter} writes it ({@code title (url)}). Each step looks at the line
 * once.
 */
final class CrossLinkLine {
  private CrossLinkLine() {}

  /** The marker at the start of a non-blank line, or null when the line is no cross-link. */
  static @Nullable MarkerMatch markerAt(ParseState state, int line) {
    Lines lines = state.lines;
    return state.vocabulary.matchMarker(state.input, lines.contentStart(line), lines.contentEnd(line));
  }

  /** The cross-link of a line whose marker and title {@code match} found. */
  static CrossLink parse(ParseState state, int line, MarkerMatch match) {
    String input = state.input;
    int end = state.lines.contentEnd(line);
    int start = state.lines.contentStart(line);
    int titleStart = match.titleStart();
    String label = state.text(start, Texts.endOfNonBlank(input, start, match.labelEnd()));

    String url = null;
    int titleEnd = end;
    int open = input.charAt(end - 1) == ')' ? parenthesizedUrlStart(input, titleStart, end - 1) : -1;
    int lastWord = wordStart(input, titleStart, end);
    if (open >= 0) {
      url = Texts.strip(input.substring(open + 1, end - 1));
      titleEnd = Texts.endOfNonBlank(input, titleStart, open);
    } else if (isUrlStart(input, lastWord, end)) {
      url = input.substring(lastWord, end);
      titleEnd = lastWord;
      // A separator between title and bare URL ("Title - https://...") belongs to neither.
      while (titleEnd > titleStart && (Texts.isBlankChar(input.charAt(titleEnd - 1))
          || CrossLinkMarkers.isSeparator(input.charAt(titleEnd - 1)) || input.charAt(titleEnd - 1) == '|')) {
        titleEnd--;
      }
    }
    String title = input.substring(titleStart, titleEnd);
    if (Texts.isBlank(title)) {
      title = url != null ? url : input.substring(titleStart, end);
    }
    CrossLink.Builder link = CrossLink.builder().label(label).title(title).span(state.span(line, line));
    if (url != null) {
      link.url(url);
    }
    return link.build();
  }

  /**
   * The {@code '('} of a URL in parentheses that the {@code ')'} at {@code close} ends, or -1: in the
   * last word before it, the first {@code '('} that a URL follows ({@code title (https://x/(a)}), else
   * a {@code '('} before a word that is a URL ({@code ( https://x )}).
   */
  private static int parenthesizedUrlStart(String input, int titleStart, int close) {
    int urlEnd = Texts.endOfNonBlank(input, titleStart, close);
    int word = wordStart(input, titleStart, urlEnd);
    for (int i = word; i < urlEnd; i++) {
      if (input.charAt(i) == '(' && isUrlStart(input, i + 1, urlEnd)) {
        return i;
      }
    }
    int before = Texts.endOfNonBlank(input, titleStart, word);
    return before > titleStart && input.charAt(before - 1) == '(' && isUrlStart(input, word, urlEnd)
        ? before - 1 : -1;
  }

  /** The start of the blank-free word that ends at {@code end}, not before {@code from}. */
  private static int wordStart(String input, int from, int end) {
    int start = end;
    while (start > from && !Texts.isBlankChar(input.charAt(start - 1))) {
      start--;
    }
    return start;
  }

  /** Whether the blank-free text {@code [from, to)} starts as a URL. */
  private static boolean isUrlStart(String input, int from, int to) {
    return startsWith(input, from, to, "https://") || startsWith(input, from, to, "http://")
        || startsWith(input, from, to, "www.");
  }

  private static boolean startsWith(String input, int from, int to, String prefix) {
    return to - from >= prefix.length() && input.startsWith(prefix, from);
  }
}

package io.github.articlekit.parser.internal;

import io.github.articlekit.core.ArticleException;
import io.github.articlekit.core.ErrorCode;
import io.github.articlekit.core.SourceSpan;
import io.github.articlekit.parser.Diagnostic;
import io.github.articlekit.parser.Diagnostic.Severity;
import io.github.articlekit.parser.DiagnosticCode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one parse shares between the rules: the input's lines, the vocabulary, the limits and what they
 * have counted, and the diagnostics so far. One per call, never shared between threads.
 */
final class ParseState {
  final String input;
  final Lines lines;
  final Vocabulary vocabulary;
  private final ParseLimits limits;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private int blocks;

  ParseState(String input, Vocabulary vocabulary, ParseLimits limits) {
    this.input = input;
    this.lines = new Lines(input);
    this.vocabulary = vocabulary;
    this.limits = limits;
  }

  List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** Counts one more block (paragraph, cross-link), refusing the input past the limit. */
  void countBlock(int line) {
    if (++blocks > limits.maxBlocks()) {
      throw limitExceeded("Input has more blocks (paragraphs and cross-links) than the limit of "
          + limits.maxBlocks(), "maxBlocks", line);
    }
  }

  /** Refuses the input when {@code headings} is more than the limit; {@code line} is where it was passed. */
  void checkHeadings(int headings, int line) {
    if (headings > limits.maxHeadings()) {
      throw limitExceeded("Input has more headings than the limit of " + limits.maxHeadings(), "maxHeadings", line);
    }
  }

  int maxHeadings() {
    return limits.maxHeadings();
  }

  /** Texts of at most this many characters are shared by {@link #text}. */
  private static final int MAX_SHARED_TEXT = 24;
  private static final int SHARED_TEXT_BITS = 6;

  /**
   * The short texts made last, one per slot of a hash of their characters (no chains: a collision only
   * replaces the slot). Speed trick, measured: a short text that comes back (a cross-link marker, a
   * one-word paragraph, a separator line) is one String, not one per block; on {@code tinyBlocks}
   * (A, b. repeated) that keeps 96 bytes fewer alive per repeat, almost half.
   */
  private String @Nullable [] sharedTexts;

  /** The input's text {@code [start, end)}, the same String as last time when it is short and came before. */
  String text(int start, int end) {
    int length = end - start;
    if (length > MAX_SHARED_TEXT) {
      return input.substring(start, end);
    }
    int hash = 0;
    for (int i = start; i < end; i++) {
      hash = 31 * hash + input.charAt(i);
    }
    int slot = (hash * 0x9E3779B9) >>> (32 - SHARED_TEXT_BITS);
    String[] shared = sharedTexts;
    if (shared == null) {
      shared = new String[1 << SHARED_TEXT_BITS];
      sharedTexts = shared;
    }
    String known = shared[slot];
    if (known != null && known.length() == length && input.regionMatches(start, known, 0, length)) {
      return known;
    }
    String text = input.substring(start, end);
    shared[slot] = text;
    return text;
  }

  /** A non-blank line's content, blanks at both ends excluded: see {@link #text}. */
  String content(int line) {
    return text(lines.contentStart(line), lines.contentEnd(line));
  }

  /** The span of lines {@code [firstLine, lastLine]} (0-based), from content start to content end. */
  SourceSpan span(int firstLine, int lastLine) {
    return SourceSpan.of(firstLine + 1, lastLine + 1, lines.contentStart(firstLine), lines.contentEnd(lastLine));
  }

  void warn(DiagnosticCode code, String message, int line) {
    diagnostics.add(new Diagnostic(Severity.WARNING, code, message, line + 1, lines.contentColumn(line)));
  }

  void info(DiagnosticCode code, String message, int line) {
    diagnostics.add(new Diagnostic(Severity.INFO, code, message, line + 1, lines.contentColumn(line)));
  }

  /**
   * Text of the input quoted in a diagnostic: in double quotes, with the characters that a
   * line-oriented reader takes for a line break (U+2028, U+2029, next line, vertical tab, form feed,
   * the information separators) escaped as {@code \}{@code uXXXX}, so that a diagnostic stays one line.
   */
  static String quote(String text) {
    StringBuilder quoted = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (breaksLines(c)) {
        if (quoted == null) {
          quoted = new StringBuilder(text.length() + 16).append('"').append(text, 0, i);
        }
        quoted.append(String.format("\\u%04X", (int) c));
      } else if (quoted != null) {
        quoted.append(c);
      }
    }
    return quoted == null ? '"' + text + '"' : quoted.append('"').toString();
  }

  private static boolean breaksLines(char c) {
    return c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\u000B' || c == '\u000C'
        || (c >= '\u001C' && c <= '\u001E');
  }

  /** The refusal of an input that breaks a limit at {@code line} (0-based): what, and how to raise it. */
  private static ArticleException limitExceeded(String what, String option, int line) {
    return ArticleException.at(ErrorCode.LIMIT_EXCEEDED, what + " (at line " + (line + 1)
        + "); raise the limit with ArticleParser.Builder." + option + " if such input is expected",
        line + 1, 1);
  }
}

package io.github.articlekit.parser.internal;

import io.github.articlekit.core.internal.Texts;
import io.github.articlekit.parser.DiagnosticCode;

/**
 * README rule 6, no heading list: "headings are inferred from short standalone lines without
 * sentence-final punctuation that are followed by a paragraph ({@code HEADINGS_INFERRED}); headings
 * stays empty, as the text has no list." Short is at most {@value FormatBounds#MAX_INFERRED_HEADING_LENGTH}
 * characters and {@value FormatBounds#MAX_INFERRED_HEADING_WORDS} words; a line that starts in lower
 * case, ends with {@code , ; :}, is a cross-link or is boilerplate is no heading.
 */
final class InferredHeadings {
  private InferredHeadings() {}

  /** Walks the body from {@code bodyStart}, opening a section at each inferred heading. */
  static BodyDraft parse(ParseState state, int bodyStart) {
    Lines lines = state.lines;
    BodyDraft body = new BodyDraft(lines);
    int firstInferred = -1;
    for (int line = lines.nextNonBlank(bodyStart); line >= 0; ) {
      int blockEnd = lines.blockEnd(line);
      if (isHeading(state, line)) {
        state.checkHeadings(body.sectionCount() + 1, line);
        body.openSection(state.content(line), line);
        if (firstInferred < 0) {
          firstInferred = line;
        }
      } else {
        BlockAssembler.addBlocks(state, body.current(), line, blockEnd);
      }
      line = lines.nextNonBlank(blockEnd);
    }
    if (firstInferred >= 0) {
      int count = body.sectionCount();
      state.warn(DiagnosticCode.HEADINGS_INFERRED, "no heading list after the title; " + count
          + (count == 1 ? " heading was" : " headings were") + " inferred from short standalone lines", firstInferred);
    }
    return body;
  }

  /** Whether any block from {@code from} on is a heading this rule would infer. */
  static boolean anyFrom(ParseState state, int from) {
    Lines lines = state.lines;
    for (int line = lines.nextNonBlank(from); line >= 0; line = lines.nextBlock(line)) {
      if (isHeading(state, line)) {
        return true;
      }
    }
    return false;
  }

  /** A one-line block that looks like a heading and is followed by a paragraph. */
  private static boolean isHeading(ParseState state, int line) {
    Lines lines = state.lines;
    if (!lines.isOneLineBlock(line) || !looksLikeHeading(state, line)) {
      return false;
    }
    int following = lines.nextNonBlank(line + 1);
    return following >= 0 && startsParagraph(state, following);
  }

  private static boolean looksLikeHeading(ParseState state, int line) {
    Lines lines = state.lines;
    if (lines.contentLength(line) > FormatBounds.MAX_INFERRED_HEADING_LENGTH || endsSentence(lines, line)) {
      return false;
    }
    char last = lines.lastChar(line);
    if (last == ',' || last == ';' || last == ':') {
      return false;
    }
    String content = state.content(line);
    if (Character.isLowerCase(content.charAt(0))
        || Texts.countWords(content) > FormatBounds.MAX_INFERRED_HEADING_WORDS) {
      return false;
    }
    return CrossLinkLine.markerAt(state, line) == null && !state.vocabulary.isBoilerplate(content);
  }

  /** Whether the block at {@code line} is a paragraph: not a cross-link, boilerplate or heading-like line. */
  private static boolean startsParagraph(ParseState state, int line) {
    if (CrossLinkLine.markerAt(state, line) != null || state.vocabulary.isBoilerplate(state.content(line))) {
      return false;
    }
    return !(state.lines.isOneLineBlock(line) && looksLikeHeading(state, line));
  }

  /** Whether a non-blank line ends with sentence-final punctuation. */
  static boolean endsSentence(Lines lines, int line) {
    char last = lines.lastChar(line);
    return last == '.' || last == '!' || last == '?' || last == '\u2026' || last == '\u3002';
  }
}

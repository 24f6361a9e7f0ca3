package io.github.articlekit.parser.sources;

import io.github.articlekit.core.Paragraph;
import io.github.articlekit.core.SourceSpan;
import io.github.articlekit.parser.internal.AttributionScanner;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where offsets in a paragraph's text stand in the input. A paragraph's text is its lines' contents
 * joined by single spaces, so a span is exact on one line from the paragraph's span alone; across lines
 * the input is walked once beside the text.
 */
final class InputSpans {
  private InputSpans() {}

  private static boolean isBlank(char c) {
    return c != '\n' && c != '\r' && (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B'
        || c == '\uFEFF');
  }

  /** @return for each hit, the name's span then the sentence's, or nulls where not known exactly */
  static @Nullable SourceSpan[] of(Paragraph paragraph, @Nullable CharSequence input,
      List<AttributionScanner.Hit> hits) {
    @Nullable SourceSpan[] spans = new SourceSpan[hits.size() * 2];
    SourceSpan span = paragraph.span().orElse(null);
    if (span == null) {
      return spans;
    }
    String text = paragraph.text();
    if (span.startLine() == span.endLine() && span.length() == text.length()) {
      for (int h = 0; h < hits.size(); h++) {
        AttributionScanner.Hit hit = hits.get(h);
        spans[2 * h] = SourceSpan.of(span.startLine(), span.startLine(), span.startOffset() + hit.nameStart(),
            span.startOffset() + hit.nameEnd());
        spans[2 * h + 1] = SourceSpan.of(span.startLine(), span.startLine(),
            span.startOffset() + hit.sentenceStart(), span.startOffset() + hit.sentenceEnd());
      }
      return spans;
    }
    if (input == null || span.endOffset() > input.length()) {
      return spans;
    }
    // Text offsets wanted, each a start or an exclusive end: walk once, in order.
    int[] wanted = new int[hits.size() * 4];
    for (int h = 0; h < hits.size(); h++) {
      AttributionScanner.Hit hit = hits.get(h);
      wanted[4 * h] = hit.nameStart();
      wanted[4 * h + 1] = hit.nameEnd() - 1;
      wanted[4 * h + 2] = hit.sentenceStart();
      wanted[4 * h + 3] = hit.sentenceEnd() - 1;
    }
    int[] sorted = wanted.clone();
    Arrays.sort(sorted);
    int[] offsets = new int[sorted.length];
    int[] lines = new int[sorted.length];
    int next = 0;
    int i = 0;
    int j = span.startOffset();
    int line = span.startLine();
    while (i < text.length() && next < sorted.length) {
      if (j >= span.endOffset()) {
        return spans; // the text is not this input's: no span rather than a wrong one
      }
      char c = input.charAt(j);
      if (text.charAt(i) == c) {
        while (next < sorted.length && sorted[next] == i) {
          offsets[next] = j;
          lines[next] = line;
          next++;
        }
        i++;
        j++;
      } else if (c == '\n' || c == '\r') {
        if (!(c == '\r' && j + 1 < input.length() && input.charAt(j + 1) == '\n')) {
          line++;
        }
        j++;
        if (text.charAt(i) == ' ' && j < input.length() && !isBlank(input.charAt(j))) {
          i++; // the single space that joined two lines
        }
      } else if (isBlank(c)) {
        j++;
      } else {
        return spans;
      }
    }
    if (next < sorted.length) {
      return spans;
    }
    for (int h = 0; h < hits.size(); h++) {
      int nameStart = Arrays.binarySearch(sorted, wanted[4 * h]);
      int nameLast = Arrays.binarySearch(sorted, wanted[4 * h + 1]);
      int sentenceStart = Arrays.binarySearch(sorted, wanted[4 * h + 2]);
      int sentenceLast = Arrays.binarySearch(sorted, wanted[4 * h + 3]);
      spans[2 * h] = SourceSpan.of(lines[nameStart], lines[nameLast], offsets[nameStart], offsets[nameLast] + 1);
      spans[2 * h + 1] = SourceSpan.of(lines[sentenceStart], lines[sentenceLast], offsets[sentenceStart],
          offsets[sentenceLast] + 1);
    }
    return spans;
  }
}

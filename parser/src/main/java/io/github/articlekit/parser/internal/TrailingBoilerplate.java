package io.github.articlekit.parser.internal;

import io.github.articlekit.core.Block;
import io.github.articlekit.core.Boilerplate;
import io.github.articlekit.core.Paragraph;
import io.github.articlekit.core.SourceSpan;
import java.util.List;

/**
 * README rule 5, boilerplate: "the trailing blocks that match the language packs' phrases (a follow-us
 * call to action, an "Et aussi" related-content header and the short lines after it) go to
 * {@code boilerplate}, not into the last section." A related-content header is looked for up to
 * {@value FormatBounds#BOILERPLATE_HEADER_WINDOW} blocks before the phrase blocks; the lines after it
 * are related titles when each is one line of at most {@value FormatBounds#MAX_RELATED_TITLE_LENGTH}
 * characters.
 */
final class TrailingBoilerplate {
  private TrailingBoilerplate() {}

  /** Moves the trailing boilerplate of the body's last blocks into {@code body.boilerplate}. */
  static void move(ParseState state, BodyDraft body) {
    List<Block> blocks = body.current();
    int start = phraseRunBefore(state, blocks, blocks.size());
    int windowStart = Math.max(0, start - FormatBounds.BOILERPLATE_HEADER_WINDOW);
    for (int i = windowStart; i < start; i++) {
      Block block = blocks.get(i);
      if (block instanceof Paragraph && state.vocabulary.isExactPhrase(block.text())
          && allShortLines(blocks, i + 1, start)) {
        start = phraseRunBefore(state, blocks, i);
        break;
      }
    }
    List<Block> trailing = blocks.subList(start, blocks.size());
    for (Block block : trailing) {
      SourceSpan span = block.span().orElseThrow();
      // A cross-link among related titles keeps its line as written.
      String text = block instanceof Paragraph ? block.text() : span.textIn(state.input);
      body.boilerplate.add(Boilerplate.builder().text(text).span(span).build());
    }
    trailing.clear();
  }

  /** The first of the phrase blocks that end at {@code end}. */
  private static int phraseRunBefore(ParseState state, List<Block> blocks, int end) {
    int start = end;
    while (start > 0 && blocks.get(start - 1) instanceof Paragraph
        && state.vocabulary.isBoilerplate(blocks.get(start - 1).text())) {
      start--;
    }
    return start;
  }

  private static boolean allShortLines(List<Block> blocks, int from, int to) {
    for (int i = from; i < to; i++) {
      SourceSpan span = blocks.get(i).span().orElseThrow();
      if (span.startLine() != span.endLine() || span.length() > FormatBounds.MAX_RELATED_TITLE_LENGTH) {
        return false;
      }
    }
    return true;
  }
}

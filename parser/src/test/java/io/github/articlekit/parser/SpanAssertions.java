package io.github.articlekit.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.articlekit.core.Article;
import io.github.articlekit.core.Block;
import io.github.articlekit.core.Boilerplate;
import io.github.articlekit.core.CrossLink;
import io.github.articlekit.core.Section;
import io.github.articlekit.core.SourceSpan;

/** Checks that {@code input.substring(span)} is the source of every element that carries a span. */
final class SpanAssertions {
  private SpanAssertions() {}

  static void assertSpansHoldTheirElements(Article article, String input) {
    for (Block block : article.lead()) {
      assertBlock(block, input);
    }
    for (Section section : article.sections()) {
      SourceSpan span = section.span().orElseThrow();
      String source = span.textIn(input);
      assertThat(source).as("section span").startsWith(section.heading());
      assertLines(span, input);
      for (Block block : section.blocks()) {
        assertBlock(block, input);
        SourceSpan blockSpan = block.span().orElseThrow();
        assertThat(blockSpan.startOffset()).isGreaterThanOrEqualTo(span.startOffset());
        assertThat(blockSpan.endOffset()).isLessThanOrEqualTo(span.endOffset());
      }
    }
    for (Boilerplate boilerplate : article.boilerplate()) {
      SourceSpan span = boilerplate.span().orElseThrow();
      assertThat(squash(span.textIn(input))).isEqualTo(squash(boilerplate.text()));
      assertLines(span, input);
    }
  }

  private static void assertBlock(Block block, String input) {
    SourceSpan span = block.span().orElseThrow();
    String source = span.textIn(input);
    if (block instanceof CrossLink) {
      CrossLink link = (CrossLink) block;
      assertThat(source).startsWith(link.label()).contains(link.title());
      link.url().ifPresent(url -> assertThat(source).endsWith(url + (source.endsWith(")") ? ")" : "")));
    } else {
      // A hard-wrapped paragraph's source has its line breaks where the text has single spaces.
      assertThat(squash(source)).isEqualTo(squash(block.text()));
    }
    assertLines(span, input);
  }

  /** The span's lines are the lines its offsets fall on. */
  private static void assertLines(SourceSpan span, String input) {
    assertThat(lineAt(input, span.startOffset())).as("start line of " + span).isEqualTo(span.startLine());
    assertThat(lineAt(input, span.endOffset() - 1)).as("end line of " + span).isEqualTo(span.endLine());
  }

  private static int lineAt(String input, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      char c = input.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= input.length() || input.charAt(i + 1) != '\n'))) {
        line++;
      }
    }
    return line;
  }

  private static String squash(String text) {
    return text.replaceAll("[\\s\\u00A0\\u2007\\u202F\\u200B\\uFEFF]+", " ").trim();
  }
}

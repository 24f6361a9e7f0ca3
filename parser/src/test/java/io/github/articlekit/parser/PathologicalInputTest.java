package io.github.articlekit.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.articlekit.core.Article;
import io.github.articlekit.core.ArticleException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Inputs built to make a careless parser slow or crash. Each must finish in linear time; the
 * timeouts are generous guards against a hang, not speed measurements (those live in the benchmarks).
 */
@Timeout(30)
class PathologicalInputTest {
  private static final ArticleParser PARSER = ArticleParser.create();

  @Test
  void fiveMegabyteSingleLine() {
    String line = "word ".repeat(1_000_000);

    Article article = PARSER.parseArticle(line);

    assertThat(article.title()).hasSize(line.length() - 1);
  }

  @Test
  void fiveMegabyteParagraphUnderAHeading() {
    String text = "Title\n\nHeading\n\nHeading\n\n" + "mot ".repeat(1_250_000) + "\n";

    Article article = PARSER.parseArticle(text);

    assertThat(article.sections()).hasSize(1);
    assertThat(article.sections().get(0).blocks().get(0).text()).hasSize(5_000_000 - 1);
  }

  @Test
  void aHundredThousandHeadings() {
    StringBuilder text = new StringBuilder("Title\n\n");
    for (int i = 0; i < 100_000; i++) {
      text.append("Heading ").append(i).append('\n');
    }
    for (int i = 0; i < 100_000; i++) {
      text.append('\n').append("Heading ").append(i).append("\n\nText ").append(i).append(".\n");
    }

    Article article = PARSER.parseArticle(text.toString());

    assertThat(article.headings()).hasSize(100_000);
    assertThat(article.sections()).hasSize(100_000);
  }

  @Test
  void aHundredThousandIdenticalHeadings() {
    String text = "Title\n\n" + "En bref\n".repeat(100_000) + "\nEn bref\n\nTexte.\n".repeat(100_000);

    ParseResult result = PARSER.parse(text);

    assertThat(result.article().sections()).hasSize(100_000);
    assertThat(result.diagnostics()).isEmpty();
  }

  @Test
  void aHundredThousandListedHeadingsThatNeverComeBack() {
    StringBuilder text = new StringBuilder("Title\n\n");
    for (int i = 0; i < 100_000; i++) {
      text.append("Missing heading ").append(i).append('\n');
    }
    text.append("\nSome text.\n");

    ParseResult result = PARSER.parse(text.toString());

    assertThat(result.diagnostics()).hasSize(100_000);
    assertThat(result.article().lead()).hasSize(1);
  }

  @Test
  void aMillionBlankLines() {
    String text = "Title\n" + "\n".repeat(500_000) + " \u00A0\r\n".repeat(500_000) + "Last words.";

    Article article = PARSER.parseArticle(text);

    assertThat(article.lead()).hasSize(1);
  }

  @Test
  void fiftyThousandConsecutiveCrossLinks() {
    String text = "Title\n\nPart\n\nPart\n\n" + "LIRE AUSSI : Un autre article\n".repeat(50_000);

    Article article = PARSER.parseArticle(text);

    assertThat(article.crossLinks()).hasSize(50_000);
  }

  @Test
  void aMarkerRepeatedThousandsOfTimesOnOneLine() {
    String text = "Title\n\nPart\n\nPart\n\n" + "LIRE AUSSI : ".repeat(20_000) + "fin (" + "(".repeat(20_000) + "\n";

    Article article = PARSER.parseArticle(text);

    assertThat(article.crossLinks()).hasSize(1);
    assertThat(article.crossLinks().get(0).title()).startsWith("LIRE AUSSI : LIRE AUSSI");
  }

  @Test
  void crOnlyLineEnds() {
    String text = ("Title\r\rPart\r\rPart\r\r" + "Text.\r\r").repeat(1) + "x\r".repeat(200_000);

    Article article = PARSER.parseArticle(text);

    assertThat(article.sections()).hasSize(1);
  }

  @Test
  void aThousandWordHeadingCandidateLines() {
    StringBuilder text = new StringBuilder("Title\n\n");
    for (int i = 0; i < 1000; i++) {
      text.append("word ".repeat(1000)).append(i).append('\n');
    }

    Article article = PARSER.parseArticle(text.toString());

    assertThat(article.lead()).hasSize(1);
  }

  @Test
  void controlCharacterDeepInHugeInputIsFoundQuickly() {
    String text = "Title\n\n" + "text ".repeat(1_000_000) + "\u0001";

    assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(ArticleException.class, () -> PARSER.parse(text))
        .code()).isEqualTo(ArticleException.NOT_TEXT);
  }
}

package io.github.articlekit.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.articlekit.core.Article;
import io.github.articlekit.core.ArticleException;
import io.github.articlekit.core.ErrorCode;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Inputs built to make a careless parser slow or crash: each is sized so that the linear parser needs
 * well under a second on a two-core machine (0.5 s at the most, JIT warm-up included), and the timeout
 * is over 30 times that,
 * a guard against a hang, not a speed measurement (that is {@code ShapeBenchmark}'s job, at n and 8n).
 * Inputs over the default limits go through a parser whose limits are raised, so that the parsing
 * itself is exercised; the default parser's refusals are checked at the end.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class PathologicalInputTest {
  private static final ArticleParser PARSER = ArticleParser.create();
  private static final ArticleParser UNLIMITED =
      ArticleParser.builder().maxHeadings(Integer.MAX_VALUE).maxBlocks(Integer.MAX_VALUE).build();
  private static final int HEADINGS = 20_000;

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
  void numberedHeadingsOfOneWidthEachBackInTheBody() {
    ParseResult result = UNLIMITED.parse(listedAndBack(i -> String.format("Le chapitre numero %06d de la suite", i)));

    assertThat(result.article().sections()).hasSize(HEADINGS);
    assertThat(result.diagnostics()).isEmpty();
  }

  @Test
  void headingsWithTheSameStringHashEachBackInTheBody() {
    // "Aa" and "BB" have the same String.hashCode: so do all 2^15 words made of 15 of them.
    ParseResult result = UNLIMITED.parse(listedAndBack(PathologicalInputTest::collidingWord));

    assertThat(result.article().sections()).hasSize(HEADINGS);
    assertThat(result.diagnostics()).isEmpty();
    assertThat(collidingWord(1).hashCode()).isEqualTo(collidingWord(2).hashCode());
  }

  @Test
  void headingsThatArePrefixesOfEachOtherEachBackInTheBody() {
    ParseResult result = UNLIMITED.parse(listedAndBack(i -> "Partie" + " x".repeat(i % 50) + " " + i));

    assertThat(result.article().sections()).hasSize(HEADINGS);
  }

  @Test
  void identicalHeadingsListedAndBack() {
    String text = "Title\n\n" + "En bref\n".repeat(HEADINGS) + "\nEn bref\n\nTexte.\n".repeat(HEADINGS);

    ParseResult result = UNLIMITED.parse(text);

    assertThat(result.article().sections()).hasSize(HEADINGS);
    assertThat(result.diagnostics()).isEmpty();
  }

  @Test
  void listedHeadingsThatNeverComeBack() {
    StringBuilder text = new StringBuilder("Title\n\n");
    for (int i = 0; i < HEADINGS; i++) {
      text.append("Titre manquant ").append(i).append('\n');
    }
    text.append("\nSome text.\n");

    ParseResult result = UNLIMITED.parse(text.toString());

    assertThat(result.diagnostics()).hasSize(HEADINGS);
    assertThat(result.article().lead()).hasSize(1);
  }

  @Test
  void headingsBackInReverseOrder() {
    StringBuilder text = new StringBuilder("Title\n\n");
    for (int i = 0; i < HEADINGS; i++) {
      text.append("Heading ").append(i).append('\n');
    }
    for (int i = HEADINGS - 1; i >= 0; i--) {
      text.append("\nHeading ").append(i).append("\n\nText.\n");
    }

    ParseResult result = UNLIMITED.parse(text.toString());

    assertThat(result.article().sections()).hasSize(HEADINGS);
    assertThat(result.diagnostics()).hasSize(HEADINGS - 1); // every heading but the last listed is out of order
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
    String text = "Title\r\rPart\r\rPart\r\rText.\r\r" + "x\r".repeat(200_000);

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

    assertThat(catchThrowableOfType(ArticleException.class, () -> PARSER.parse(text)).code())
        .isEqualTo(ErrorCode.NOT_TEXT);
  }

  // ---- the default limits refuse what would take memory unbounded by them -------------------------

  @Test
  void aListLongerThanTheDefaultLimitIsRefusedWithTheOptionToRaise() {
    String text = listedAndBack(i -> "Heading " + i, ArticleParser.DEFAULT_MAX_HEADINGS + 1);

    ArticleException e = catchThrowableOfType(ArticleException.class, () -> PARSER.parse(text));

    assertThat(e.code()).isEqualTo(ErrorCode.LIMIT_EXCEEDED);
    assertThat(e.getMessage()).contains("maxHeadings", Integer.toString(ArticleParser.DEFAULT_MAX_HEADINGS));
    assertThat(e.line()).isPresent();
  }

  @Test
  void moreBlocksThanTheDefaultLimitAreRefusedAtTheFirstBlockOver() {
    String text = "Title\n\nLead.\n\n" + "a\n\nb.\n\n".repeat(ArticleParser.DEFAULT_MAX_BLOCKS / 2 + 1);

    ArticleException e = catchThrowableOfType(ArticleException.class, () -> PARSER.parse(text));

    assertThat(e.code()).isEqualTo(ErrorCode.LIMIT_EXCEEDED);
    assertThat(e.getMessage()).contains("maxBlocks", Integer.toString(ArticleParser.DEFAULT_MAX_BLOCKS));
    // Blocks start at line 3 and come every two lines: block N + 1 is on line 3 + 2N.
    assertThat(e.line()).hasValue(3 + 2 * ArticleParser.DEFAULT_MAX_BLOCKS);
  }

  @Test
  void theDefaultLimitsHoldExactlyAtTheirValues() {
    String headings = listedAndBack(i -> "Heading " + i, ArticleParser.DEFAULT_MAX_HEADINGS);
    String blocks = "Title\n\nLead.\n\n" + "a\n\nb.\n\n".repeat(ArticleParser.DEFAULT_MAX_BLOCKS / 2 - 1) + "c.\n";

    assertThat(PARSER.parseArticle(headings).sections()).hasSize(ArticleParser.DEFAULT_MAX_HEADINGS);
    assertThat(PARSER.parseArticle(blocks).lead()).hasSize(ArticleParser.DEFAULT_MAX_BLOCKS);
  }

  @Test
  void aLongProseLeadIsNoListHoweverManyLinesItHas() {
    StringBuilder text = new StringBuilder("Title\n\n");
    for (int i = 0; i < ArticleParser.DEFAULT_MAX_HEADINGS * 2; i++) {
      text.append("La phrase ").append(i).append(" finit.\n");
    }
    text.append("\nFin.\n");

    Article article = PARSER.parseArticle(text.toString());

    assertThat(article.headings()).isEmpty();
    assertThat(article.lead()).hasSize(2);
  }

  private static String listedAndBack(IntFunction<String> heading) {
    return listedAndBack(heading, HEADINGS);
  }

  /** A title, {@code count} listed headings, then each heading back in order with a paragraph. */
  private static String listedAndBack(IntFunction<String> heading, int count) {
    StringBuilder text = new StringBuilder("Title\n\n");
    for (int i = 0; i < count; i++) {
      text.append(heading.apply(i)).append('\n');
    }
    for (int i = 0; i < count; i++) {
      text.append('\n').append(heading.apply(i)).append("\n\nText ").append(i).append(".\n");
    }
    return text.toString();
  }

  /** The i-th word of 15 pieces, each "Aa" or "BB" by the bits of i: all have one String.hashCode. */
  private static String collidingWord(int i) {
    StringBuilder word = new StringBuilder("Titre ");
    for (int bit = 14; bit >= 0; bit--) {
      word.append((i >> bit & 1) == 0 ? "Aa" : "BB");
    }
    return word.toString();
  }
}

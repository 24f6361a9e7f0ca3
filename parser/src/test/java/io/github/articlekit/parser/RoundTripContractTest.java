package io.github.articlekit.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.articlekit.core.Article;
import io.github.articlekit.core.ArticleException;
import io.github.articlekit.core.ErrorCode;
import io.github.articlekit.core.Boilerplate;
import io.github.articlekit.core.CrossLink;
import io.github.articlekit.core.Paragraph;
import io.github.articlekit.core.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The round-trip contract's exclusions are the layout's, not a weakened property: for each one, an
 * article that breaks it and nothing else really does read back as another article. And the checks
 * the property tests rely on do catch what they are there to catch.
 */
class RoundTripContractTest {
  private static final ArticleParser PARSER = ArticleParser.create();

  private static Article listed(List<String> headings, Section... sections) {
    return Article.builder().title("Title").addAllHeadings(headings).addSections(sections).build();
  }

  private static Section section(String heading, String... paragraphs) {
    Section.Builder section = Section.builder().heading(heading);
    for (String paragraph : paragraphs) {
      section.addBlocks(Paragraph.of(paragraph));
    }
    return section.build();
  }

  static Stream<Arguments> articlesTheLayoutCannotCarry() {
    List<String> ab = List.of("Alpha", "Beta");
    return Stream.of(
        Arguments.of("a paragraph that starts with a marker and a separator",
            listed(ab, section("Alpha", "LIRE AUSSI : la suite"))),
        Arguments.of("a line reading as a heading still to come",
            listed(ab, section("Alpha", "beta"), section("Beta", "Text."))),
        Arguments.of("a lead paragraph reading as the first heading", listed(ab, section("Alpha", "Text.")).withLead(
            List.of(Paragraph.of("ALPHA")))),
        Arguments.of("a trailing paragraph that is a phrase", listed(ab, section("Alpha", "Text.", "Et aussi"))),
        Arguments.of("a block of the last section that is exactly a phrase, followed by short blocks",
            listed(ab, section("Alpha", "Text.", "Et aussi", "Un autre titre"))),
        Arguments.of("an entry listed twice that comes back once",
            listed(List.of("En bref", "Alpha", "En bref"), section("En bref", "Text."), section("Alpha", "Text."))),
        Arguments.of("distinct entries that read alike, one coming back",
            listed(List.of("Paix", "PAIX"), section("PAIX", "Text."))),
        Arguments.of("a section heading that is not its entry",
            listed(ab, section("Alpha!", "Text."))),
        Arguments.of("a list of prose that never comes back",
            Article.builder().title("Title").addHeadings("A first long sentence that ends here.", "And a second one.").build()),
        Arguments.of("a paragraph without a list that looks like a heading before a paragraph",
            Article.builder().title("Title").addLead(Paragraph.of("Short Heading"), Paragraph.of("Text.")).build()),
        Arguments.of("the body's first line coming back without a list",
            Article.builder().title("Title").addLead(Paragraph.of("Same."), Paragraph.of("Other."), Paragraph.of("Same."))
                .build()),
        Arguments.of("an inferred section whose heading ends a sentence",
            Article.builder().title("Title").addSections(section("Not a heading.", "Text.")).build()),
        Arguments.of("an unknown cross-link label",
            listed(ab, Section.builder().heading("Alpha").addBlocks(CrossLink.of("PLUS", "Un titre")).build())),
        Arguments.of("a cross-link title ending with a URL",
            listed(ab, Section.builder().heading("Alpha").addBlocks(CrossLink.of("READ MORE", "See www.example.org")).build())),
        Arguments.of("a cross-link URL that is not one",
            listed(ab, Section.builder().heading("Alpha")
                .addBlocks(CrossLink.builder().label("READ MORE").title("T").url("example.org").build()).build())),
        Arguments.of("a paragraph with a blank at an end", listed(ab, section("Alpha", "Text.\u00A0"))),
        Arguments.of("a boilerplate entry that is no phrase",
            listed(ab, section("Alpha", "Text.")).withBoilerplate(List.of(Boilerplate.of("Just a line")))),
        Arguments.of("more related titles after a header than the parser looks back over",
            listed(ab, section("Alpha", "Text.")).withBoilerplate(related(RoundTripContract.MAX_RELATED_TITLES + 1))));
  }

  private static List<Boilerplate> related(int titles) {
    List<Boilerplate> boilerplate = new ArrayList<>();
    boilerplate.add(Boilerplate.of("Et aussi"));
    for (int i = 0; i < titles; i++) {
      boilerplate.add(Boilerplate.of("Titre " + i));
    }
    return boilerplate;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("articlesTheLayoutCannotCarry")
  void eachExclusionIsOneTheLayoutImposes(String name, Article article) {
    assertThat(RoundTripContract.violations(article)).as("the contract rules it out").isNotEmpty();
    assertThat(PARSER.parseArticle(ArticleWriter.write(article))).as("it really reads back as another article")
        .isNotEqualTo(article);
  }

  @Test
  void aLineReadingAsAHeadingAfterItsSectionIsAParagraph() {
    Article article = listed(List.of("Alpha", "Beta"), section("Alpha", "Text.", "ALPHA"), section("Beta", "Text."));

    assertThat(RoundTripContract.violations(article)).isEmpty();
    assertThat(PARSER.parseArticle(ArticleWriter.write(article))).isEqualTo(article);
  }

  /**
   * Found by the round-trip property on the faster parser (then fixed): a decomposed "Ç" listed twice,
   * both sections present, was cut from the list, the second section read as paragraphs.
   */
  @Test
  void aRepeatedEntryWhoseFirstLetterCarriesACombiningMarkRoundTrips() {
    Article article = Article.builder().title("T").addHeadings("C\u0327", "C\u0327")
        .addSections(Section.builder().heading("C\u0327").build(), Section.builder().heading("C\u0327").build()).build();

    assertThat(RoundTripContract.violations(article)).isEmpty();
    assertThat(PARSER.parseArticle(ArticleWriter.write(article))).isEqualTo(article);
  }

  @Test
  void aControlCharacterCannotBeWrittenAndReadBack() {
    Article article = Article.builder().title("Title \u0001").build();

    assertThat(RoundTripContract.violations(article)).isNotEmpty();
    assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(ArticleException.class,
        () -> PARSER.parse(ArticleWriter.write(article))).code()).isEqualTo(ErrorCode.NOT_TEXT);
  }

  // ---- the checks catch what they are for ------------------------------------------------------

  @Test
  void theNothingLostCheckCatchesALostLine() {
    String text = "Title\n\nAlpha\n\nAlpha\n\nOne.\n\nTwo.\n";
    Article article = PARSER.parseArticle(text);
    Article lost = article.withSections(List.of(section("Alpha", "One.")));

    Contracts.checkNothingLost(article, text);
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> Contracts.checkNothingLost(lost, text)))
        .isInstanceOf(AssertionError.class).hasMessageContaining("Two.");
  }

  @Test
  void theSpanCheckCatchesAMisplacedSpan() {
    String text = "Title\n\nAlpha\n\nAlpha\n\nOne.\n\nTwo.\n";
    Article article = PARSER.parseArticle(text);
    Section alpha = article.sections().get(0);
    Paragraph two = (Paragraph) alpha.blocks().get(1);
    Article moved = article.withSections(List.of(alpha.withBlocks(List.of(alpha.blocks().get(0),
        two.withSpan(io.github.articlekit.core.SourceSpan.of(9, 9, two.span().orElseThrow().startOffset() + 1,
            two.span().orElseThrow().endOffset() + 1))))));

    Contracts.checkSpans(article, text);
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> Contracts.checkSpans(moved, text)))
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void theRefusalCheckCatchesAnUnjustifiedRefusal() {
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> Contracts.checkRefusal(
        ArticleException.of(ErrorCode.EMPTY_INPUT, "empty"), "not blank", Long.MAX_VALUE)))
        .isInstanceOf(AssertionError.class);
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> Contracts.checkRefusal(
        ArticleException.at(ErrorCode.NOT_TEXT, "bad", 1, 2), "ab\u0000", Long.MAX_VALUE)))
        .isInstanceOf(AssertionError.class).hasMessageContaining("1:3");
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> Contracts.checkRefusal(
        ArticleException.of(ErrorCode.LIMIT_EXCEEDED, "?"), "x", Long.MAX_VALUE))).isInstanceOf(AssertionError.class);
  }

  @Test
  void theMalformedUtf8OracleAgreesWithTheJdk() {
    byte[][] samples = {{'a'}, {(byte) 0xC3, (byte) 0xA9}, {(byte) 0xC3}, {'a', (byte) 0x80}, {(byte) 0xE0, (byte) 0x80, (byte) 0x80},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80},
        {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {'x', (byte) 0xE2, (byte) 0x82, 'y'}};
    for (byte[] sample : samples) {
      assertThat(Contracts.firstMalformedUtf8(sample) < 0).isEqualTo(Contracts.decodeStrict(sample) != null);
    }
  }
}

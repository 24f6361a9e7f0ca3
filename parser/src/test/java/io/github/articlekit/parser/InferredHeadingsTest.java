package io.github.articlekit.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.articlekit.core.Article;
import io.github.articlekit.core.Block;
import io.github.articlekit.core.CrossLink;
import io.github.articlekit.core.Paragraph;
import io.github.articlekit.core.Section;
import io.github.articlekit.parser.internal.FormatBounds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * README rule 6: with no heading list, headings are inferred from short standalone lines (at most
 * {@value FormatBounds#MAX_INFERRED_HEADING_LENGTH} characters and {@value FormatBounds#MAX_INFERRED_HEADING_WORDS}
 * words) without sentence-final punctuation, and not ending with a comma, semicolon
 * or colon, that are followed by a paragraph (not a cross-link, not boilerplate).
 */
class InferredHeadingsTest {
  private static final ArticleParser PARSER = ArticleParser.create();

  /** A one-line lead (not a list), then {@code candidate} and a paragraph. */
  private static Article parseWithCandidate(String candidate) {
    return PARSER.parseArticle("Titre\n\nUn chapeau en prose.\n\n" + candidate + "\n\nTexte du paragraphe.\n");
  }

  private static void assertInferred(String candidate) {
    Article article = parseWithCandidate(candidate);

    assertThat(article.lead()).containsExactly(Paragraph.of("Un chapeau en prose."));
    assertThat(article.sections()).extracting(Section::heading).containsExactly(candidate);
    assertThat(article.sections().get(0).blocks()).containsExactly(Paragraph.of("Texte du paragraphe."));
  }

  private static void assertNotInferred(String candidate) {
    Article article = parseWithCandidate(candidate);

    assertThat(article.sections()).isEmpty();
    assertThat(article.lead()).containsExactly(Paragraph.of("Un chapeau en prose."), Paragraph.of(candidate),
        Paragraph.of("Texte du paragraphe."));
  }

  @Test
  void aHeadingMayHaveUpToTheMaximumLength() {
    String longest = BoundTexts.ofLength(
        "Les négociations internationales sur le développement durable et la transition énergétique repartent",
        FormatBounds.MAX_INFERRED_HEADING_LENGTH);
    assertThat(longest).hasSize(FormatBounds.MAX_INFERRED_HEADING_LENGTH);

    assertInferred(longest);
    assertNotInferred(longest + "s");
  }

  @Test
  void aHeadingMayHaveUpToTheMaximumNumberOfWords() {
    String most = BoundTexts.ofWords(FormatBounds.MAX_INFERRED_HEADING_WORDS);
    String tooMany = BoundTexts.ofWords(FormatBounds.MAX_INFERRED_HEADING_WORDS + 1);

    assertInferred(most);
    assertNotInferred(tooMany);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Le ministre a déclaré :", "Selon le ministre,", "Selon le ministre;", "Est-ce la fin ?"})
  void aLineEndingWithPunctuationThatLeadsOnIsNotAHeading(String candidate) {
    assertNotInferred(candidate);
  }

  @Test
  void aShortLineFollowedByACrossLinkIsNotAHeading() {
    Article article = PARSER.parseArticle(
        "Titre\n\nUn chapeau en prose.\n\nPour aller plus loin\n\nLIRE AUSSI : Un autre article\n");

    assertThat(article.sections()).isEmpty();
    assertThat(article.lead()).containsExactly(Paragraph.of("Un chapeau en prose."),
        Paragraph.of("Pour aller plus loin"), CrossLink.of("LIRE AUSSI", "Un autre article"));
  }

  @Test
  void aShortLineFollowedByBoilerplateIsNotAHeading() {
    Article article = PARSER.parseArticle("Titre\n\nUn chapeau en prose.\n\nPour aller plus loin\n\nEt aussi\n");

    assertThat(article.sections()).isEmpty();
    assertThat(article.lead()).extracting(Block::text).containsExactly("Un chapeau en prose.", "Pour aller plus loin");
    assertThat(article.boilerplate()).hasSize(1);
  }
}

package io.github.articlekit.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.articlekit.core.Article;
import io.github.articlekit.core.CrossLink;
import io.github.articlekit.core.Section;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * Articles that should round-trip and do not, found by {@link RoundTripPropertyTest} (shrunk) and
 * reported. Each is excluded from the property by {@link RoundTripContract#KNOWN_ISSUES} until fixed;
 * enable the test and drop the exclusion with the fix.
 */
class KnownIssuesTest {
  private static final ArticleParser PARSER = ArticleParser.create();

  private static Article withLink(CrossLink link) {
    return Article.builder().title("T").addHeadings("H")
        .addSections(Section.builder().heading("H").addBlocks(link).build()).build();
  }

  /** Written "READ MORE: Réforme des retraites :", read back with the title "Réforme des retraites". */
  @Disabled("known issue 1, reported: a cross-link title loses a trailing separator or '|' even without a URL")
  @Test
  void aCrossLinkTitleEndingWithASeparatorRoundTrips() {
    Article article = withLink(CrossLink.of("READ MORE", "i -"));

    assertThat(PARSER.parseArticle(ArticleWriter.write(article))).isEqualTo(article);
  }

  /** Written "READ MORE: Foo (https://en.wikipedia.org/wiki/Foo_(bar))", read back with no URL and all of it as the title. */
  @Disabled("known issue 2, reported: a URL holding '(' is not found inside its parentheses")
  @Test
  void aUrlWithParenthesesRoundTrips() {
    Article article = withLink(CrossLink.builder().label("READ MORE").title("Foo")
        .url("https://en.wikipedia.org/wiki/Foo_(bar)").build());

    assertThat(PARSER.parseArticle(ArticleWriter.write(article))).isEqualTo(article);
  }

  /**
   * Written "T\n\nC\u0327\nC\u0327\n\nC\u0327\n\nC\u0327\n" (a decomposed "Ç" listed twice, both
   * sections present), read back with the list cut to one entry and the second section as paragraphs.
   */
  @Disabled("known issue 3, reported: LayoutParser.countHeadingLines skips a body line whose raw first letter is not"
      + " the folded (composed) first letter of a repeated entry")
  @Test
  void aRepeatedEntryWithACombiningMarkRoundTrips() {
    Article article = Article.builder().title("T").addHeadings("C\u0327", "C\u0327")
        .addSections(Section.builder().heading("C\u0327").build(), Section.builder().heading("C\u0327").build()).build();

    assertThat(PARSER.parseArticle(ArticleWriter.write(article))).isEqualTo(article);
  }
}

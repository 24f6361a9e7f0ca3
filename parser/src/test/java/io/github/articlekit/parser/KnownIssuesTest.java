package io.github.articlekit.parser;

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

    RoundTripPropertyTest.assertSameArticle(PARSER.parseArticle(ArticleWriter.write(article)), article);
  }

  /** Written "READ MORE: Foo (https://en.wikipedia.org/wiki/Foo_(bar))", read back with no URL and all of it as the title. */
  @Disabled("known issue 2, reported: a URL holding '(' is not found inside its parentheses")
  @Test
  void aUrlWithParenthesesRoundTrips() {
    Article article = withLink(CrossLink.builder().label("READ MORE").title("Foo")
        .url("https://en.wikipedia.org/wiki/Foo_(bar)").build());

    RoundTripPropertyTest.assertSameArticle(PARSER.parseArticle(ArticleWriter.write(article)), article);
  }
}

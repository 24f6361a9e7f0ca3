package io.github.articlekit.parser;

import io.github.articlekit.core.Article;
import io.github.articlekit.core.CrossLink;
import io.github.articlekit.core.Section;
import org.junit.jupiter.api.Test;

/**
 * Articles that did not round-trip, found by {@link RoundTripPropertyTest} (shrunk) and fixed: kept as
 * regression tests.
 */
class KnownIssuesTest {
  private static final ArticleParser PARSER = ArticleParser.create();

  private static Article withLink(CrossLink link) {
    return Article.builder().title("T").addHeadings("H")
        .addSections(Section.builder().heading("H").addBlocks(link).build()).build();
  }

  /** Written "READ MORE: Réforme des retraites :", read back with the title "Réforme des retraites". */
  @Test
  void aCrossLinkTitleEndingWithASeparatorRoundTrips() {
    Article article = withLink(CrossLink.of("READ MORE", "i -"));

    RoundTripPropertyTest.assertSameArticle(PARSER.parseArticle(ArticleWriter.write(article)), article);
  }

  /** Written "READ MORE: Foo (https://en.wikipedia.org/wiki/Foo_(bar))", read back with no URL and all of it as the title. */
  @Test
  void aUrlWithParenthesesRoundTrips() {
    Article article = withLink(CrossLink.builder().label("READ MORE").title("Foo")
        .url("https://en.wikipedia.org/wiki/Foo_(bar)").build());

    RoundTripPropertyTest.assertSameArticle(PARSER.parseArticle(ArticleWriter.write(article)), article);
  }
}

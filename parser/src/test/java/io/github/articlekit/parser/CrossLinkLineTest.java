package io.github.articlekit.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.articlekit.core.CrossLink;
import org.junit.jupiter.api.Test;

/**
 * README rule 4: a cross-link line is a marker (case-, accent- and typography-insensitive), a
 * separator with or without spaces, and a title; a URL at the end of the line, bare or in
 * parentheses, becomes the link's URL.
 */
class CrossLinkLineTest {
  private static final String HEAD = "Titre\n\nPartie\n\nPartie\n\nTexte.\n\n";

  private static CrossLink link(ArticleParser parser, String line) {
    return parser.parseArticle(HEAD + line + "\n").crossLinks().get(0);
  }

  private static CrossLink link(String line) {
    return link(ArticleParser.create(), line);
  }

  @Test
  void aBareUrlRightAfterTheSeparatorIsBothTitleAndUrl() {
    CrossLink link = link("LIRE AUSSI:https://example.org/a");

    assertThat(link.title()).isEqualTo("https://example.org/a");
    assertThat(link.url()).hasValue("https://example.org/a");
  }

  @Test
  void aUrlAfterADashAloneIsBothTitleAndUrl() {
    CrossLink link = link("LIRE AUSSI : - https://example.org/a");

    assertThat(link.title()).isEqualTo("https://example.org/a");
    assertThat(link.url()).hasValue("https://example.org/a");
  }

  @Test
  void aBarBetweenTitleAndBareUrlBelongsToNeither() {
    CrossLink link = link("LIRE AUSSI : Un titre | https://example.org/a");

    assertThat(link.title()).isEqualTo("Un titre");
    assertThat(link.url()).hasValue("https://example.org/a");
  }

  @Test
  void aUrlInParenthesesRightAfterTheSeparatorIsBothTitleAndUrl() {
    for (String line : new String[] {"LIRE AUSSI : (https://example.org/a)", "LIRE AUSSI :(https://example.org/a)",
        "LIRE AUSSI : ( https://example.org/a )"}) {
      CrossLink link = link(line);

      assertThat(link.url()).as(line).hasValue("https://example.org/a");
      assertThat(link.title()).as(line).isEqualTo("https://example.org/a");
    }
  }

  @Test
  void parenthesesHoldingMoreThanAUrlStayInTheTitle() {
    CrossLink link = link("LIRE AUSSI : Un titre (https://example.org/a et la suite)");

    assertThat(link.title()).isEqualTo("Un titre (https://example.org/a et la suite)");
    assertThat(link.url()).isEmpty();
  }

  @Test
  void aMarkerWithAnApostropheMatchesATypographicApostrophe() {
    ArticleParser parser = ArticleParser.builder().addCrossLinkMarker("Plus d'infos").build();

    CrossLink link = link(parser, "PLUS D\u2019INFOS : Un autre article");

    assertThat(link.label()).isEqualTo("PLUS D\u2019INFOS");
    assertThat(link.title()).isEqualTo("Un autre article");
  }

  @Test
  void aMarkerWithQuotesMatchesTypographicQuotes() {
    ArticleParser parser = ArticleParser.builder().addCrossLinkMarker("Le \"direct\"").build();

    CrossLink link = link(parser, "LE \u201CDIRECT\u201D : Un autre article");

    assertThat(link.label()).isEqualTo("LE \u201CDIRECT\u201D");
    assertThat(link.title()).isEqualTo("Un autre article");
  }
}

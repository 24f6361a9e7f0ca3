package io.github.articlekit.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.articlekit.core.Article;
import io.github.articlekit.core.Block;
import io.github.articlekit.core.Boilerplate;
import io.github.articlekit.parser.internal.FormatBounds;
import org.junit.jupiter.api.Test;

/**
 * README rule 5: a related-content header ("Et aussi") near the end and the short lines after it are
 * boilerplate; a related title is one line of at most {@value FormatBounds#MAX_RELATED_TITLE_LENGTH} characters.
 */
class TrailingBoilerplateTest {
  private static final String HEAD = "Titre\n\nPartie\n\nPartie\n\nTexte.\n\n";

  @Test
  void aHeaderFollowedByShortLinesIsBoilerplate() {
    Article article = ArticleParser.create().parseArticle(HEAD + "Et aussi\n\nUn titre lié\n");

    assertThat(article.sections().get(0).blocks()).extracting(Block::text).containsExactly("Texte.");
    assertThat(article.boilerplate()).extracting(Boilerplate::text).containsExactly("Et aussi", "Un titre lié");
  }

  @Test
  void aHeaderFollowedByAParagraphOfTwoLinesIsText() {
    Article article = ArticleParser.create().parseArticle(HEAD + "Et aussi\n\nUn titre lié\nsur deux lignes\n");

    assertThat(article.boilerplate()).isEmpty();
    assertThat(article.sections().get(0).blocks()).extracting(Block::text)
        .containsExactly("Texte.", "Et aussi", "Un titre lié sur deux lignes");
  }

  @Test
  void aRelatedTitleMayHaveUpToTheMaximumLength() {
    String longest = BoundTexts.ofLength("Un titre lié ", FormatBounds.MAX_RELATED_TITLE_LENGTH);
    assertThat(longest).hasSize(FormatBounds.MAX_RELATED_TITLE_LENGTH);

    Article atTheLimit = ArticleParser.create().parseArticle(HEAD + "Et aussi\n\n" + longest + "\n");
    Article overTheLimit = ArticleParser.create().parseArticle(HEAD + "Et aussi\n\n" + longest + "x\n");

    assertThat(atTheLimit.boilerplate()).extracting(Boilerplate::text).containsExactly("Et aussi", longest);
    assertThat(overTheLimit.boilerplate()).isEmpty();
    assertThat(overTheLimit.sections().get(0).blocks()).extracting(Block::text)
        .containsExactly("Texte.", "Et aussi", longest + "x");
  }

  @Test
  void aHeaderMatchesItsPhraseWhateverPunctuationSurroundsIt() {
    Article article = ArticleParser.create().parseArticle(HEAD + "— Et aussi…\n\nUn titre lié\n");

    assertThat(article.boilerplate()).extracting(Boilerplate::text).containsExactly("— Et aussi…", "Un titre lié");
  }

  @Test
  void aLastParagraphWithLettersBeyondLatinExtendedIsText() {
    // U+0250, the first letter past the Latin Extended-B block, and Greek.
    Article article = ArticleParser.create().parseArticle(HEAD + "La voyelle \u0250 et la lettre \u03A9.\n");

    assertThat(article.boilerplate()).isEmpty();
    assertThat(article.sections().get(0).blocks()).extracting(Block::text)
        .containsExactly("Texte.", "La voyelle \u0250 et la lettre \u03A9.");
  }
}

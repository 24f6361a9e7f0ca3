package io.github.articlekit.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.articlekit.core.Article;
import io.github.articlekit.core.Section;
import io.github.articlekit.parser.Diagnostic;
import io.github.articlekit.parser.DiagnosticCode;
import io.github.articlekit.parser.ParseResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** README rule 3: listed headings come back in order, loosely matched, on lines of their own. */
class ListedBodyTest {
  private static final LayoutParser PARSER =
      new LayoutParser(new Vocabulary(List.of("LIRE AUSSI"), List.of()), new ParseLimits(100, 100), false);

  private static List<String> headingsOf(Article article) {
    return article.sections().stream().map(Section::heading).toList();
  }

  private static List<DiagnosticCode> codesOf(ParseResult result) {
    return result.diagnostics().stream().map(Diagnostic::code).toList();
  }

  @Test
  void twoListedHeadingsInARowOpenTwoSections() {
    ParseResult result = PARSER.parse("T\n\nA\nB\n\nA\nB\n\nx.\n");

    assertThat(headingsOf(result.article())).containsExactly("A", "B");
    assertThat(result.article().sections().get(0).blocks()).isEmpty();
    assertThat(result.article().sections().get(1).blocks()).singleElement().extracting(io.github.articlekit.core.Block::text).isEqualTo("x.");
    assertThat(codesOf(result)).containsExactly(DiagnosticCode.EMPTY_SECTION);
  }

  @Test
  void aHeadingFollowedByItsParagraphWithoutABlankLine() {
    ParseResult result = PARSER.parse("T\n\nA\nB\n\nA\nLe texte de A.\n\nB\n\nx.\n");

    assertThat(result.article().sections().get(0).blocks()).singleElement().extracting(io.github.articlekit.core.Block::text)
        .isEqualTo("Le texte de A.");
    assertThat(result.diagnostics()).isEmpty();
  }

  @Test
  void aParagraphLineThatNamesAnEarlierHeadingStaysText() {
    ParseResult result = PARSER.parse("T\n\nA\nB\n\nA\n\nB\nA\n\ny.\n");

    assertThat(headingsOf(result.article())).containsExactly("A", "B");
    assertThat(result.article().sections().get(1).blocks()).extracting(io.github.articlekit.core.Block::text).containsExactly("A", "y.");
  }

  @Test
  void looseOutOfOrderAndMissingHeadingsAreReportedAtTheirLines() {
    ParseResult result = PARSER.parse("T\n\nUn été\nDeux\nTrois\n\nTrois\n\nc.\n\nUN  \u00C9T\u00C9\n\na.\n");

    assertThat(headingsOf(result.article())).containsExactly("Trois", "UN  ÉTÉ");
    assertThat(result.diagnostics()).extracting(Diagnostic::code, Diagnostic::line).containsExactly(
        org.assertj.core.groups.Tuple.tuple(DiagnosticCode.HEADING_NOT_FOUND, 4),
        org.assertj.core.groups.Tuple.tuple(DiagnosticCode.HEADING_OUT_OF_ORDER, 11),
        org.assertj.core.groups.Tuple.tuple(DiagnosticCode.HEADING_LOOSE_MATCH, 11));
  }

  @Test
  void repeatedHeadingsMatchInOrder() {
    ParseResult result = PARSER.parse("T\n\nEn bref\nMilieu\nEn bref\n\nEn bref\n\na.\n\nMilieu\n\nb.\n\nEn bref\n\nc.\n");

    assertThat(headingsOf(result.article())).containsExactly("En bref", "Milieu", "En bref");
    assertThat(result.diagnostics()).isEmpty();
  }
}

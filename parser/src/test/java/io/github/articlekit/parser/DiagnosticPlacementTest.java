package io.github.articlekit.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/** Diagnostics come in input order, each at the line and column of the content it is about. */
class DiagnosticPlacementTest {
  @Test
  void diagnosticsAreInInputOrderWhateverOrderTheyWereFoundIn() {
    // The loose match (line 6) is noticed while walking the body, the missing entry (line 4) after it.
    ParseResult result = ArticleParser.create().parse("Titre\n\nAlpha\nBeta\n\nALPHA\n\nTexte.\n");

    assertThat(result.diagnostics()).extracting(Diagnostic::line, Diagnostic::code).containsExactly(
        tuple(4, DiagnosticCode.HEADING_NOT_FOUND),
        tuple(6, DiagnosticCode.HEADING_LOOSE_MATCH));
  }

  @Test
  void aDiagnosticPointsAtTheColumnWhereAnIndentedLinesContentStarts() {
    ParseResult result = ArticleParser.create().parse("Titre\n\nPartie\n   Absente\n\nPartie\n\nTexte.\n");

    assertThat(result.diagnostics()).extracting(Diagnostic::code, Diagnostic::line, Diagnostic::column)
        .containsExactly(tuple(DiagnosticCode.HEADING_NOT_FOUND, 4, 4));
  }
}

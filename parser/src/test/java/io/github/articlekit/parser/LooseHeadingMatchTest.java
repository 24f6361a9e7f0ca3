package io.github.articlekit.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.articlekit.core.Paragraph;
import io.github.articlekit.core.Section;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * README rule 3: a body heading matches its list entry loosely (case, runs of spaces, spaces inside
 * quotes and before {@code ? ! : ;}, combining marks in composed form); the section keeps the body's
 * spelling and a {@code HEADING_LOOSE_MATCH} note records it. Spaces between words still count.
 */
class LooseHeadingMatchTest {
  private static final ArticleParser PARSER = ArticleParser.create();

  /** An article listing {@code listed} and "Suite", whose body writes the first heading as {@code written}. */
  private static ParseResult parseWithBodyHeading(String listed, String written) {
    return PARSER.parse("Titre\n\n" + listed + "\nSuite\n\n" + written + "\n\nUn.\n\nSuite\n\nDeux.\n");
  }

  private static void assertMatchedLoosely(String listed, String written) {
    ParseResult result = parseWithBodyHeading(listed, written);

    assertThat(result.article().headings()).containsExactly(listed, "Suite");
    assertThat(result.article().sections()).extracting(Section::heading).containsExactly(written, "Suite");
    assertThat(result.article().sections().get(0).blocks()).containsExactly(Paragraph.of("Un."));
    assertThat(result.diagnostics()).extracting(Diagnostic::code)
        .containsExactly(DiagnosticCode.HEADING_LOOSE_MATCH);
  }

  @ParameterizedTest(name = "\"{0}\" matches \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      "Pourquoi ?|Pourquoi?",
      "Pourquoi?|Pourquoi ?",
      "Enfin !|Enfin!",
      "Bilan : positif|Bilan: positif",
      "Avant ; après|Avant; après",
      "Le « oui » franc|Le «oui» franc",
      "Le «oui» franc|Le « oui » franc",
      "Le “oui” franc|Le \" oui \" franc"})
  void spacesBeforeClosingPunctuationAndInsideQuotesDoNotCount(String listed, String written) {
    assertMatchedLoosely(listed, written);
  }

  @Test
  void aSpaceBetweenWordsCounts() {
    ParseResult result = parseWithBodyHeading("Alpha Beta", "AlphaBeta");

    assertThat(result.article().sections()).extracting(Section::heading).containsExactly("Suite");
    assertThat(result.article().lead()).containsExactly(Paragraph.of("AlphaBeta"), Paragraph.of("Un."));
    assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.HEADING_NOT_FOUND);
  }

  @Test
  void headingsAsShortAsTheShortestEntryMatchInAnotherCase() {
    ParseResult result = PARSER.parse("Titre\n\nAlpha\nBeta\n\nALPHA\n\nUn.\n\nBETA\n\nDeux.\n");

    assertThat(result.article().headings()).containsExactly("Alpha", "Beta");
    assertThat(result.article().sections()).extracting(Section::heading).containsExactly("ALPHA", "BETA");
    assertThat(result.diagnostics()).extracting(Diagnostic::code)
        .containsExactly(DiagnosticCode.HEADING_LOOSE_MATCH, DiagnosticCode.HEADING_LOOSE_MATCH);
  }

  @Test
  void aRunOfSpacesOfAnyLengthCountsAsOne() {
    // The line is far longer than its entry: length alone must not rule a heading out.
    for (int spaces : new int[] {20, 21, 22, 100, 1_000}) {
      assertMatchedLoosely("A B", "A" + " ".repeat(spaces) + "B");
      assertMatchedLoosely("A B", "A" + "\u00A0".repeat(spaces) + "B");
    }
  }

  @Test
  void aCombiningAccentMatchesThePrecomposedLetterAtEitherEndOfTheHeading() {
    assertMatchedLoosely("À propos", "A\u0300 propos");
    assertMatchedLoosely("Voilà", "Voila\u0300");
    assertMatchedLoosely("Café", "Cafe\u0301");
  }

  @Test
  void conjoiningHangulJamoMatchThePrecomposedSyllables() {
    assertMatchedLoosely("한국", "\u1112\u1161\u11AB\u1100\u116E\u11A8");
  }
}

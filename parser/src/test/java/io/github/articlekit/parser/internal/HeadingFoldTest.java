package io.github.articlekit.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The loose form in which list entries and body lines are compared (README rule 3). */
class HeadingFoldTest {

  private static String fold(String text) {
    return new HeadingFold().fold(text, 0, text.length());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Une Coopération ÉCONOMIQUE | une coopération économique",
      "Un  pas\u00A0en\u202Farrière    | un pas en arrière",
      "  Le début  | le début",
      "L\u2019été de `Kyiv` | l'été de 'kyiv'",
      "\u00AB Le sommet \u00BB | \"le sommet\"",
      "\u201CLe sommet\u201D | \"le sommet\"",
      "Quoi ? Pourquoi ! Ainsi : oui ; non | quoi? pourquoi! ainsi: oui; non",
      "Nord\u2013Sud \u2014 Est\u2212Ouest | nord-sud - est-ouest",
      "\u2039Oui\u203A \u201Fnon\u201E | \"oui\"\"non\"",
  })
  void foldsCaseBlanksAndTypography(String text, String folded) {
    assertThat(fold(text)).isEqualTo(folded);
  }

  @Test
  void decomposedLettersFoldAsTheirComposedForm() {
    assertThat(fold("E\u0301te\u0301 brulant")).isEqualTo(fold("Été brulant")).isEqualTo("été brulant");
  }

  @Test
  void marksThatDoNotComposeAreKept() {
    // q + combining acute has no precomposed form: the mark stays, the heading is not emptied.
    assertThat(fold("Q\u0301 et R")).isEqualTo("q\u0301 et r");
    assertThat(fold("\u0301")).isEqualTo("\u0301");
  }

  @Test
  void blankTextFoldsToNothing() {
    assertThat(fold("")).isEmpty();
    assertThat(fold(" \u00A0\t")).isEmpty();
  }

  @Test
  void theBufferIsReusableAcrossLengths() {
    HeadingFold fold = new HeadingFold();
    String longer = "Une très longue ligne ".repeat(10);
    assertThat(fold.fold(longer, 0, longer.length())).hasSize(longer.strip().length());
    assertThat(fold.fold("Court", 0, 5)).isEqualTo("court");
  }

  @Test
  void aBoundStopsTheFoldAtTheFirstCharacterPastIt() {
    HeadingFold fold = new HeadingFold();
    String text = "Le  titre";

    assertThat(fold.fold(text, 0, text.length(), 8)).isEqualTo("le titre");
    assertThat(fold.fold(text, 0, text.length(), 7)).isNull();
    String decomposed = "E\u0301te\u0301";
    assertThat(fold.fold(decomposed, 0, decomposed.length(), 4)).isEqualTo("été");
    assertThat(fold.fold(decomposed, 0, decomposed.length(), 2)).isNull();
  }

  @Test
  void foldsOnlyTheRangeAsked() {
    String line = "xx Le Titre yy";
    assertThat(new HeadingFold().fold(line, 3, 11)).isEqualTo("le titre");
  }

  @Test
  void headingsAndTermsFoldTheSameTypography() {
    // One table: every mark the heading fold takes as an apostrophe, quote or dash, the term fold does too.
    for (char c = 0x80; c < 0x3000; c++) {
      char asHeading = Typography.foldHeadingChar(c);
      if (asHeading == '\'' || asHeading == '"' || asHeading == '-') {
        assertThat(Typography.foldTermChar(c)).as("U+%04X", (int) c).isEqualTo(asHeading);
      }
    }
  }
}

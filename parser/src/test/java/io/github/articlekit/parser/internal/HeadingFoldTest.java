package io.github.articlekit.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The loose form in which list entries and body lines are compared. */
class HeadingFoldTest {

  private static String fold(String text) {
    LayoutParser.FoldBuffer buffer = new LayoutParser.FoldBuffer();
    LayoutParser.foldHeading(text, 0, text.length(), buffer);
    return buffer.toString();
  }

  private static int hash(String text) {
    LayoutParser.FoldBuffer buffer = new LayoutParser.FoldBuffer();
    LayoutParser.foldHeading(text, 0, text.length(), buffer);
    return buffer.hash;
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
  })
  void foldsCaseBlanksAndTypography(String text, String folded) {
    assertThat(fold(text)).isEqualTo(folded);
  }

  @Test
  void decomposedLettersFoldAsTheirComposedForm() {
    assertThat(fold("E\u0301te\u0301 brulant")).isEqualTo(fold("Été brulant")).isEqualTo("été brulant");
    assertThat(hash("E\u0301te\u0301 brulant")).isEqualTo(hash("Été brulant"));
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
    assertThat(hash(" \u00A0\t")).isZero();
  }

  @Test
  void equalFoldsHashEqualAndTheBufferIsReusable() {
    LayoutParser.FoldBuffer buffer = new LayoutParser.FoldBuffer();
    String longer = "Une très longue ligne ".repeat(10);
    LayoutParser.foldHeading(longer, 0, longer.length(), buffer);
    assertThat(buffer.length).isEqualTo(longer.strip().length());
    LayoutParser.foldHeading("Court", 0, 5, buffer);
    assertThat(buffer.toString()).isEqualTo("court");
    assertThat(buffer.contentEquals("court".toCharArray())).isTrue();
    assertThat(buffer.contentEquals("courte".toCharArray())).isFalse();
    assertThat(hash("LE TITRE")).isEqualTo(hash("le  titre"));
  }

  @Test
  void foldsOnlyTheRangeAsked() {
    LayoutParser.FoldBuffer buffer = new LayoutParser.FoldBuffer();
    String line = "xx Le Titre yy";
    LayoutParser.foldHeading(line, 3, 11, buffer);
    assertThat(buffer.toString()).isEqualTo("le titre");
  }
}

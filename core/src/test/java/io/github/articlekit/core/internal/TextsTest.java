package io.github.articlekit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The shared text rules behind the model's checks (and the parser's line scanning). */
class TextsTest {

  @Test
  void everyJavaWhitespaceCharacterIsBlank() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        assertThat(Texts.isBlankChar(c)).as("U+%04X", (int) c).isTrue();
      }
    }
  }

  @Test
  void invisibleCharactersJavaDoesNotCallWhitespaceAreBlankToo() {
    for (char c : new char[] {'\u00A0', '\u2007', '\u202F', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u0085'}) {
      assertThat(Texts.isBlankChar(c)).as("U+%04X", (int) c).isTrue();
      assertThat(String.valueOf(c).isBlank()).as("String.isBlank misses U+%04X", (int) c).isFalse();
    }
  }

  @Test
  void visibleCharactersAreNotBlank() {
    for (char c : "aZ09-_.'’«»…éÉ€\u00AD\u0000\u0007".toCharArray()) {
      assertThat(Texts.isBlankChar(c)).as("U+%04X", (int) c).isFalse();
    }
    assertThat(Texts.isBlank("\u00A0\u200B x")).isFalse();
    assertThat(Texts.isBlank("\u00A0\u200B\t")).isTrue();
    assertThat(Texts.isBlank("")).isTrue();
  }

  @Test
  void stripRemovesReaderBlanksAtBothEnds() {
    assertThat(Texts.strip("\u00A0\u200B Et aussi \u202F\n")).isEqualTo("Et aussi");
    assertThat(Texts.strip("a\u00A0b")).isEqualTo("a\u00A0b");
    assertThat(Texts.strip("\u00A0")).isEmpty();
    String kept = "déjà propre";
    assertThat(Texts.strip(kept)).isSameAs(kept);
  }

  @Test
  void firstAndEndOfNonBlankWorkInsideARange() {
    String s = "  ab \u00A0 ";
    assertThat(Texts.firstNonBlank(s, 0, s.length())).isEqualTo(2);
    assertThat(Texts.endOfNonBlank(s, 0, s.length())).isEqualTo(4);
    assertThat(Texts.firstNonBlank(s, 4, s.length())).isEqualTo(-1);
    assertThat(Texts.endOfNonBlank(s, 4, s.length())).isEqualTo(4);
  }

  @Test
  void requireNonBlankNamesTheField() {
    assertThat(Texts.requireNonBlank("x", "f")).isEqualTo("x");
    assertThatIllegalArgumentException().isThrownBy(() -> Texts.requireNonBlank("\u200B", "section.heading"))
        .withMessage("section.heading must not be blank");
  }

  static Stream<Arguments> wordCounts() {
    return Stream.of(
        Arguments.of("", 0),
        Arguments.of("  — ! … ", 0),
        Arguments.of("Un conflit diplomatique", 3),
        Arguments.of("l'ambassadeur", 1),
        Arguments.of("l’ambassadeur", 1),
        Arguments.of("sud-coréen", 1),
        Arguments.of("Kim Jong-un", 2),
        Arguments.of("plus de 1 000 soldats", 5),
        Arguments.of("fin-", 1),
        Arguments.of("- tiret -", 1),
        Arguments.of("l' '", 1),
        Arguments.of("Strategic & International", 2),
        Arguments.of("États-Unis.Pyongyang", 2),
        Arguments.of("北朝鮮 軍", 2),
        // Decomposed accents (NFD): the combining mark stays inside the word.
        Arguments.of("Core\u0301e du Sud", 3),
        Arguments.of("de\u0301te\u0301rioration", 1),
        // Letters outside the BMP are letters; emoji are not words.
        Arguments.of("𝐀𝐁𝐂 def", 2),
        Arguments.of("😀 😀", 0),
        Arguments.of("bonjour 😀 monde", 2),
        Arguments.of("a😀b", 2));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("wordCounts")
  void countsWordsAsRunsOfLettersAndDigits(String text, int words) {
    assertThat(Texts.countWords(text)).isEqualTo(words);
  }

  @Test
  void abbreviateKeepsShortTextsAndCutsLongOnesWithTheirLength() {
    assertThat(Models.abbreviate("court")).isEqualTo("\"court\"");
    String sixty = "x".repeat(60);
    assertThat(Models.abbreviate(sixty)).isEqualTo('"' + sixty + '"');
    assertThat(Models.abbreviate(sixty + "y")).isEqualTo('"' + sixty + "…\" (61 chars)");
    String pair = "x".repeat(59) + "😀" + "z";
    assertThat(Models.abbreviate(pair)).isEqualTo('"' + "x".repeat(59) + "…\" (62 chars)");
  }
  @Test
  void stripRemovesBlanksAtOnlyOneEnd() {
    assertThat(Texts.strip("fin \u00A0")).isEqualTo("fin");
    assertThat(Texts.strip("\u200Bdébut")).isEqualTo("début");
  }

  @Test
  void endOfNonBlankStopsAtTheStartOfTheRange() {
    String s = "a  b";
    assertThat(Texts.endOfNonBlank(s, 2, 3)).isEqualTo(2);
    assertThat(Texts.endOfNonBlank(s, 1, 3)).isEqualTo(1);
  }

  @Test
  void blankCharsBetweenU1680AndU2000AreOnlyOghamSpaceAndMongolianVowelSeparator() {
    assertThat(Texts.isBlankChar('\u1680')).isTrue();
    assertThat(Texts.isBlankChar('\u180E')).isTrue();
    assertThat(Texts.isBlankChar('\u1F00')).isFalse(); // Greek small alpha with psili
    assertThat(Texts.isBlankChar('\u1E9E')).isFalse(); // capital sharp s
  }

  @Test
  void requireOneLineTextRefusesALineBreakAnywhereAndReturnsTheValue() {
    assertThat(Texts.requireOneLineText("une ligne", "f")).isEqualTo("une ligne");
    for (String broken : new String[] {"\nx", "\rx", "x\ny", "x\r"}) {
      assertThatIllegalArgumentException().as(broken).isThrownBy(() -> Texts.requireOneLineText(broken, "p.text"))
          .withMessageStartingWith("p.text must be a single line");
    }
  }
}

package io.github.articlekit.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The line index: line ends of every kind, blank lines, content bounds, blocks. */
class LinesTest {
  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n", "\r"})
  void everyKindOfLineEndEndsALine(String end) {
    Lines lines = new Lines("Title" + end + end + "  Part \u00A0" + end + "x");

    assertThat(lines.count()).isEqualTo(4);
    assertThat(lines.content(0)).isEqualTo("Title");
    assertThat(lines.isBlank(1)).isTrue();
    assertThat(lines.content(2)).isEqualTo("Part");
    assertThat(lines.contentColumn(2)).isEqualTo(3);
    assertThat(lines.content(3)).isEqualTo("x");
  }

  @Test
  void mixedLineEndsAndALoneCarriageReturnBeforeALineFeed() {
    String text = "a\r\nb\rc\nd\r\r\ne";
    Lines lines = new Lines(text);

    assertThat(lines.count()).isEqualTo(6);
    assertThat(new String[] {lines.content(0), lines.content(1), lines.content(2), lines.content(3),
        lines.content(4), lines.content(5)}).containsExactly("a", "b", "c", "d", "", "e");
    assertThat(lines.start(5)).isEqualTo(text.indexOf('e'));
  }

  @Test
  void longLatinInputTakesTheLineFeedsTheCheckNoted() {
    String text = ("Une ligne assez longue pour le chemin rapide, accentuée.\r\n").repeat(20) + "fin";
    Lines lines = new Lines(text);

    assertThat(lines.count()).isEqualTo(21);
    assertThat(lines.content(19)).isEqualTo("Une ligne assez longue pour le chemin rapide, accentuée.");
    assertThat(lines.contentEnd(0)).isEqualTo(text.indexOf('\r'));
    assertThat(lines.sameContent(0, 19)).isTrue();
    assertThat(lines.sameContent(0, 20)).isFalse();
  }

  @Test
  void manyBlanksAroundTheContentAreFoundAgain() {
    for (int blanks : new int[] {0, 1, 14, 15, 16, 40}) {
      String pad = " ".repeat(blanks);
      String text = "a\r\n" + pad + "x y" + pad + "\r\n" + pad + "\u00A0z";
      Lines lines = new Lines(text);

      assertThat(lines.content(1)).as("%d blanks", blanks).isEqualTo("x y");
      assertThat(lines.contentStart(1)).isEqualTo(3 + blanks);
      assertThat(lines.contentColumn(1)).isEqualTo(blanks + 1);
      assertThat(lines.content(2)).isEqualTo("z");
      assertThat(lines.contentColumn(2)).isEqualTo(blanks + 2);
    }
  }

  @Test
  void blanksOfEveryKindMakeABlankLine() {
    Lines lines = new Lines("x\n\t\u00A0\u2007\u202F\u200B\uFEFF\u3000\u2028\ny");

    assertThat(lines.isBlank(1)).isTrue();
    assertThat(lines.contentLength(1)).isZero();
    assertThat(lines.content(1)).isEmpty();
  }

  @Test
  void blocksAreRunsOfNonBlankLines() {
    Lines lines = new Lines("a\nb\n\n\nc\n\nd");

    assertThat(lines.blockEnd(0)).isEqualTo(2);
    assertThat(lines.isOneLineBlock(0)).isFalse();
    assertThat(lines.isOneLineBlock(1)).isTrue();
    assertThat(lines.nextNonBlank(2)).isEqualTo(4);
    assertThat(lines.isOneLineBlock(6)).isTrue();
    assertThat(lines.nextNonBlank(7)).isEqualTo(-1);
  }

  @Test
  void moreThanSixtyFourLinesKeepTheirBlankBits() {
    Lines lines = new Lines("x\n\n".repeat(100));

    for (int line = 0; line < 200; line++) {
      assertThat(lines.isBlank(line)).as("line %d", line).isEqualTo(line % 2 == 1);
    }
  }
}

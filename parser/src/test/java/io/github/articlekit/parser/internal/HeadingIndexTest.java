package io.github.articlekit.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The heading index: groups by folded text, and a filter that never drops a line that folds alike. */
class HeadingIndexTest {
  private static HeadingIndex indexOf(Lines lines, int count) {
    HeadingIndex index = new HeadingIndex(lines);
    for (int line = 0; line < count; line++) {
      index.add(line).addEntry(line);
    }
    return index;
  }

  @Test
  void linesThatFoldAlikeShareAGroup() {
    Lines lines = new Lines("L\u2019été\nUn  pas\nL'ÉTÉ\nun\u00A0PAS\nAutre");
    HeadingIndex index = indexOf(lines, 2);

    assertThat(index.find(2)).isSameAs(index.find(0)).isNotNull();
    assertThat(index.find(3)).isSameAs(index.find(1)).isNotNull();
    assertThat(index.find(4)).isNull();
  }

  @Test
  void combiningMarksAtTheEndsAreNotDismissedByTheFilter() {
    // "É" at the start and "é" at the end, once precomposed and once as e + U+0301.
    Lines lines = new Lines("Été brulé\nE\u0301te\u0301 brule\u0301\n\u0301x\n\u0301x");
    HeadingIndex index = indexOf(lines, 1);

    assertThat(index.find(1)).isSameAs(index.find(0)).isNotNull();
    HeadingIndex marks = indexOf(lines, 3);
    assertThat(marks.find(3)).isSameAs(marks.find(2)).isNotNull();
  }

  @Test
  void stringsWithOneHashCodeStayApart() {
    Lines lines = new Lines("AaAa\nBBBB\nAaBB\nBBAa\nBBBB");
    HeadingIndex index = indexOf(lines, 4);

    assertThat("AaAa".hashCode()).isEqualTo("BBBB".hashCode());
    assertThat(index.find(4)).isSameAs(index.find(1)).isNotSameAs(index.find(0));
    assertThat(index.find(0).index).isZero();
    assertThat(index.find(3).index).isEqualTo(3);
  }

  @Test
  void aLineLongerThanEveryKeyIsNoHeading() {
    Lines lines = new Lines("Court\nCourt mais plus long, une phrase.\nCourt");
    HeadingIndex index = indexOf(lines, 1);

    assertThat(index.find(1)).isNull();
    assertThat(index.find(2)).isNotNull();
  }

  @Test
  void aRepeatedEntryIsFoundInOrderAheadAndUnfoundBehind() {
    Lines lines = new Lines("En bref\nA\nEn bref\nB\nEn bref");
    HeadingIndex index = indexOf(lines, 4);
    HeadingIndex.Group group = index.find(4);
    boolean[] found = new boolean[4];

    assertThat(group.firstAtOrAfter(0)).isZero();
    assertThat(group.firstAtOrAfter(1)).isEqualTo(2);
    assertThat(group.firstAtOrAfter(3)).isEqualTo(-1);
    found[0] = true;
    assertThat(group.firstUnfoundBefore(found, 4)).isEqualTo(2);
    assertThat(group.firstUnfoundBefore(found, 2)).isEqualTo(-1);
  }
}

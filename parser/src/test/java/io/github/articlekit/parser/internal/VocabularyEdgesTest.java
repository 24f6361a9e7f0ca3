package io.github.articlekit.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Word boundaries at the ends of the letter and digit ranges, and the length limits at their edges. */
class VocabularyEdgesTest {
  // Built for each test rather than once per class, so that each test exercises the constructor too.
  private final Vocabulary V = new Vocabulary(List.of("Voir"), List.of("alpha beta gamma", "zulu 9 0ne", "Court"));

  @Test
  void aPhraseMatchesOnlyAsWholeWords() {
    assertThat(V.isBoilerplate("Texte, puis alpha beta gamma.")).isTrue();
    assertThat(V.isBoilerplate("Avant zulu 9 0ne après")).isTrue();
    for (String glued : new String[] {"a", "z", "A", "Z", "0", "9"}) {
      assertThat(V.isBoilerplate("Texte, puis alpha beta gamma" + glued + " fin")).as(glued).isFalse();
      assertThat(V.isBoilerplate("Texte, puis " + glued + "alpha beta gamma fin")).as(glued).isFalse();
    }
  }

  @Test
  void aPhraseInsideTextIsFoundUpToTheLengthLimit() {
    String start = "alpha beta gamma ";
    String exactly320 = start + "x".repeat(320 - start.length());
    assertThat(exactly320).hasSize(320);
    assertThat(V.isBoilerplate(exactly320)).isTrue();
    assertThat(V.isBoilerplate(exactly320 + "x")).isFalse();
  }

  @Test
  void anExactPhraseIsFoundWithPaddingUpToTwiceTheLongestPhrasePlusSixteen() {
    String padded = "Court" + " ".repeat(48 - 5);
    assertThat(V.isBoilerplate(padded)).isTrue();
    assertThat(V.isExactPhrase(padded)).isTrue();
    assertThat(V.isExactPhrase("Court")).isTrue();
    assertThat(V.isExactPhrase("Cour")).isFalse();
  }
}

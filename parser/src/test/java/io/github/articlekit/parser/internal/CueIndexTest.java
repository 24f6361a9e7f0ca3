package io.github.articlekit.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.articlekit.parser.Language;
import io.github.articlekit.parser.sources.CueKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Cues folded as a user writes them, and indexed by their first word, then by their second. */
class CueIndexTest {
  @Test
  void aCueIsFoldedOnTheSideOfItsName() {
    assertThat(Cue.compile(Language.FRENCH, CueKind.LEADING, "d'après").before()).containsExactly("D'", "APRES");
    assertThat(Cue.compile(Language.FRENCH, CueKind.LEADING, "d'après").after()).isEmpty();
    assertThat(Cue.compile(Language.ENGLISH, CueKind.VERB_AFTER, "has said").after()).containsExactly("HAS", "SAID");
    assertThat(Cue.compile(Language.ENGLISH, CueKind.VERB_AFTER, "has said").before()).isEmpty();
    assertThat(Cue.compile(Language.ITALIAN, CueKind.LEADING, "riportato dall'").before())
        .containsExactly("RIPORTATO", "DALL'");
  }

  @Test
  void aHoleSplitsACueAroundItsName() {
    Cue cue = Cue.compile(Language.GERMAN, CueKind.VERB_BEFORE, "wie {} mitteilte");
    assertThat(cue.before()).containsExactly("WIE");
    assertThat(cue.after()).containsExactly("MITTEILTE");
    assertThat(cue.text()).isEqualTo("wie {} mitteilte");
  }

  @Test
  void aCueWithoutWordsOrWithAnOpenHoleIsRefused() {
    assertThatThrownBy(() -> Cue.compile(Language.ENGLISH, CueKind.LEADING, " ... "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("letters or digits");
    assertThatThrownBy(() -> Cue.compile(Language.ENGLISH, CueKind.VERB_BEFORE, "{} said"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("both sides");
    assertThatThrownBy(() -> Cue.compile(Language.ENGLISH, CueKind.VERB_BEFORE, "as {} and {} said"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("both sides");
  }

  @Test
  void cuesAreFoundByTheirFirstWordThenTheirSecond() {
    CueIndex index = new CueIndex(Map.of(Language.FRENCH, Map.of(
        CueKind.LEADING, List.of("selon"),
        CueKind.VERB_AFTER, List.of("a déclaré", "a indiqué", "ont déclaré"))));
    CueIndex.CueGroup a = index.startingWith("A");
    assertThat(a).isNotNull();
    assertThat(a.oneWord).isEmpty();
    assertThat(a.bySecondWord.keySet()).containsExactlyInAnyOrder("DECLARE", "INDIQUE");
    CueIndex.CueGroup selon = index.startingWith("SELON");
    assertThat(selon).isNotNull();
    assertThat(selon.oneWord).extracting(Cue::kind).containsExactly(CueKind.LEADING);
    assertThat(index.startingWith("DECLARE")).isNull();
  }
}

package io.github.articlekit.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.articlekit.parser.Language;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How blocks are recognised as boilerplate and lines as cross-links. */
class VocabularyTest {
  private static final Vocabulary ALL = vocabulary();

  private static Vocabulary vocabulary() {
    List<String> markers = new ArrayList<>();
    List<String> phrases = new ArrayList<>();
    for (Language language : Language.values()) {
      markers.addAll(language.crossLinkMarkers());
      phrases.addAll(language.boilerplatePhrases());
    }
    return new Vocabulary(markers, phrases);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Et aussi", "ET AUSSI :", "  et  aussi ", "And also", "Und außerdem", "E também",
      "Chaque jour, nous vous proposons de nouveaux contenus captivants, cliquez sur \"Suivre\" pour ne rien manquer !",
      "Chaque jour, nous vous proposons de nouveaux contenus captivants, cliquez sur « Suivre » pour ne rien manquer !",
      "Every day, we bring you new captivating content, click “Follow” so you don’t miss anything!",
      "Jeden Tag bieten wir Ihnen neue spannende Inhalte – klicken Sie auf „Folgen“, um nichts zu verpassen!",
      "Cada día te proponemos nuevos contenidos, ¡pulsa «Seguir» para no perderte nada!"})
  void boilerplate(String text) {
    assertThat(ALL.isBoilerplate(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Et aussi, le gouvernement a annoncé de nouvelles mesures.",
      "Le président a dit qu'il fallait cliquer sur suivrez-moi.",
      "Les pompiers ont vu des nouveaux contenus captivantsX dans la rue.",
      "Une phrase ordinaire de la fin d'un article."})
  void notBoilerplate(String text) {
    assertThat(ALL.isBoilerplate(text)).isFalse();
  }

  @org.junit.jupiter.api.Test
  void phrasesInsideLongProseDoNotCount() {
    String prose = "Le maire a expliqué longuement sa décision. ".repeat(10) + "Cliquez sur Suivre pour ne rien manquer.";
    assertThat(prose.length()).isGreaterThan(320);
    assertThat(ALL.isBoilerplate(prose)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"LIRE AUSSI : Titre", "Lire aussi:Titre", "À LIRE AUSSI - Titre", "a lire aussi — Titre",
      "READ MORE: Title", "Lesen Sie auch: Titel", "LEIA TAMBÉM – Título", "LIRE\u00A0AUSSI\u00A0: Titre"})
  void crossLinkLines(String line) {
    MarkerMatch match = ALL.matchMarker(line, 0, line.length());
    assertThat(match).isNotNull();
    assertThat(line.substring(match.titleStart())).startsWith("T");
  }

  @ParameterizedTest
  @ValueSource(strings = {"LIRE AUSSI Titre", "Lire aussi le rapport : il est long", "RELIRE AUSSI : x", "LIREAUSSI : x"})
  void notCrossLinkLines(String line) {
    assertThat(ALL.matchMarker(line, 0, line.length())).isNull();
  }
}

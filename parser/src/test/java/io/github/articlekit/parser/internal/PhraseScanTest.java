package io.github.articlekit.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The scan for a longer phrase inside a block: a phrase starts at a whole word that has the phrase's
 * first word's length and letters, wherever that word stands in the block.
 */
class PhraseScanTest {
  private static final Vocabulary VOCABULARY =
      new Vocabulary(List.of("LIRE AUSSI"), List.of("pour ne rien manquer", "à lire aussi", "x y z"));

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Cliquez pour ne rien manquer | true",
      "POUR NE RIEN MANQUER | true",
      "Suivez-nous, pour ne rien manquer ! | true",
      "(pour ne rien manquer) | true",
      "Abonnez-vous—pour\u00A0ne rien  manquer | true",
      "Et à lire aussi demain | true",
      "Voir X Y Z | true",
      "xx y z | false",
      "pourtant ne rien manquer | false",
      "pou ne rien manquer | false",
      "retour ne rien manquer | false",
      "pour ne rien manquera | false",
      "pour ne rien | false",
      "apour ne rien manquer | false",
  })
  void phraseFoundAsWholeWordsOnly(String text, boolean boilerplate) {
    assertThat(VOCABULARY.isBoilerplate(text)).isEqualTo(boilerplate);
  }
}

package io.github.articlekit.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.articlekit.parser.Language;
import org.junit.jupiter.api.Test;

/** The sources lexicon, folded once: word classes per pack, their unions, the names known. */
class WordClassesTest {
  @Test
  void everyPackHasItsWordClassesFolded() {
    for (Language language : Language.values()) {
      WordClasses words = WordClasses.of(language);
      assertThat(words.articles).as("%s articles", language).isNotEmpty();
      assertThat(words.pronouns).as("%s pronouns", language).isNotEmpty();
      assertThat(words.roles).as("%s roles", language).isNotEmpty();
      assertThat(words.roles).as("%s roles kept folded", language)
          .allMatch(word -> word.equals(WordFold.foldWord(word)));
    }
    assertThat(WordClasses.of(Language.FRENCH).roles).contains("PORTE-PAROLE", "PRESIDENT").doesNotContain("président");
    assertThat(WordClasses.of(Language.GERMAN).articles).contains("DER", "DIE", "DAS");
  }

  @Test
  void theUnionsHoldEveryPacksWords() {
    assertThat(WordClasses.ALL_PRONOUNS).contains("HE", "ELLE", "ELE", "ER");
    assertThat(WordClasses.ALL_ARTICLES).contains("THE", "LA", "DER", "O", "L'");
    assertThat(WordClasses.ALL_ADVERBS).contains("EGALEMENT", "ALSO", "ZUDEM");
    assertThat(WordClasses.ALL_ARTICLES).doesNotContain("HE");
  }

  @Test
  void knownNamesArePhrasesOfFoldedWords() {
    assertThat(WordFold.foldPhrase("Médecins sans frontières")).isEqualTo("MEDECINS SANS FRONTIERES ");
    assertThat(ProperNames.KNOWN_NAMES).contains("MEDECINS SANS FRONTIERES ", "REUTERS ");
    assertThat(ProperNames.OUTLETS_WITH_ARTICLE).contains("LE MONDE ", "L' EXPRESS ");
    assertThat(ProperNames.PLACES).contains("ETATS-UNIS ", "LE CAIRE ").doesNotContain("REUTERS ");
    assertThat(ProperNames.GERMAN_NAMES_AFTER_ARTICLE).contains("LUFTHANSA");
  }

  @Test
  void aWordFoldsToUpperCaseWithoutAccentsAndWithAsciiApostrophes() {
    assertThat(WordFold.foldWord("Élysée")).isEqualTo("ELYSEE");
    assertThat(WordFold.foldWord("l\u2019État")).isEqualTo("L'ETAT");
    assertThat(WordFold.wordsOf("selon l\u2019AFP, dit-il")).containsExactly("SELON", "L'", "AFP", "DIT-IL");
  }
}

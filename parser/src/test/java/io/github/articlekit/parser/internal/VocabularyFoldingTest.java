package io.github.articlekit.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Folding compares typographic marks as ASCII and treats every letter, in any script, as a letter. */
class VocabularyFoldingTest {
  @Test
  void lettersPastTheFoldTableFoldToUpperCase() {
    assertThat(Vocabulary.fold("\u0250 \u03C9 abc")).isEqualTo("\u2C6F \u03A9 ABC");
    assertThat(Vocabulary.fold("\u024F")).isEqualTo("\u024E");
  }

  @Test
  void punctuationAroundAPhraseDoesNotCount() {
    Vocabulary vocabulary = new Vocabulary(List.of(), List.of("Et aussi"));

    assertThat(vocabulary.isExactPhrase("— Et aussi…")).isTrue();
    assertThat(vocabulary.isExactPhrase("Et aussi \u03A9")).isFalse();
  }

  @Test
  void markersMatchTypographicApostrophesAndQuotes() {
    Vocabulary vocabulary = new Vocabulary(List.of("Plus d'infos", "Le \"direct\""), List.of());

    String apostrophe = "PLUS D\u2019INFOS : Un titre";
    String quotes = "LE \u201CDIRECT\u201D : Un titre";
    assertThat(vocabulary.matchMarker(apostrophe, 0, apostrophe.length())).isNotNull();
    assertThat(vocabulary.matchMarker(quotes, 0, quotes.length())).isNotNull();
    assertThat(vocabulary.matchMarker(quotes, 0, quotes.length()).titleStart()).isEqualTo(quotes.indexOf('U'));
  }
}

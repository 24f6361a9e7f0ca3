package io.github.articlekit.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.articlekit.core.Article;
import io.github.articlekit.core.Block;
import io.github.articlekit.core.CrossLink;
import io.github.articlekit.core.Paragraph;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The builder's options, the entry points, and sharing one parser between threads. */
class ParserOptionsTest {
  private static final String WITH_CUSTOM_MARKER = "Titre\n\nPartie\n\nPartie\n\nTexte.\n\n"
      + "PLUS D'INFOS : Un autre article\n\nLIRE AUSSI : Encore un\n";

  @Test
  void addedMarkerMakesCrossLinksAndRemovedMarkerMakesParagraphs() {
    ArticleParser parser = ArticleParser.builder()
        .addCrossLinkMarker("Plus d'infos")
        .removeCrossLinkMarker("lire aussi")
        .build();

    List<Block> blocks = parser.parseArticle(WITH_CUSTOM_MARKER).sections().get(0).blocks();

    assertThat(blocks).hasSize(3);
    assertThat(blocks.get(1)).isEqualTo(CrossLink.of("PLUS D'INFOS", "Un autre article"));
    assertThat(blocks.get(2)).isEqualTo(Paragraph.of("LIRE AUSSI : Encore un"));
  }

  @Test
  void languagePacksChooseTheMarkers() {
    String english = "Title\n\nPart\n\nPart\n\nText.\n\nREAD MORE: Another story\n\nLIRE AUSSI : Une autre\n";

    Article englishOnly = ArticleParser.builder().languages(Language.ENGLISH).build().parseArticle(english);
    Article all = ArticleParser.create().parseArticle(english);

    assertThat(englishOnly.crossLinks()).extracting(CrossLink::label).containsExactly("READ MORE");
    assertThat(all.crossLinks()).extracting(CrossLink::label).containsExactly("READ MORE", "LIRE AUSSI");
  }

  @Test
  void boilerplatePhrasesCanBeAddedAndRemoved() {
    String text = "Title\n\nPart\n\nPart\n\nText.\n\nSubscribe to our newsletter today\n\nEt aussi\n";

    Article custom = ArticleParser.builder()
        .addBoilerplatePhrase("Subscribe to our newsletter")
        .removeBoilerplatePhrase("ET AUSSI")
        .build()
        .parseArticle(text);

    assertThat(custom.boilerplate()).isEmpty(); // "Et aussi" ends the text and is no longer a phrase
    assertThat(ArticleParser.builder().addBoilerplatePhrase("Subscribe to our newsletter").build()
        .parseArticle(text).boilerplate()).hasSize(2);
  }

  @ParameterizedTest
  @CsvSource({"fr, FRENCH", "French, FRENCH", "EN, ENGLISH", "de, GERMAN", "it, ITALIAN", "pt, PORTUGUESE", "es, SPANISH"})
  void languagesAreFoundByCodeOrName(String name, Language expected) {
    assertThat(Language.forName(name)).isEqualTo(expected);
  }

  @Test
  void unknownLanguageNamesTheKnownOnes() {
    assertThatThrownBy(() -> Language.forName("klingon"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("klingon").hasMessageContaining("fr, en, es, de, it, pt");
  }

  @Test
  void everyPackHasMarkersAndPhrases() {
    for (Language language : Language.values()) {
      assertThat(language.crossLinkMarkers()).as(language.name()).isNotEmpty();
      assertThat(language.boilerplatePhrases()).as(language.name()).isNotEmpty();
      assertThat(language.code()).hasSize(2);
    }
  }

  @Test
  void blankMarkersAndBadLimitsAreRejectedByTheBuilder() {
    assertThatThrownBy(() -> ArticleParser.builder().addCrossLinkMarker(" \u00A0")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ArticleParser.builder().addBoilerplatePhrase("!!")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ArticleParser.builder().maxInputSize(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyEntryPointGivesTheSameResult(@TempDir Path dir) throws Exception {
    String text = Fixtures.text("reference");
    Path file = Files.writeString(dir.resolve("reference.txt"), text);
    Path latin1 = Files.write(dir.resolve("latin1.txt"), "Titre\n\nDéjà\n".getBytes(StandardCharsets.ISO_8859_1));
    ArticleParser parser = ArticleParser.create();
    Article expected = parser.parseArticle(text);

    assertThat(parser.parse(new StringReader(text)).article()).isEqualTo(expected);
    assertThat(parser.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))).article()).isEqualTo(expected);
    assertThat(parser.parse(file).article()).isEqualTo(expected);
    assertThat(ArticleParser.builder().charset(StandardCharsets.ISO_8859_1).build().parse(latin1).article().title())
        .isEqualTo("Titre");
    assertThat(parser.parse(latin1, StandardCharsets.ISO_8859_1).article().lead())
        .containsExactly(Paragraph.of("Déjà"));
  }

  @Test
  void aByteOrderMarkIsNotPartOfTheTitle() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text = "Titre\n\nTexte.".getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, withBom, 0, bom.length);
    System.arraycopy(text, 0, withBom, bom.length, text.length);

    assertThat(ArticleParser.create().parse(new ByteArrayInputStream(withBom)).article().title()).isEqualTo("Titre");
  }

  @Test
  @Timeout(60)
  void oneParserSharedByManyThreadsGivesTheSequentialResults() throws Exception {
    ArticleParser parser = ArticleParser.create();
    List<String> inputs = Fixtures.names().stream().map(Fixtures::text).collect(java.util.stream.Collectors.toList());
    List<ParseResult> sequential = new ArrayList<>();
    for (String input : inputs) {
      sequential.add(parser.parse(input));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<ParseResult>>> futures = new ArrayList<>();
      for (int thread = 0; thread < 8; thread++) {
        futures.add(pool.submit(() -> {
          List<ParseResult> results = new ArrayList<>();
          for (int round = 0; round < 20; round++) {
            results.clear();
            for (String input : inputs) {
              results.add(parser.parse(input));
            }
          }
          return results;
        }));
      }
      for (Future<List<ParseResult>> future : futures) {
        List<ParseResult> results = future.get();
        for (int i = 0; i < inputs.size(); i++) {
          assertThat(results.get(i).article()).isEqualTo(sequential.get(i).article());
          assertThat(results.get(i).diagnostics()).isEqualTo(sequential.get(i).diagnostics());
        }
      }
    } finally {
      pool.shutdown();
      assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void diagnosticsFormatInCompilerStyle() {
    Diagnostic diagnostic = new Diagnostic(Diagnostic.Severity.WARNING, DiagnosticCode.HEADING_NOT_FOUND,
        "heading \"X\" is listed but not found in the body", 4, 1);

    assertThat(diagnostic.format())
        .isEqualTo("4:1: warning: heading \"X\" is listed but not found in the body [HEADING_NOT_FOUND]");
    assertThat(diagnostic).hasToString(diagnostic.format());
    assertThatThrownBy(() -> new Diagnostic(Diagnostic.Severity.INFO, DiagnosticCode.EMPTY_SECTION, "m", 0, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

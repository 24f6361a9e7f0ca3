package io.github.articlekit.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.articlekit.testing.ReferenceText;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The reference article: its copied text, its hand-built spans and its golden JSON. */
class ReferenceArticleTest {
  private static final String TEXT = ReferenceArticle.text();
  private static final Article ARTICLE = ReferenceArticle.build();
  private static final ObjectMapper PLAIN = new ObjectMapper();

  @Test
  void referenceTextIsAByteForByteCopyOfTheSeed() throws Exception {
    byte[] bytes = ReferenceText.bytes();
    // SHA-256 of the seed reference article (examples/samples/000_e5549e3a27514e14.txt), taken when the copy was made.
    assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)))
        .isEqualTo("e3460375030af86c13fbee3e1506838c81807cd3072c485c6430e37787bc295f");
    assertThat(bytes).hasSize(3889);
    assertThat(TEXT).hasSize(3770).doesNotContain("\r").doesNotEndWith("\n");
    assertThat(TEXT.split("\n", -1)).hasSize(69);
  }

  @Test
  void headingListIsLinesThreeToFourteenAndTheFirstSectionStartsOnLineFifteen() {
    String[] lines = TEXT.split("\n", -1);
    assertThat(ARTICLE.title()).isEqualTo(lines[0]);
    assertThat(ARTICLE.headings()).hasSize(12).containsExactly(java.util.Arrays.copyOfRange(lines, 2, 14));
    assertThat(lines[14]).isEqualTo(ARTICLE.headings().get(0));
    assertThat(ARTICLE.sections()).extracting(Section::heading).containsExactlyElementsOf(ARTICLE.headings());
    assertThat(ARTICLE.sections().get(0).span()).get().extracting(SourceSpan::startLine).isEqualTo(15);
    assertThat(ARTICLE.lead()).isEmpty();
  }

  @Test
  void handBuiltArticleHasTheExpectedShape() {
    assertThat(ARTICLE.sections()).allSatisfy(s -> assertThat(s.paragraphs()).hasSize(1));
    assertThat(ARTICLE.sections().get(2).blocks()).hasSize(2);
    assertThat(ARTICLE.crossLinks()).containsExactly(CrossLink.of("LIRE AUSSI",
        "Confirmation du secrétaire américain à la Défense : des troupes nord-coréennes sont en route pour l'Ukraine"));
    assertThat(ARTICLE.crossLinks().get(0).url()).isEmpty();
    assertThat(ARTICLE.boilerplate()).extracting(Boilerplate::text).containsExactly(
        "Chaque jour, nous vous proposons de nouveaux contenus captivants, cliquez sur \"Suivre\" pour ne rien manquer !",
        "Et aussi");
    assertThat(ARTICLE.paragraphs()).hasSize(12);
    assertThat(ARTICLE.blocks()).hasSize(13);
  }

  @Test
  void everySpanCoversExactlyItsElementsSourceText() {
    List<String> checked = new ArrayList<>();
    for (Section section : ARTICLE.sections()) {
      List<String> blockSources = new ArrayList<>();
      for (Block block : section.blocks()) {
        String expected;
        if (block instanceof CrossLink) {
          CrossLink link = (CrossLink) block;
          expected = link.label() + " : " + link.title();
        } else {
          expected = block.text();
        }
        assertThat(sourceOf(block.span())).as("source of %s", block).isEqualTo(expected);
        blockSources.add(expected);
        checked.add(expected);
      }
      String sectionSource = section.heading() + "\n\n" + String.join("\n\n", blockSources);
      assertThat(sourceOf(section.span())).as("source of %s", section).isEqualTo(sectionSource);
      checked.add(sectionSource);
    }
    for (Boilerplate boilerplate : ARTICLE.boilerplate()) {
      assertThat(sourceOf(boilerplate.span())).as("source of %s", boilerplate).isEqualTo(boilerplate.text());
      checked.add(boilerplate.text());
    }
    assertThat(checked).hasSize(12 + 13 + 2);
  }

  @Test
  void everySpansLinesMatchItsOffsets() {
    List<SourceSpan> spans = allSpans(ARTICLE);
    assertThat(spans).hasSize(12 + 13 + 2);
    for (SourceSpan span : spans) {
      assertThat(lineAt(span.startOffset())).as("start line of %s", span).isEqualTo(span.startLine());
      assertThat(lineAt(span.endOffset() - 1)).as("end line of %s", span).isEqualTo(span.endLine());
      String source = span.textIn(TEXT);
      assertThat(source).as("%s is stripped", span).isEqualTo(source.strip()).isNotEmpty();
    }
    // The last boilerplate line ends the file, which has no final line break.
    assertThat(ARTICLE.boilerplate().get(1).span()).get().extracting(SourceSpan::endOffset).isEqualTo(TEXT.length());
  }

  @Test
  void goldenJsonEqualsTheWrittenHandBuiltArticleAsATree() throws Exception {
    JsonNode golden = PLAIN.readTree(TestResources.text(ReferenceArticle.JSON_RESOURCE));
    assertThat(PLAIN.readTree(ArticleJson.toPrettyJson(ARTICLE))).isEqualTo(golden);
    assertThat(PLAIN.readTree(ArticleJson.toJson(ARTICLE))).isEqualTo(golden);
    assertThat(PLAIN.readTree(PLAIN.writeValueAsString(ARTICLE))).isEqualTo(golden);
    // The golden file carries the spans, so the comparison above covers them.
    assertThat(golden.at("/sections/2/blocks/1/span/startLine").intValue()).isEqualTo(27);
    assertThat(golden.at("/sections/2/span").isObject()).isTrue();
  }

  @Test
  void goldenJsonReadsBackIntoTheHandBuiltArticleSpansIncluded() throws Exception {
    String golden = TestResources.text(ReferenceArticle.JSON_RESOURCE);
    List<Article> readings = List.of(
        ArticleJson.fromJson(golden),
        ArticleJson.fromJson(new ByteArrayInputStream(golden.getBytes(StandardCharsets.UTF_8))),
        ArticleJson.fromJson(new java.io.StringReader(golden)),
        PLAIN.readValue(golden, Article.class));
    for (Article read : readings) {
      assertThat(read).isEqualTo(ARTICLE).hasSameHashCodeAs(ARTICLE);
      // equals ignores spans: compare them one by one.
      assertThat(read.sections()).extracting(Section::span)
          .containsExactlyElementsOf(ARTICLE.sections().stream().map(Section::span).collect(Collectors.toList()));
      assertThat(allSpans(read)).containsExactlyElementsOf(allSpans(ARTICLE));
    }
  }

  @Test
  void conveniencesOnTheReferenceArticle() {
    assertThat(ARTICLE.section("LA RÉACTION  CÔTÉ russe")).get().extracting(Section::heading)
        .isEqualTo("La réaction côté russe");
    String plain = ARTICLE.plainText();
    assertThat(plain).startsWith(ARTICLE.title() + "\n\nUn conflit diplomatique\n\nDernier revers")
        .endsWith("se tourne de plus en plus vers Pyongyang.")
        .doesNotContain("LIRE AUSSI", "Confirmation du secrétaire", "Chaque jour", "Et aussi");
    assertThat(plain).hasSize(3179);
    // Counted independently: runs of letters or digits, inner apostrophes and hyphens kept.
    assertThat(ARTICLE.wordCount()).isEqualTo(491);
  }

  private static String sourceOf(Optional<SourceSpan> span) {
    assertThat(span).as("span").isPresent();
    return TEXT.substring(span.get().startOffset(), span.get().endOffset());
  }

  private static int lineAt(int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (TEXT.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /** Every span of the article: each section's, then its blocks', then the boilerplate's. */
  static List<SourceSpan> allSpans(Article article) {
    List<SourceSpan> spans = new ArrayList<>();
    article.lead().forEach(b -> b.span().ifPresent(spans::add));
    for (Section section : article.sections()) {
      section.span().ifPresent(spans::add);
      section.blocks().forEach(b -> b.span().ifPresent(spans::add));
    }
    article.boilerplate().forEach(b -> b.span().ifPresent(spans::add));
    return spans;
  }
}

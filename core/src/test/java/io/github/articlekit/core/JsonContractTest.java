package io.github.articlekit.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The JSON form: the public contract other programs read. */
class JsonContractTest {
  /** A plain mapper: no module registered, nothing configured. */
  private static final ObjectMapper PLAIN = new ObjectMapper();
  private static final SourceSpan SPAN = SourceSpan.of(15, 17, 416, 646);

  private static Article full() {
    return Article.builder()
        .title("Titre")
        .addHeadings("Partie")
        .addLead(Paragraph.of("Chapeau."), CrossLink.builder().label("READ MORE").title("Autre").url("https://example.org/a")
            .build())
        .addSections(Section.builder().heading("Partie").span(SPAN)
            .addBlocks(Paragraph.builder().text("Texte.").span(SourceSpan.of(17, 17, 441, 646)).build(),
                CrossLink.builder().label("LIRE AUSSI").title("Lien").span(SourceSpan.of(19, 19, 650, 700)).build())
            .build())
        .addBoilerplate(Boilerplate.builder().text("Et aussi").span(SourceSpan.of(21, 21, 702, 710)).build())
        .build();
  }

  @Test
  void fieldNamesAreExactlyTheContractsInOrder() throws Exception {
    JsonNode json = PLAIN.readTree(PLAIN.writeValueAsString(full()));
    assertThat(names(json)).containsExactly("title", "headings", "lead", "sections", "boilerplate");
    assertThat(names(json.get("lead").get(0))).containsExactly("type", "text");
    assertThat(names(json.get("lead").get(1))).containsExactly("type", "label", "title", "url");
    JsonNode section = json.get("sections").get(0);
    assertThat(names(section)).containsExactly("heading", "blocks", "span");
    assertThat(names(section.get("span"))).containsExactly("startLine", "endLine", "startOffset", "endOffset");
    assertThat(names(section.get("blocks").get(0))).containsExactly("type", "text", "span");
    assertThat(names(section.get("blocks").get(1))).containsExactly("type", "label", "title", "span");
    assertThat(names(json.get("boilerplate").get(0))).containsExactly("text", "span");
  }

  @Test
  void writesTheExactDocumentForAFullArticle() throws Exception {
    String expected = "{\"title\":\"Titre\",\"headings\":[\"Partie\"],"
        + "\"lead\":[{\"type\":\"paragraph\",\"text\":\"Chapeau.\"},"
        + "{\"type\":\"crossLink\",\"label\":\"READ MORE\",\"title\":\"Autre\",\"url\":\"https://example.org/a\"}],"
        + "\"sections\":[{\"heading\":\"Partie\",\"blocks\":["
        + "{\"type\":\"paragraph\",\"text\":\"Texte.\",\"span\":{\"startLine\":17,\"endLine\":17,\"startOffset\":441,\"endOffset\":646}},"
        + "{\"type\":\"crossLink\",\"label\":\"LIRE AUSSI\",\"title\":\"Lien\",\"span\":{\"startLine\":19,\"endLine\":19,\"startOffset\":650,\"endOffset\":700}}],"
        + "\"span\":{\"startLine\":15,\"endLine\":17,\"startOffset\":416,\"endOffset\":646}}],"
        + "\"boilerplate\":[{\"text\":\"Et aussi\",\"span\":{\"startLine\":21,\"endLine\":21,\"startOffset\":702,\"endOffset\":710}}]}";
    assertThat(ArticleJson.toJson(full())).isEqualTo(expected);
    assertThat(PLAIN.writeValueAsString(full())).isEqualTo(expected);
    assertThat(PLAIN.readTree(ArticleJson.toPrettyJson(full()))).isEqualTo(PLAIN.readTree(expected));
    assertThat(ArticleJson.toPrettyJson(full())).contains("\n  \"headings\"");
  }

  @Test
  void emptyListsAreWrittenAsEmptyArraysAndAbsentPartsAreOmittedNeverNull() throws Exception {
    Article bare = Article.builder().title("Seul").addSections(Section.builder().heading("Vide").build()).build();
    String json = PLAIN.writeValueAsString(bare);
    assertThat(json).isEqualTo("{\"title\":\"Seul\",\"headings\":[],\"lead\":[],"
        + "\"sections\":[{\"heading\":\"Vide\",\"blocks\":[]}],\"boilerplate\":[]}");
    String noUrlNoSpan = PLAIN.writeValueAsString(Article.builder().title("T")
        .addLead(CrossLink.of("LIRE AUSSI", "Lien"), Paragraph.of("P"))
        .addBoilerplate(Boilerplate.of("B")).build());
    assertThat(noUrlNoSpan).doesNotContain("null", "\"url\"", "\"span\"");
  }

  @Test
  void eachTypeIsWrittenAndReadAloneByAPlainMapper() throws Exception {
    Paragraph paragraph = Paragraph.builder().text("P").span(SPAN).build();
    assertThat(PLAIN.writeValueAsString(paragraph))
        .isEqualTo("{\"type\":\"paragraph\",\"text\":\"P\",\"span\":{\"startLine\":15,\"endLine\":17,\"startOffset\":416,\"endOffset\":646}}");
    CrossLink link = CrossLink.builder().label("L").title("T").url("https://x.org").build();
    assertThat(PLAIN.writeValueAsString(link))
        .isEqualTo("{\"type\":\"crossLink\",\"label\":\"L\",\"title\":\"T\",\"url\":\"https://x.org\"}");
    assertThat(PLAIN.writeValueAsString(SPAN))
        .isEqualTo("{\"startLine\":15,\"endLine\":17,\"startOffset\":416,\"endOffset\":646}");

    assertThat(PLAIN.readValue(PLAIN.writeValueAsString(paragraph), Paragraph.class)).isEqualTo(paragraph)
        .extracting(Paragraph::span).isEqualTo(paragraph.span());
    assertThat(PLAIN.readValue(PLAIN.writeValueAsString(link), CrossLink.class)).isEqualTo(link);
    assertThat(PLAIN.readValue(PLAIN.writeValueAsString(link), Block.class)).isEqualTo(link);
    assertThat(PLAIN.readValue(PLAIN.writeValueAsString(paragraph), Block.class)).isInstanceOf(Paragraph.class)
        .isEqualTo(paragraph);
    Section section = full().sections().get(0);
    Section readSection = PLAIN.readValue(PLAIN.writeValueAsString(section), Section.class);
    assertThat(readSection).isEqualTo(section);
    assertThat(readSection.span()).isEqualTo(section.span());
    Boilerplate boilerplate = full().boilerplate().get(0);
    assertThat(PLAIN.readValue(PLAIN.writeValueAsString(boilerplate), Boilerplate.class).span())
        .isEqualTo(boilerplate.span());
    assertThat(PLAIN.readValue(PLAIN.writeValueAsString(SPAN), SourceSpan.class)).isEqualTo(SPAN);
  }

  @Test
  void aPlainMapperReadsAndWritesAnArticleWithNoModule() throws Exception {
    ObjectMapper fresh = new ObjectMapper();
    assertThat(fresh.getRegisteredModuleIds()).isEmpty();
    Article read = fresh.readValue(fresh.writeValueAsString(full()), Article.class);
    assertThat(read).isEqualTo(full());
    assertThat(ReferenceArticleTest.allSpans(read)).containsExactlyElementsOf(ReferenceArticleTest.allSpans(full()));
    // Inside a user's own container types too.
    List<Article> list = fresh.readValue("[" + fresh.writeValueAsString(full()) + "]",
        fresh.getTypeFactory().constructCollectionType(List.class, Article.class));
    assertThat(list).containsExactly(full());
  }

  @Test
  void readingIgnoresUnknownPropertiesAtEveryLevel() throws Exception {
    String json = "{\"version\":2,\"title\":\"T\",\"extra\":{\"deep\":[1,2,{\"x\":null}]},"
        + "\"headings\":[\"H\"],"
        + "\"lead\":[{\"type\":\"paragraph\",\"text\":\"P\",\"style\":\"bold\"}],"
        + "\"sections\":[{\"heading\":\"H\",\"level\":2,\"blocks\":["
        + "{\"type\":\"crossLink\",\"label\":\"L\",\"title\":\"X\",\"target\":\"_blank\","
        + "\"span\":{\"startLine\":1,\"endLine\":1,\"startOffset\":0,\"endOffset\":3,\"startColumn\":1}}],"
        + "\"span\":{\"startLine\":1,\"endLine\":2,\"startOffset\":0,\"endOffset\":9,\"unit\":\"utf16\"}}],"
        + "\"boilerplate\":[{\"text\":\"B\",\"kind\":\"followUs\"}],"
        + "\"wordCount\":7,\"plainText\":\"ignored\"}";
    Article expected = Article.builder().title("T").addHeadings("H").addLead(Paragraph.of("P"))
        .addSections(Section.builder().heading("H").addBlocks(CrossLink.of("L", "X")).build())
        .addBoilerplate(Boilerplate.of("B")).build();
    for (Article read : List.of(PLAIN.readValue(json, Article.class), ArticleJson.fromJson(json))) {
      assertThat(read).isEqualTo(expected);
      assertThat(read.sections().get(0).span()).contains(SourceSpan.of(1, 2, 0, 9));
      assertThat(read.sections().get(0).blocks().get(0).span()).contains(SourceSpan.of(1, 1, 0, 3));
    }
  }

  @Test
  void absentListsReadAsEmptyAndNullOptionalsAsAbsent() throws Exception {
    Article minimal = ArticleJson.fromJson("{\"title\":\"T\"}");
    assertThat(minimal).isEqualTo(Article.builder().title("T").build());
    Article withNulls = PLAIN.readValue("{\"title\":\"T\",\"lead\":[{\"type\":\"crossLink\",\"label\":\"L\",\"title\":\"X\","
        + "\"url\":null,\"span\":null}],\"sections\":[{\"heading\":\"H\",\"span\":null}]}", Article.class);
    assertThat(withNulls.crossLinks().get(0).url()).isEmpty();
    assertThat(withNulls.crossLinks().get(0).span()).isEmpty();
    assertThat(withNulls.sections().get(0).span()).isEmpty();
    assertThat(withNulls.sections().get(0).blocks()).isEmpty();
    assertThat(PLAIN.writeValueAsString(withNulls)).doesNotContain("null");
  }

  static Stream<String> documents() {
    return Stream.of(
        "{\"title\":\"T\",\"headings\":[],\"lead\":[],\"sections\":[],\"boilerplate\":[]}",
        "{\"title\":\"Un titre\",\"headings\":[\"A\",\"B\"],\"lead\":[],"
            + "\"sections\":[{\"heading\":\"A\",\"blocks\":[{\"type\":\"paragraph\",\"text\":\"Un.\"}]},"
            + "{\"heading\":\"b\",\"blocks\":[]}],\"boilerplate\":[]}",
        "{\"title\":\"Émojis 😀 et \\\"guillemets\\\" \\\\ \\u0001\",\"headings\":[\"北朝鮮\"],"
            + "\"lead\":[{\"type\":\"crossLink\",\"label\":\"READ MORE\",\"title\":\"x\",\"url\":\"https://example.org/?q=1&r=é\"},"
            + "{\"type\":\"paragraph\",\"text\":\"Core\\u0301e\\u00a0!\"}],"
            + "\"sections\":[],\"boilerplate\":[{\"text\":\"Et aussi\"}]}",
        "{\"title\":\"T\",\"headings\":[\"H\"],\"lead\":[],"
            + "\"sections\":[{\"heading\":\"H\",\"blocks\":[{\"type\":\"paragraph\",\"text\":\"P\","
            + "\"span\":{\"startLine\":3,\"endLine\":3,\"startOffset\":5,\"endOffset\":6}}],"
            + "\"span\":{\"startLine\":1,\"endLine\":3,\"startOffset\":2,\"endOffset\":6}}],"
            + "\"boilerplate\":[{\"text\":\"B\",\"span\":{\"startLine\":5,\"endLine\":5,\"startOffset\":8,\"endOffset\":9}}]}",
        TestResources.text(ReferenceArticle.JSON_RESOURCE));
  }

  @ParameterizedTest
  @MethodSource("documents")
  void canonicalDocumentsRoundTripJsonToModelToJson(String json) throws Exception {
    JsonNode original = PLAIN.readTree(json);
    Article viaHelper = ArticleJson.fromJson(json);
    Article viaPlain = PLAIN.readValue(json, Article.class);
    assertThat(viaPlain).isEqualTo(viaHelper);
    assertThat(PLAIN.readTree(ArticleJson.toJson(viaHelper))).isEqualTo(original);
    assertThat(PLAIN.readTree(ArticleJson.toPrettyJson(viaHelper))).isEqualTo(original);
    assertThat(PLAIN.readTree(PLAIN.writeValueAsString(viaPlain))).isEqualTo(original);
    // And once more: the written form is stable.
    assertThat(ArticleJson.toJson(ArticleJson.fromJson(ArticleJson.toJson(viaHelper)))).isEqualTo(ArticleJson.toJson(viaHelper));
  }

  @Test
  void modelsRoundTripModelToJsonToModelSpansIncluded() {
    for (Article article : List.of(full(), ReferenceArticle.build(), ModelTest.withoutSpans(ReferenceArticle.build()),
        Article.builder().title("T").build())) {
      Article back = ArticleJson.fromJson(ArticleJson.toPrettyJson(article));
      assertThat(back).isEqualTo(article);
      assertThat(ReferenceArticleTest.allSpans(back)).containsExactlyElementsOf(ReferenceArticleTest.allSpans(article));
    }
  }

  @Test
  void writeToAWriterLeavesItOpen() throws Exception {
    StringWriter out = new StringWriter();
    boolean[] closed = {false};
    Writer watched = new java.io.FilterWriter(out) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    ArticleJson.write(full(), watched, false);
    watched.write("\n");
    ArticleJson.write(full(), watched, true);
    assertThat(closed[0]).isFalse();
    String[] parts = out.toString().split("\n", 2);
    assertThat(parts[0]).isEqualTo(ArticleJson.toJson(full()));
    assertThat(parts[1]).isEqualTo(ArticleJson.toPrettyJson(full()));
  }

  @Test
  void newMapperIsFreshEachTimeAndReadsTheSameForm() throws Exception {
    ObjectMapper one = ArticleJson.newMapper();
    assertThat(one).isNotSameAs(ArticleJson.newMapper());
    assertThat(one.readValue(ArticleJson.toJson(full()), Article.class)).isEqualTo(full());
    assertThat(one.writeValueAsString(full())).isEqualTo(ArticleJson.toJson(full()));
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }
}

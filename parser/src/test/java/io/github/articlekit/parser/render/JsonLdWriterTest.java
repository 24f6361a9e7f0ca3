package io.github.articlekit.parser.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.articlekit.core.Article;
import io.github.articlekit.core.ArticleJson;
import io.github.articlekit.core.CrossLink;
import io.github.articlekit.core.Paragraph;
import io.github.articlekit.core.Section;
import io.github.articlekit.core.internal.Texts;
import io.github.articlekit.parser.ArticleParser;
import io.github.articlekit.parser.Language;
import io.github.articlekit.testing.ReferenceText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON-LD is valid (expanded offline by a real processor), uses schema.org terms only, each on a type
 * that has it, and carries the article: headline, body, word count, a part per section, a citation per
 * cross-link.
 */
class JsonLdWriterTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ArticleParser PARSER = ArticleParser.create();
  private static final JsonLdWriter WRITER = JsonLdWriter.create();

  @Test
  void theReferenceArticleExpandsTo12PartsAnd1CitationInFrench() {
    Article article = PARSER.parseArticle(ReferenceText.text());
    String jsonLd = WRITER.write(article);

    JsonNode node = checkedExpansion(jsonLd).get(0);
    assertThat(node.get("@type")).containsExactly(MAPPER.valueToTree("https://schema.org/NewsArticle"));
    assertThat(node.get(JsonLd.SCHEMA + "hasPart")).hasSize(12);
    assertThat(node.get(JsonLd.SCHEMA + "citation")).hasSize(1);
    assertThat(value(node, "headline")).isEqualTo(article.title());
    assertThat(value(node, "inLanguage")).isEqualTo("fr");
    JsonNode citation = node.get(JsonLd.SCHEMA + "citation").get(0);
    assertThat(value(citation, "headline")).isEqualTo(article.crossLinks().get(0).title());
    JsonNode firstPart = node.get(JsonLd.SCHEMA + "hasPart").get(0);
    assertThat(firstPart.get("@type").get(0).asText()).isEqualTo("https://schema.org/WebPageElement");
    assertThat(value(firstPart, "name")).isEqualTo(article.sections().get(0).heading());
    assertThat(value(firstPart, "text")).startsWith(article.sections().get(0).paragraphs().get(0).text());
  }

  static Stream<String> fixtures() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/fixtures"))) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void everyFixtureExpandsWithAPartPerSectionAndACitationPerCrossLink(String fixture) throws IOException {
    Article article = ArticleJson.fromJson(Files.readString(Path.of("src/test/resources/fixtures", fixture)));
    JsonNode node = checkedExpansion(WRITER.write(article)).get(0);

    assertThat(node.path(JsonLd.SCHEMA + "hasPart").size()).isEqualTo(article.sections().size());
    assertThat(node.path(JsonLd.SCHEMA + "citation").size()).isEqualTo(article.crossLinks().size());
    String body = value(node, "articleBody");
    assertThat(Integer.parseInt(value(node, "wordCount"))).isEqualTo(Texts.countWords(body));
    for (Paragraph paragraph : article.paragraphs()) {
      assertThat(body).contains(paragraph.text());
    }
    for (int i = 0; i < article.crossLinks().size(); i++) {
      CrossLink link = article.crossLinks().get(i);
      JsonNode citation = node.get(JsonLd.SCHEMA + "citation").get(i);
      assertThat(value(citation, "headline")).isEqualTo(link.title());
      assertThat(citation.path(JsonLd.SCHEMA + "url").path(0).path("@id").asText(null)).isEqualTo(link.url().orElse(null));
    }
  }

  @Test
  void theLanguageIsTheGivenOneOrTheOnePackOfTheMarkersOrNone() {
    Article french = Article.builder().title("T").addLead(CrossLink.of("Lire aussi", "Autre")).build();
    Article english = Article.builder().title("T").addLead(CrossLink.of("READ MORE", "Other")).build();
    Article mixed = Article.builder().title("T").addLead(CrossLink.of("LIRE AUSSI", "a"), CrossLink.of("READ MORE", "b"))
        .build();
    Article none = Article.builder().title("T").addLead(Paragraph.of("p")).build();
    Article unknownMarker = Article.builder().title("T").addLead(CrossLink.of("PLUS D'INFOS", "a")).build();

    assertThat(tree(WRITER.write(french)).path("inLanguage").asText()).isEqualTo("fr");
    assertThat(tree(WRITER.write(english)).path("inLanguage").asText()).isEqualTo("en");
    assertThat(tree(WRITER.write(mixed)).has("inLanguage")).isFalse();
    assertThat(tree(WRITER.write(none)).has("inLanguage")).isFalse();
    assertThat(tree(WRITER.write(unknownMarker)).has("inLanguage")).isFalse();
    JsonLdWriter german = JsonLdWriter.builder().language(Language.GERMAN).build();
    assertThat(tree(german.write(french)).path("inLanguage").asText()).isEqualTo("de");
    assertThat(tree(german.write(none)).path("inLanguage").asText()).isEqualTo("de");
  }

  @Test
  void hostileTextStaysTheSameText() {
    String hostile = "</script><script>alert(\"x\")</script> & \\ \u2028 \"quoted\" {\"@id\": \"x\"}";
    Article article = Article.builder().title(hostile).addHeadings(hostile)
        .addSections(Section.builder().heading(hostile).addBlocks(Paragraph.of(hostile),
            CrossLink.builder().label("LIRE AUSSI").title(hostile).url("https://example.org/?a=\"b\"&c=<d>").build())
            .build())
        .build();
    String jsonLd = JsonLdWriter.builder().pretty(false).build().write(article);
    assertThat(jsonLd).doesNotContain("\n");
    JsonNode node = checkedExpansion(jsonLd).get(0);
    assertThat(value(node, "headline")).isEqualTo(hostile);
    JsonNode part = node.get(JsonLd.SCHEMA + "hasPart").get(0);
    assertThat(value(part, "name")).isEqualTo(hostile);
    assertThat(value(part, "text")).isEqualTo(hostile);
  }

  @Test
  void anEmptySectionHasANameAndNoText() {
    Article article = Article.builder().title("T").addSections(Section.builder().heading("Vide").build()).build();
    JsonNode part = checkedExpansion(WRITER.write(article)).get(0).get(JsonLd.SCHEMA + "hasPart").get(0);
    assertThat(value(part, "name")).isEqualTo("Vide");
    assertThat(part.has(JsonLd.SCHEMA + "text")).isFalse();
  }

  /**
   * Expands the document and checks its terms: every property it writes is defined by the bundled
   * context (else expansion would drop it silently), every expanded property is a schema.org property of
   * its node's type, and every type is a schema.org type.
   */
  private static JsonNode checkedExpansion(String jsonLd) {
    JsonNode compact = tree(jsonLd);
    assertThat(compact.get("@context").asText()).isEqualTo(JsonLdWriter.CONTEXT);
    List<String> undefined = new ArrayList<>();
    Set<String> terms = JsonLd.contextTerms();
    collectKeys(compact, key -> {
      if (!key.startsWith("@") && !terms.contains(key)) {
        undefined.add(key);
      }
    });
    assertThat(undefined).as("terms the context does not define").isEmpty();

    JsonNode expanded = JsonLd.expand(jsonLd);
    assertThat(expanded).hasSize(1);
    checkSchemaOrgTerms(expanded.get(0), JsonLd.vocabulary());
    return expanded;
  }

  private static void checkSchemaOrgTerms(JsonNode node, Map<String, Set<String>> vocabulary) {
    String type = node.get("@type").get(0).asText();
    assertThat(type).startsWith(JsonLd.SCHEMA);
    Set<String> properties = vocabulary.get(type.substring(JsonLd.SCHEMA.length()));
    assertThat(properties).as("schema.org type %s", type).isNotNull();
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String key = field.getKey();
      if (key.startsWith("@")) {
        continue;
      }
      assertThat(key).startsWith(JsonLd.SCHEMA);
      assertThat(properties).as("properties of %s", type).contains(key.substring(JsonLd.SCHEMA.length()));
      for (JsonNode value : field.getValue()) {
        if (value.has("@type")) {
          checkSchemaOrgTerms(value, vocabulary);
        }
      }
    }
  }

  private static void collectKeys(JsonNode node, java.util.function.Consumer<String> keys) {
    if (node.isObject()) {
      node.fields().forEachRemaining(f -> {
        keys.accept(f.getKey());
        collectKeys(f.getValue(), keys);
      });
    } else if (node.isArray()) {
      node.forEach(item -> collectKeys(item, keys));
    }
  }

  /** The one value of an expanded property. */
  private static String value(JsonNode node, String property) {
    JsonNode values = node.get(JsonLd.SCHEMA + property);
    assertThat(values).as(property).isNotNull().hasSize(1);
    return values.get(0).get("@value").asText();
  }

  private static JsonNode tree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package io.github.articlekit.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.articlekit.testing.JsonSchemas;
import io.github.articlekit.testing.JsonSchemas.Problem;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schema shipped in core's jar says what {@link ArticleJson} says: the JSON it writes and reads
 * passes, the JSON it refuses fails at the same property for the same reason (where a schema can say
 * it), and every property of the model is in the schema.
 */
class JsonSchemaTest {
  private static final ObjectMapper PLAIN = new ObjectMapper();

  /** The one refusal of ArticleJson that JSON Schema cannot express: an order between two properties. */
  private static final String NOT_EXPRESSIBLE = "must not be before";

  private static JsonNode schema() throws IOException {
    return PLAIN.readTree(ArticleJson.schema());
  }

  @Test
  void theSchemasAreDraft202012WithIdsFromTheProjectAndDescribeEveryProperty() throws IOException {
    for (String[] schema : new String[][] {{ArticleJson.schema(), ArticleJson.SCHEMA_ID},
        {ArticleJson.rowSchema(), ArticleJson.ROW_SCHEMA_ID}}) {
      JsonNode tree = PLAIN.readTree(schema[0]);
      assertThat(tree.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
      assertThat(tree.get("$id").asText()).isEqualTo(schema[1]).startsWith("https://articlekit.github.io/schema/");
      List<String> undescribed = new ArrayList<>();
      collectUndescribed(tree, "", undescribed);
      assertThat(undescribed).as("properties and definitions without a description").isEmpty();
    }
  }

  /** Every value of a {@code properties} or {@code $defs} object needs a description, at any depth. */
  private static void collectUndescribed(JsonNode node, String path, List<String> undescribed) {
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String name = field.getKey();
      JsonNode value = field.getValue();
      if ((name.equals("properties") || name.equals("$defs")) && value.isObject()
          && !path.contains("/if")) { // an if's properties are a condition, not a definition
        value.fields().forEachRemaining(p -> {
          if (!p.getValue().hasNonNull("description")) {
            undescribed.add(path + "/" + name + "/" + p.getKey());
          }
        });
      }
      if (value.isContainerNode()) {
        if (value.isArray()) {
          for (int i = 0; i < value.size(); i++) {
            collectUndescribed(value.get(i), path + "/" + name + "/" + i, undescribed);
          }
        } else {
          collectUndescribed(value, path + "/" + name, undescribed);
        }
      }
    }
  }

  static Stream<String> goldenFiles() {
    return Stream.concat(
        JsonFixturesTest.validFiles().stream().map(p -> "json/valid/" + p.getFileName()),
        Stream.of("reference/reference.json"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenFiles")
  void goldenFilesAndWhatArticleJsonWritesOfThemPass(String resource) {
    String json = TestResources.text(resource);
    JsonSchemas.requireValidArticle(json);
    Article article = ArticleJson.fromJson(json);
    JsonSchemas.requireValidArticle(ArticleJson.toJson(article));
    JsonSchemas.requireValidArticle(ArticleJson.toPrettyJson(article));
  }

  @Test
  void theReferenceArticlePasses() {
    JsonSchemas.requireValidArticle(ArticleJson.toJson(ReferenceArticle.build()));
  }

  /** ArticleJson's refusals ({@link InvalidJsonTest}), and a few more, each with its path and reason. */
  static Stream<Arguments> refusals() {
    Stream<Arguments> more = Stream.of(
        // The model's own check names the field in its message, after an empty path.
        Arguments.of("title with a line feed", "{\"title\":\"a\\nb\"}", "", "article.title must be a single line"),
        Arguments.of("heading with a carriage return", "{\"title\":\"T\",\"headings\":[\"a\\rb\"]}", "",
            "article.headings[0] must be a single line"),
        Arguments.of("null root", "null", "", "expected an object, found null"),
        Arguments.of("lead null", "{\"title\":\"T\",\"lead\":null}", "lead", "expected an array, found null"),
        Arguments.of("cross-link without title", "{\"title\":\"T\",\"lead\":[{\"type\":\"crossLink\",\"label\":\"L\"}]}",
            "lead[0].title", "missing required property \"title\""),
        Arguments.of("span line zero", "{\"title\":\"T\",\"boilerplate\":[{\"text\":\"B\",\"span\":"
            + "{\"startLine\":0,\"endLine\":1,\"startOffset\":0,\"endOffset\":1}}]}", "boilerplate[0].span",
            "span.startLine must be at least 1"));
    return Stream.concat(InvalidJsonTest.invalidArticles(), more);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void whatArticleJsonRefusesTheSchemaRefusesAtTheSamePropertyForTheSameReason(String name, String json,
      String path, String problem) {
    // ArticleJson refuses it, with that path and reason...
    assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(ArticleException.class,
        () -> ArticleJson.fromJson(json)).getMessage()).contains(path + ": " + problem);
    List<Problem> problems = JsonSchemas.articleProblems(json);
    if (problem.contains(NOT_EXPRESSIBLE)) {
      assertThat(problems).as("an order between properties is beyond JSON Schema; the schema says it in words")
          .isEmpty();
      assertThat(ArticleJson.schema()).contains("endLine is not before its startLine");
      return;
    }
    // ...and so does the schema, at that property or inside it, with a keyword that says the same.
    String pointer = pointer(path.isEmpty() && problem.startsWith("article.")
        ? problem.substring("article.".length(), problem.indexOf(' ')) : path);
    Set<String> keywords = keywordsFor(problem);
    assertThat(problems).as("%s: %s", name, json).anySatisfy(p -> {
      assertThat(keywords).contains(p.keyword());
      if (p.keyword().equals("required")) {
        // A missing property is reported on the object that lacks it.
        String property = pointer.substring(pointer.lastIndexOf('/') + 1);
        assertThat(p.location()).isEqualTo(pointer.substring(0, pointer.lastIndexOf('/')));
        assertThat(p.message()).contains(property);
      } else {
        assertThat(p.location()).startsWith(pointer);
      }
    });
  }

  /** The schema keywords that express one of ArticleJson's reasons. */
  private static Set<String> keywordsFor(String problem) {
    if (problem.startsWith("missing required property")) {
      return Set.of("required", "type"); // "type" for a property given as null, which the reader takes as missing
    }
    if (problem.startsWith("expected an integer")) {
      return Set.of("type", "maximum"); // a fraction, or a number past the int range
    }
    if (problem.startsWith("expected")) {
      return Set.of("type", "anyOf", "enum"); // anyOf: a value or null; enum: a block type that is not a string
    }
    if (problem.startsWith("must not be blank")) {
      return Set.of("pattern", "anyOf");
    }
    if (problem.contains("must be a single line")) {
      return Set.of("not");
    }
    if (problem.startsWith("unknown block type")) {
      return Set.of("enum");
    }
    if (problem.contains("must not be negative") || problem.contains("must be at least")) {
      return Set.of("minimum");
    }
    throw new AssertionError("no schema keyword known for the reason: " + problem);
  }

  /** {@code sections[0].blocks[1].type} as a JSON pointer, {@code /sections/0/blocks/1/type}. */
  private static String pointer(String path) {
    if (path.isEmpty()) {
      return "";
    }
    return "/" + path.replace("[", ".").replace("]", "").replace('.', '/');
  }

  static Stream<Arguments> invalidFixtures() throws IOException {
    Properties expected = new Properties();
    expected.load(new StringReader(TestResources.text("json/invalid/expected.properties")));
    return JsonFixturesTest.invalidFiles().stream()
        .map(p -> Arguments.of(p.getFileName().toString(), expected.getProperty(p.getFileName().toString())));
  }

  /**
   * The invalid fixture files: the semantic ones fail the schema at the property ArticleJson names; the
   * syntax errors are not JSON, which a schema does not judge.
   */
  @ParameterizedTest(name = "invalid/{0}")
  @MethodSource("invalidFixtures")
  void invalidFixturesFailTheSchemaWhereItCanSay(String file, String expected) throws IOException {
    String json = TestResources.text("json/invalid/" + file);
    if (expected.startsWith("(line")) {
      assertThat(catchJsonSyntax(json)).as("%s is not JSON", file).isTrue();
      return;
    }
    int colon = expected.indexOf(": ");
    String where = expected.substring(0, colon);
    String path = where.startsWith("at ") ? where.substring("at ".length()) : where;
    String problem = expected.substring(colon + 2);
    whatArticleJsonRefusesTheSchemaRefusesAtTheSamePropertyForTheSameReason(file, json, path, problem);
  }

  private static boolean catchJsonSyntax(String json) {
    try {
      ArticleJson.newMapper().readTree(json);
      return false;
    } catch (IOException e) {
      return true;
    }
  }

  // ---- every property of the model is in the schema -------------------------------------------

  /** Each model type and the schema definition that describes its JSON object. */
  private static final Map<Class<?>, String> DEFINITIONS = Map.of(
      Article.class, "",
      Section.class, "/$defs/section",
      Paragraph.class, "/$defs/paragraph",
      CrossLink.class, "/$defs/crossLink",
      Boilerplate.class, "/$defs/boilerplate",
      SourceSpan.class, "/$defs/span");

  /** The model's values: what its type declares abstract (Immutables generates those), less the copiers. */
  private static Set<String> modelProperties(Class<?> type) {
    Set<String> names = new TreeSet<>();
    for (Method method : type.getDeclaredMethods()) {
      int modifiers = method.getModifiers();
      if (Modifier.isPublic(modifiers) && Modifier.isAbstract(modifiers) && method.getParameterCount() == 0) {
        names.add(method.getName());
      }
    }
    return names;
  }

  private static Set<String> schemaProperties(String definition) throws IOException {
    JsonNode node = schema().at(definition + "/properties");
    assertThat(node.isObject()).as("properties of %s", definition.isEmpty() ? "the root" : definition).isTrue();
    Set<String> names = new TreeSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void everyValueOfEveryModelTypeIsAPropertyOfItsSchemaDefinition() throws IOException {
    for (Map.Entry<Class<?>, String> entry : DEFINITIONS.entrySet()) {
      Set<String> model = modelProperties(entry.getKey());
      assertThat(model).as(entry.getKey().getSimpleName()).isNotEmpty();
      assertThat(schemaProperties(entry.getValue())).as("the schema of %s", entry.getKey().getSimpleName())
          .containsAll(model);
    }
  }

  @Test
  void everyPropertyArticleJsonWritesIsInTheSchemaWhereItWritesIt() throws IOException {
    // Every part present: both block kinds, a URL, spans everywhere.
    SourceSpan span = SourceSpan.of(1, 2, 0, 10);
    Article article = Article.builder().title("T").addHeadings("H")
        .addLead(Paragraph.builder().text("p").span(span).build(),
            CrossLink.builder().label("L").title("t").url("https://example.org/").span(span).build())
        .addSections(Section.builder().heading("H").addBlocks(Paragraph.of("q")).span(span).build())
        .addBoilerplate(Boilerplate.builder().text("b").span(span).build())
        .build();
    JsonNode tree = PLAIN.readTree(ArticleJson.toJson(article));
    List<String> written = new ArrayList<>();
    collectNames(tree, "", written);
    assertThat(written).hasSizeGreaterThan(20);
    List<String> missing = new ArrayList<>();
    for (String name : written) {
      int slash = name.lastIndexOf('|');
      if (!schemaProperties(name.substring(0, slash)).contains(name.substring(slash + 1))) {
        missing.add(name);
      }
    }
    assertThat(missing).as("properties written but not in the schema").isEmpty();
    // ...and the values of every type are written: a property the model gains but JSON lacks shows here.
    Set<String> writtenNames = written.stream().map(n -> n.substring(n.lastIndexOf('|') + 1)).collect(Collectors.toSet());
    for (Class<?> type : DEFINITIONS.keySet()) {
      assertThat(writtenNames).as("JSON of %s", type.getSimpleName()).containsAll(modelProperties(type));
    }
  }

  /** Each property name as "definition|name", the definition found from where the object stands. */
  private static void collectNames(JsonNode node, String definition, List<String> out) {
    node.fields().forEachRemaining(field -> {
      String name = field.getKey();
      out.add(definition + "|" + name);
      JsonNode value = field.getValue();
      if (name.equals("span")) {
        collectNames(value, "/$defs/span", out);
      } else if (value.isArray()) {
        for (JsonNode item : value) {
          if (item.isObject()) {
            String itemDefinition = name.equals("sections") ? "/$defs/section"
                : name.equals("boilerplate") ? "/$defs/boilerplate"
                : "crossLink".equals(item.path("type").asText()) ? "/$defs/crossLink" : "/$defs/paragraph";
            collectNames(item, itemDefinition, out);
          }
        }
      }
    });
  }

  // ---- the JSON Lines row ---------------------------------------------------------------------

  @Test
  void rowsWithAnArticleOrAnErrorPassAndOthersFail() {
    String article = ArticleJson.toJson(ReferenceArticle.build());
    JsonSchemas.requireValidRow("{\"source\":\"a.txt\",\"article\":" + article + "}");
    JsonSchemas.requireValidRow("{\"source\":\"-\",\"error\":{\"code\":\"NOT_TEXT\",\"message\":\"NUL at 1:1\"}}");
    assertThat(JsonSchemas.rowProblems("{\"source\":\"a.txt\"}")).isNotEmpty();
    assertThat(JsonSchemas.rowProblems("{\"source\":\"a.txt\",\"article\":" + article
        + ",\"error\":{\"code\":\"NOT_TEXT\",\"message\":\"m\"}}")).isNotEmpty();
    assertThat(JsonSchemas.rowProblems("{\"article\":" + article + "}"))
        .anySatisfy(p -> assertThat(p.keyword()).isEqualTo("required"));
    assertThat(JsonSchemas.rowProblems("{\"source\":\"a.txt\",\"error\":{\"code\":\"not a code\",\"message\":\"m\"}}"))
        .anySatisfy(p -> assertThat(p.location()).isEqualTo("/error/code"));
    // The article inside a row is checked by the article schema, through the relative reference.
    assertThat(JsonSchemas.rowProblems("{\"source\":\"a.txt\",\"article\":{\"title\":\" \"}}"))
        .anySatisfy(p -> assertThat(p.location()).isEqualTo("/article/title"));
  }

  @Test
  void unknownPropertiesPassAsArticleJsonIgnoresThem() {
    String json = TestResources.text("json/valid/unknown-properties.json");
    assertThat(JsonSchemas.articleProblems(json)).isEmpty();
    assertThat(ArticleJson.fromJson(json).title()).isNotBlank();
  }
}

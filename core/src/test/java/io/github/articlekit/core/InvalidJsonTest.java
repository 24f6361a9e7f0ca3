package io.github.articlekit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** JSON that is not an article: refused with a message naming the property, never a crash. */
class InvalidJsonTest {
  private static final ObjectMapper PLAIN = new ObjectMapper();

  /** A valid section whose second block is {@code block}. */
  private static String withSecondBlock(String block) {
    return "{\"title\":\"T\",\"headings\":[\"H\"],\"sections\":[{\"heading\":\"H\",\"blocks\":["
        + "{\"type\":\"paragraph\",\"text\":\"ok\"}," + block + "]}]}";
  }

  private static final String SPAN = "{\"startLine\":1,\"endLine\":1,\"startOffset\":0,\"endOffset\":1}";

  /** Well-formed JSON that does not describe an article: the path, and what the message says. */
  static Stream<Arguments> invalidArticles() {
    return Stream.of(
        Arguments.of("missing title", "{\"headings\":[]}", "title", "missing required property \"title\""),
        Arguments.of("null title", "{\"title\":null}", "title", "missing required property \"title\""),
        Arguments.of("title a number", "{\"title\":42}", "title", "expected a string, found a number"),
        Arguments.of("title an object", "{\"title\":{\"fr\":\"T\"}}", "title", "expected a string, found an object"),
        Arguments.of("blank title", "{\"title\":\" \\u00a0\\u200b\"}", "title", "must not be blank"),
        Arguments.of("empty title", "{\"title\":\"\"}", "title", "must not be blank"),
        Arguments.of("blank heading", "{\"title\":\"T\",\"headings\":[\"A\",\"\\u00a0\"]}", "headings[1]",
            "must not be blank"),
        Arguments.of("heading a number", "{\"title\":\"T\",\"headings\":[\"A\",7]}", "headings[1]",
            "expected a string, found a number"),
        Arguments.of("headings not an array", "{\"title\":\"T\",\"headings\":\"A\"}", "headings",
            "expected an array, found a string"),
        Arguments.of("headings null", "{\"title\":\"T\",\"headings\":null}", "headings", "expected an array, found null"),
        Arguments.of("unknown block type", withSecondBlock("{\"type\":\"image\",\"src\":\"a.png\"}"),
            "sections[0].blocks[1].type", "unknown block type \"image\""),
        Arguments.of("block type in the wrong case", withSecondBlock("{\"type\":\"Paragraph\",\"text\":\"x\"}"),
            "sections[0].blocks[1].type", "unknown block type \"Paragraph\""),
        Arguments.of("missing block type", withSecondBlock("{\"text\":\"x\"}"), "sections[0].blocks[1].type",
            "missing required property \"type\""),
        Arguments.of("block type a number", withSecondBlock("{\"type\":1,\"text\":\"x\"}"),
            "sections[0].blocks[1].type", "expected a string, found a number"),
        Arguments.of("block not an object", withSecondBlock("\"just text\""), "sections[0].blocks[1]",
            "expected an object, found a string"),
        Arguments.of("blank paragraph text", withSecondBlock("{\"type\":\"paragraph\",\"text\":\"\\t\"}"),
            "sections[0].blocks[1].text", "must not be blank"),
        Arguments.of("paragraph without text", withSecondBlock("{\"type\":\"paragraph\"}"),
            "sections[0].blocks[1].text", "missing required property \"text\""),
        Arguments.of("cross-link without label", withSecondBlock("{\"type\":\"crossLink\",\"title\":\"x\"}"),
            "sections[0].blocks[1].label", "missing required property \"label\""),
        Arguments.of("cross-link with blank title",
            withSecondBlock("{\"type\":\"crossLink\",\"label\":\"L\",\"title\":\"\\u200b\"}"),
            "sections[0].blocks[1].title", "must not be blank"),
        Arguments.of("cross-link url a number",
            withSecondBlock("{\"type\":\"crossLink\",\"label\":\"L\",\"title\":\"x\",\"url\":3}"),
            "sections[0].blocks[1].url", "expected a string, found a number"),
        Arguments.of("cross-link url blank",
            withSecondBlock("{\"type\":\"crossLink\",\"label\":\"L\",\"title\":\"x\",\"url\":\" \"}"),
            "sections[0].blocks[1].url", "must not be blank"),
        Arguments.of("blocks not an array",
            "{\"title\":\"T\",\"sections\":[{\"heading\":\"H\",\"blocks\":{\"type\":\"paragraph\",\"text\":\"x\"}}]}",
            "sections[0].blocks", "expected an array, found an object"),
        Arguments.of("section without heading", "{\"title\":\"T\",\"sections\":[{\"blocks\":[]}]}",
            "sections[0].heading", "missing required property \"heading\""),
        Arguments.of("blank section heading", "{\"title\":\"T\",\"sections\":[{\"heading\":\"H\"},{\"heading\":\"\\u3000 \"}]}",
            "sections[1].heading", "must not be blank"),
        Arguments.of("lead item not an object", "{\"title\":\"T\",\"lead\":[[]]}", "lead[0]",
            "expected an object, found an array"),
        Arguments.of("boilerplate without text", "{\"title\":\"T\",\"boilerplate\":[{\"span\":" + SPAN + "}]}",
            "boilerplate[0].text", "missing required property \"text\""),
        Arguments.of("span with endLine before startLine",
            "{\"title\":\"T\",\"sections\":[{\"heading\":\"H\",\"span\":"
                + "{\"startLine\":5,\"endLine\":4,\"startOffset\":0,\"endOffset\":10}}]}",
            "sections[0].span", "span.endLine (4) must not be before span.startLine (5)"),
        Arguments.of("span with a negative offset",
            withSecondBlock("{\"type\":\"paragraph\",\"text\":\"x\",\"span\":"
                + "{\"startLine\":1,\"endLine\":1,\"startOffset\":-2,\"endOffset\":1}}"),
            "sections[0].blocks[1].span", "span.startOffset must not be negative"),
        Arguments.of("span offset a fraction",
            "{\"title\":\"T\",\"boilerplate\":[{\"text\":\"B\",\"span\":"
                + "{\"startLine\":1,\"endLine\":1,\"startOffset\":0.5,\"endOffset\":1}}]}",
            "boilerplate[0].span.startOffset", "expected an integer, found a number"),
        Arguments.of("span offset past int range",
            "{\"title\":\"T\",\"boilerplate\":[{\"text\":\"B\",\"span\":"
                + "{\"startLine\":1,\"endLine\":1,\"startOffset\":0,\"endOffset\":4294967296}}]}",
            "boilerplate[0].span.endOffset", "expected an integer, found a number"),
        Arguments.of("span missing endOffset",
            "{\"title\":\"T\",\"boilerplate\":[{\"text\":\"B\",\"span\":"
                + "{\"startLine\":1,\"endLine\":1,\"startOffset\":0}}]}",
            "boilerplate[0].span.endOffset", "missing required property \"endOffset\""),
        Arguments.of("span not an object", "{\"title\":\"T\",\"boilerplate\":[{\"text\":\"B\",\"span\":[1,1,0,1]}]}",
            "boilerplate[0].span", "expected an object, found an array"),
        Arguments.of("section an array", "{\"title\":\"T\",\"sections\":[[\"H\"]]}",
            "sections[0]", "expected an object, found an array"),
        Arguments.of("section a boolean", "{\"title\":\"T\",\"sections\":[true]}",
            "sections[0]", "expected an object, found a boolean"),
        Arguments.of("boilerplate a string", "{\"title\":\"T\",\"boilerplate\":[\"B\"]}",
            "boilerplate[0]", "expected an object, found a string"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidArticles")
  void aPlainMapperRefusesWithAMessageNamingTheProperty(String name, String json, String path, String problem) {
    MismatchedInputException e = catchThrowableOfType(MismatchedInputException.class,
        () -> PLAIN.readValue(json, Article.class));
    assertThat(e).as(name).isNotNull();
    assertThat(e.getOriginalMessage()).startsWith("Cannot read Article: " + path + ": " + problem);
    assertThat(e.getMessage()).contains(path);
    assertThat(e.getTargetType()).isEqualTo(Article.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidArticles")
  void articleJsonRefusesWithInvalidJsonAndThePropertyPath(String name, String json, String path, String problem) {
    ArticleException e = catchThrowableOfType(ArticleException.class, () -> ArticleJson.fromJson(json));
    assertThat(e).as(name).isNotNull();
    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_JSON);
    assertThat(e.getMessage()).startsWith("Invalid article JSON at " + path + ": " + problem);
    assertThat(e.getCause()).isInstanceOf(JsonMappingException.class);
    // The tree keeps no positions: no line or column rather than a wrong one.
    assertThat(e.line()).isEmpty();
    assertThat(e.column()).isEmpty();
    // The same from characters and from bytes.
    assertThat(catchThrowableOfType(ArticleException.class, () -> ArticleJson.fromJson(new StringReader(json))))
        .hasMessage(e.getMessage());
    assertThat(catchThrowableOfType(ArticleException.class,
        () -> ArticleJson.fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))))
        .hasMessage(e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"[]", "[{\"title\":\"T\"}]", "\"T\"", "42", "true"})
  void aRootThatIsNotAnObjectIsRefused(String json) {
    ArticleException e = catchThrowableOfType(ArticleException.class, () -> ArticleJson.fromJson(json));
    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_JSON);
    assertThat(e.getMessage()).startsWith("Invalid article JSON: expected an object, found ");
    assertThatThrownBy(() -> PLAIN.readValue(json, Article.class)).isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("Cannot read Article: expected an object, found");
  }

  @Test
  void aNullRootIsRefusedByArticleJson() throws Exception {
    for (String json : new String[] {"null", "  null\n"}) {
      assertThatThrownBy(() -> ArticleJson.fromJson(json)).isInstanceOf(ArticleException.class)
          .hasMessage("Invalid article JSON: expected an object, found null")
          .extracting(e -> ((ArticleException) e).code()).isEqualTo(ErrorCode.INVALID_JSON);
    }
    assertThatThrownBy(() -> ArticleJson.fromJson(new StringReader("null"))).isInstanceOf(ArticleException.class);
    assertThatThrownBy(() -> ArticleJson.fromJson(new ByteArrayInputStream("null".getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(ArticleException.class);
    // A plain mapper follows Jackson's rule for every type: a JSON null is a null reference.
    assertThat(PLAIN.readValue("null", Article.class)).isNull();
  }

  /** Text that is not JSON at all: a line and a column point at the problem. */
  static Stream<Arguments> syntaxErrors() {
    return Stream.of(
        Arguments.of("missing comma", "{\n  \"title\": \"x\",\n  \"headings\": [\"a\" \"b\"]\n}", 3, 20,
            "was expecting comma"),
        Arguments.of("unquoted name", "{title: \"x\"}", 1, 2, "was expecting double-quote"),
        Arguments.of("single quotes", "{'title': 'x'}", 1, 2, "was expecting double-quote"),
        Arguments.of("unterminated string", "{\"title\": \"x}", 1, 14, "end-of-input"),
        Arguments.of("unclosed object", "{\"title\": \"x\",\n\"headings\": []", 2, 15, "end-of-input"),
        Arguments.of("trailing comma", "{\"title\": \"x\",}", 1, 15, "was expecting double-quote"),
        Arguments.of("trailing tokens", "{\"title\": \"x\"}\n{\"title\": \"y\"}", 2, 1, "Trailing token"),
        Arguments.of("trailing garbage", "{\"title\": \"x\"} ]", 1, 16, "Unexpected close marker"),
        Arguments.of("comment", "{\"title\": \"x\" /* c */}", 1, 15, "comment"),
        Arguments.of("NaN", "{\"title\": \"x\", \"n\": NaN}", 1, 24, "NaN"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("syntaxErrors")
  void malformedJsonIsRefusedWithItsLineAndColumn(String name, String json, int line, int column, String what) {
    ArticleException e = catchThrowableOfType(ArticleException.class, () -> ArticleJson.fromJson(json));
    assertThat(e).as(name).isNotNull();
    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_JSON);
    assertThat(e.line()).as("line").hasValue(line);
    assertThat(e.column()).as("column").hasValue(column);
    assertThat(e.getMessage()).startsWith("Invalid article JSON (line " + line + ", column " + column + "): ")
        .contains(what);
    assertThat(e.getCause()).isInstanceOf(JsonProcessingException.class);
  }

  @Test
  void bytesGiveAByteOffsetToo() {
    byte[] json = "{\"title\": \"é\",\n \"x\": ]}".getBytes(StandardCharsets.UTF_8);
    ArticleException e = catchThrowableOfType(ArticleException.class,
        () -> ArticleJson.fromJson(new ByteArrayInputStream(json)));
    assertThat(e.line()).hasValue(2);
    assertThat(e.column()).hasValue(7);
    assertThat(e.byteOffset()).hasValue(22);
    assertThat(catchThrowableOfType(ArticleException.class, () -> ArticleJson.fromJson("{\"title\": ]"))
        .byteOffset()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\n\n"})
  void emptyInputIsRefused(String json) {
    ArticleException e = catchThrowableOfType(ArticleException.class, () -> ArticleJson.fromJson(json));
    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_JSON);
    assertThat(e.getMessage()).contains("No content").doesNotContain("column 0");
  }

  static Stream<Arguments> deepNesting() {
    int depth = 100_000;
    return Stream.of(
        Arguments.of("arrays", "[".repeat(depth)),
        Arguments.of("closed arrays", "[".repeat(depth) + "]".repeat(depth)),
        Arguments.of("objects", "{\"a\":".repeat(depth)),
        Arguments.of("arrays under an unknown property", "{\"title\":\"T\",\"extra\":" + "[".repeat(depth)),
        Arguments.of("arrays in a block", "{\"title\":\"T\",\"lead\":" + "[".repeat(depth)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("deepNesting")
  void deeplyNestedJsonFailsFastWithAClearErrorNotAStackOverflow(String name, String json) {
    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
      ArticleException e = catchThrowableOfType(ArticleException.class, () -> ArticleJson.fromJson(json));
      assertThat(e).as(name).isNotNull();
      assertThat(e.code()).isEqualTo(ErrorCode.INVALID_JSON);
      assertThat(e.getMessage()).contains("nesting depth").contains("exceeds the maximum allowed (64");

      // A plain mapper applies Jackson's default limit: still a clean exception, never StackOverflowError.
      Throwable plain = org.assertj.core.api.Assertions.catchThrowable(() -> PLAIN.readValue(json, Article.class));
      assertThat(plain).isInstanceOf(JsonProcessingException.class).hasMessageContaining("nesting depth");
    });
  }

  @Test
  void realArticlesAreFarFromTheNestingLimit() {
    // The model nests five levels deep (article > sections > section > blocks > block > span).
    String nested = "{\"title\":\"T\",\"sections\":[{\"heading\":\"H\",\"blocks\":[{\"type\":\"paragraph\",\"text\":\"x\","
        + "\"span\":{\"startLine\":1,\"endLine\":1,\"startOffset\":0,\"endOffset\":1},"
        + "\"future\":" + "[".repeat(50) + "]".repeat(50) + "}]}]}";
    assertThat(ArticleJson.fromJson(nested).paragraphs()).hasSize(1);
  }
}

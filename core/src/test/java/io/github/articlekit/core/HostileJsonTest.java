package io.github.articlekit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile JSON that {@link InvalidJsonTest} does not already cover: huge documents, values past
 * Jackson's stream read constraints (which {@link ArticleJson} sets deliberately), and more wrong types.
 * Each is read or refused in linear time with a clear {@code INVALID_JSON}; the timeouts guard against
 * a hang.
 */
@Timeout(60)
class HostileJsonTest {

  @Test
  void theStreamReadConstraintsAreSetDeliberately() {
    StreamReadConstraints constraints = ArticleJson.newMapper().getFactory().streamReadConstraints();

    assertThat(constraints.getMaxNestingDepth()).isEqualTo(64);
    assertThat(constraints.getMaxStringLength()).isEqualTo(64 * 1024 * 1024);
    assertThat(constraints.getMaxDocumentLength()).isEqualTo(512L * 1024 * 1024);
    // Jackson's defaults, kept on purpose: a 1,000-digit number or a 50,000-character name is not an article.
    assertThat(constraints.getMaxNumberLength()).isEqualTo(1000);
    assertThat(constraints.getMaxNameLength()).isEqualTo(50_000);
  }

  @Test
  void aHugeArticleReadsInLinearTime() {
    StringBuilder json = new StringBuilder("{\"title\":\"T\",\"sections\":[{\"heading\":\"H\",\"blocks\":[");
    for (int i = 0; i < 100_000; i++) {
      json.append(i == 0 ? "" : ",").append("{\"type\":\"paragraph\",\"text\":\"Paragraph ").append(i)
          .append(" with some words.\",\"span\":{\"startLine\":").append(i + 1).append(",\"endLine\":").append(i + 1)
          .append(",\"startOffset\":0,\"endOffset\":1}}");
    }
    json.append("]}]}");

    Article article = ArticleJson.fromJson(json.toString());

    assertThat(article.paragraphs()).hasSize(100_000);
    assertThat(article.paragraphs().get(99_999).text()).isEqualTo("Paragraph 99999 with some words.");
    assertThat(article.paragraphs().get(99_999).span().orElseThrow().startLine()).isEqualTo(100_000);
  }

  @Test
  void aHugeUnknownPropertyIsReadAndIgnored() {
    String json = "{\"title\":\"T\",\"future\":[" + "1,".repeat(2_000_000) + "1],\"more\":{" + keys(200_000) + "}}";

    assertThat(ArticleJson.fromJson(json).title()).isEqualTo("T");
  }

  @Test
  void aStringLongerThanTheLimitIsRefused() {
    String json = "{\"title\":\"" + "x".repeat(64 * 1024 * 1024 + 1) + "\"}";

    ArticleException e = catchThrowableOfType(ArticleException.class, () -> ArticleJson.fromJson(json));

    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_JSON);
    assertThat(e.getMessage()).contains("String value length").contains("exceeds the maximum allowed");
  }

  static Stream<Arguments> pastTheConstraints() {
    return Stream.of(
        Arguments.of("a 100,000-digit number", "{\"title\":\"T\",\"n\":" + "9".repeat(100_000) + "}", "Number value length"),
        Arguments.of("a 100,000-digit fraction", "{\"title\":\"T\",\"n\":0." + "3".repeat(100_000) + "}", "Number value length"),
        Arguments.of("a 100,000-character name", "{\"title\":\"T\",\"" + "k".repeat(100_000) + "\":1}", "Name length"),
        Arguments.of("a huge offset", "{\"title\":\"T\",\"lead\":[{\"type\":\"paragraph\",\"text\":\"x\",\"span\":"
            + "{\"startLine\":1,\"endLine\":1,\"startOffset\":0,\"endOffset\":1" + "0".repeat(900) + "}}]}", "expected an integer"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pastTheConstraints")
  void valuesPastTheConstraintsAreRefusedQuickly(String name, String json, String message) {
    for (ArticleException e : new ArticleException[] {
        catchThrowableOfType(ArticleException.class, () -> ArticleJson.fromJson(json)),
        catchThrowableOfType(ArticleException.class,
            () -> ArticleJson.fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))}) {
      assertThat(e).as(name).isNotNull();
      assertThat(e.code()).isEqualTo(ErrorCode.INVALID_JSON);
      assertThat(e.getMessage()).contains(message);
    }
  }

  /** Found by fuzzing: bytes Jackson reads as UTF-32 but that are not valid UTF-32 escaped as UncheckedIOException. */
  @Test
  void malformedUtf32BytesAreInvalidJsonNotAnIoFailure() {
    byte[] json = "{\"title\":\"T\u00e9\"}".getBytes(java.nio.charset.Charset.forName("UTF-32BE"));
    json[json.length - 12] = (byte) 0xBE; // "é" becomes 0xBE0000E9, above U+10FFFF

    ArticleException e = catchThrowableOfType(ArticleException.class, () -> ArticleJson.fromJson(new ByteArrayInputStream(json)));

    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_JSON);
    assertThat(e.getMessage()).startsWith("Invalid article JSON: ").contains("UTF-32");
  }

  static Stream<Arguments> wrongTypes() {
    return Stream.of(
        Arguments.of("title a boolean", "{\"title\":true}", "title", "expected a string, found a boolean"),
        Arguments.of("null heading", "{\"title\":\"T\",\"headings\":[null]}", "headings[0]", "expected a string, found null"),
        Arguments.of("null lead block", "{\"title\":\"T\",\"lead\":[null]}", "lead[0]", "expected an object, found null"),
        Arguments.of("null section", "{\"title\":\"T\",\"sections\":[null]}", "sections[0]", "expected an object, found null"),
        Arguments.of("null boilerplate", "{\"title\":\"T\",\"boilerplate\":[null]}", "boilerplate[0]",
            "expected an object, found null"),
        Arguments.of("lead an object", "{\"title\":\"T\",\"lead\":{}}", "lead", "expected an array, found an object"),
        Arguments.of("sections a number", "{\"title\":\"T\",\"sections\":3}", "sections", "expected an array, found a number"),
        Arguments.of("block type null", "{\"title\":\"T\",\"lead\":[{\"type\":null,\"text\":\"x\"}]}", "lead[0].type",
            "missing required property \"type\""),
        Arguments.of("span line a string", "{\"title\":\"T\",\"boilerplate\":[{\"text\":\"B\",\"span\":"
            + "{\"startLine\":\"1\",\"endLine\":1,\"startOffset\":0,\"endOffset\":1}}]}", "boilerplate[0].span.startLine",
            "expected an integer, found a string"),
        Arguments.of("span line zero", "{\"title\":\"T\",\"boilerplate\":[{\"text\":\"B\",\"span\":"
            + "{\"startLine\":0,\"endLine\":1,\"startOffset\":0,\"endOffset\":1}}]}", "boilerplate[0].span",
            "span.startLine must be at least 1"),
        Arguments.of("text with a line break", "{\"title\":\"T\",\"lead\":[{\"type\":\"paragraph\",\"text\":\"a\\nb\"}]}",
            "lead[0]", "must be a single line"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wrongTypes")
  void wrongTypesAreRefusedWithThePropertyPath(String name, String json, String path, String problem) {
    ArticleException e = catchThrowableOfType(ArticleException.class, () -> ArticleJson.fromJson(json));

    assertThat(e).as(name).isNotNull();
    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_JSON);
    assertThat(e.getMessage()).startsWith("Invalid article JSON at " + path + ": ").contains(problem);
  }

  private static String keys(int count) {
    StringBuilder keys = new StringBuilder();
    for (int i = 1; i <= count; i++) {
      keys.append("\"k").append(i).append("\":").append(i).append(i < count ? "," : "");
    }
    return keys.toString();
  }
}

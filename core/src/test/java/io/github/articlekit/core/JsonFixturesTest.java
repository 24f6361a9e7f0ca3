package io.github.articlekit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every file of {@code json/valid} and {@code json/invalid} (test resources): adding a case is
 * adding a file. Each invalid file has an entry in {@code json/invalid/expected.properties}.
 */
class JsonFixturesTest {
  private static final ObjectMapper PLAIN = new ObjectMapper();

  static List<Path> validFiles() {
    return jsonFiles("json/valid");
  }

  static List<Path> invalidFiles() {
    return jsonFiles("json/invalid");
  }

  private static List<Path> jsonFiles(String directory) {
    return TestResources.files(directory).stream()
        .filter(p -> p.getFileName().toString().endsWith(".json"))
        .collect(Collectors.toList());
  }

  private static Properties expectations() {
    Properties expected = new Properties();
    try {
      expected.load(new StringReader(TestResources.text("json/invalid/expected.properties")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return expected;
  }

  @Test
  void theDirectoriesHoldTheFixturesAndEveryInvalidOneHasAnExpectation() {
    assertThat(validFiles()).hasSizeGreaterThanOrEqualTo(5);
    assertThat(invalidFiles()).hasSizeGreaterThanOrEqualTo(10);
    Set<String> names = invalidFiles().stream().map(p -> p.getFileName().toString()).collect(Collectors.toSet());
    assertThat(expectations().stringPropertyNames()).containsExactlyInAnyOrderElementsOf(names);
  }

  @ParameterizedTest(name = "valid/{0}")
  @MethodSource("validFiles")
  void validFixturesReadWriteAndReadBackTheSame(Path file) throws Exception {
    String json = TestResources.read(file);
    Article article = ArticleJson.fromJson(json);
    assertThat(PLAIN.readValue(json, Article.class)).isEqualTo(article);

    String written = ArticleJson.toPrettyJson(article);
    Article back = ArticleJson.fromJson(written);
    assertThat(back).isEqualTo(article);
    assertThat(ReferenceArticleTest.allSpans(back)).containsExactlyElementsOf(ReferenceArticleTest.allSpans(article));
    // The written form is the contract's: all five fields, lists present, no nulls.
    JsonNode tree = PLAIN.readTree(written);
    assertThat(tree.size()).isEqualTo(5);
    for (String field : List.of("headings", "lead", "sections", "boilerplate")) {
      assertThat(tree.get(field).isArray()).as(field).isTrue();
    }
    assertThat(tree.findParents("url")).allSatisfy(n -> assertThat(n.get("url").isTextual()).isTrue());
    assertThat(hasNull(tree)).as("a null anywhere in %s", written).isFalse();
    // Every property the input has and the contract knows comes out unchanged.
    JsonNode input = PLAIN.readTree(json);
    assertThat(tree.get("title")).isEqualTo(input.get("title"));
    if (input.has("headings")) {
      assertThat(tree.get("headings")).isEqualTo(input.get("headings"));
    }
  }

  @ParameterizedTest(name = "invalid/{0}")
  @MethodSource("invalidFiles")
  void invalidFixturesAreRefusedAsExpected(Path file) {
    String json = TestResources.read(file);
    String expected = expectations().getProperty(file.getFileName().toString());
    assertThat(expected).as("expectation for %s", file.getFileName()).isNotBlank();
    ArticleException e = catchThrowableOfType(ArticleException.class, () -> ArticleJson.fromJson(json));
    assertThat(e).as(file.getFileName().toString()).isNotNull();
    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_JSON);
    assertThat(e.getMessage()).startsWith("Invalid article JSON").contains(expected);
    assertThat(e.line().isPresent()).as("line only for syntax errors").isEqualTo(expected.startsWith("(line"));
  }

  private static boolean hasNull(JsonNode node) {
    if (node.isNull()) {
      return true;
    }
    for (JsonNode child : node) {
      if (hasNull(child)) {
        return true;
      }
    }
    return false;
  }
}

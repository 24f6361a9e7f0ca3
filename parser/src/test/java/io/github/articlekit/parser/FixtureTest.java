package io.github.articlekit.parser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.articlekit.core.Article;
import io.github.articlekit.core.ArticleJson;
import io.github.articlekit.testing.JsonSchemas;
import io.github.articlekit.parser.Fixtures.Variant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every fixture: its text parses to the article in its JSON file with the diagnostics in its
 * diagnostics file, as written and again with CRLF, CR and a byte order mark.
 */
class FixtureTest {
  private static final ArticleParser PARSER = ArticleParser.create();
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static Stream<String> fixtures() {
    return Fixtures.names().stream();
  }

  static Stream<Arguments> fixtureVariants() {
    List<Arguments> arguments = new ArrayList<>();
    for (String name : Fixtures.names()) {
      for (Variant variant : Variant.values()) {
        arguments.add(Arguments.of(name, variant));
      }
    }
    return arguments.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void asWrittenMatchesGoldenJsonWithSpans(String name) throws Exception {
    ParseResult result = PARSER.parse(Fixtures.text(name));

    JsonNode expected = MAPPER.readTree(Fixtures.expectedJson(name));
    JsonSchemas.requireValidArticle(Fixtures.expectedJson(name)); // the golden JSON is what the schema describes
    JsonNode actual = MAPPER.readTree(ArticleJson.toJson(result.article()));
    assertThat(actual).isEqualTo(expected);
    assertThat(result.diagnostics()).extracting(Diagnostic::format)
        .containsExactlyElementsOf(Fixtures.expectedDiagnostics(name));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("fixtureVariants")
  void everyVariantParsesToTheSameArticle(String name, Variant variant) {
    Article expected = ArticleJson.fromJson(Fixtures.expectedJson(name));

    ParseResult result = PARSER.parse(variant.apply(Fixtures.text(name)));

    assertThat(result.article()).isEqualTo(expected);
    assertThat(codesAndLines(result.diagnostics()))
        .containsExactlyElementsOf(Fixtures.expectedDiagnostics(name).stream()
            .map(line -> line.substring(0, line.indexOf(':')) + " " + line.substring(line.lastIndexOf('[')))
            .collect(Collectors.toList()));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("fixtureVariants")
  void spansPointAtTheElementsInTheGivenString(String name, Variant variant) {
    String input = variant.apply(Fixtures.text(name));

    Article article = PARSER.parseArticle(input);

    SpanAssertions.assertSpansHoldTheirElements(article, input);
  }

  private static List<String> codesAndLines(List<Diagnostic> diagnostics) {
    return diagnostics.stream().map(d -> d.line() + " [" + d.code() + "]").collect(Collectors.toList());
  }
}

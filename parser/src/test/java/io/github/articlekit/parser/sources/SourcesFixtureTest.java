package io.github.articlekit.parser.sources;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.articlekit.core.Article;
import io.github.articlekit.parser.ArticleParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One article per language pack ({@code sources/fixtures/LANG.txt}): a section citing sources in each form
 * (cue first, verb after, verb before after a quotation, apposition, postposition or "wie ... berichtet")
 * and a section of generic phrases that must give nothing. The attributions are those of
 * {@code LANG.json}, as written and with CRLF line ends, and their spans hold their names.
 */
class SourcesFixtureTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ArticleParser PARSER = ArticleParser.create();

  static Stream<Arguments> fixtures() {
    List<Arguments> all = new ArrayList<>();
    for (String language : List.of("fr", "en", "es", "de", "it", "pt")) {
      all.add(Arguments.of(language, false));
      all.add(Arguments.of(language, true));
    }
    return all.stream();
  }

  private static String read(String name) throws IOException {
    try (InputStream in = SourcesFixtureTest.class.getResourceAsStream("/sources/fixtures/" + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @ParameterizedTest(name = "{0} crlf={1}")
  @MethodSource("fixtures")
  void givesTheExpectedSourcesAndNothingForGenericPhrases(String language, boolean crlf) throws IOException {
    String text = read(language + ".txt");
    String input = crlf ? text.replaceAll("\r\n|\r|\n", "\r\n") : text;
    Article article = PARSER.parseArticle(input);

    List<Attribution> found = AttributionExtractor.create().extract(article, input);

    List<Map<String, String>> actual = new ArrayList<>();
    for (Attribution attribution : found) {
      Map<String, String> row = new LinkedHashMap<>();
      attribution.section().ifPresent(section -> row.put("section", section));
      row.put("name", attribution.name());
      row.put("cue", attribution.cue());
      actual.add(row);
      assertThat(attribution.nameSpan().orElseThrow().textIn(input)).isEqualTo(attribution.name());
      assertThat(attribution.sentenceSpan().orElseThrow().textIn(input).replaceAll("\\s+", " "))
          .isEqualTo(attribution.sentence());
    }
    JsonNode expected = MAPPER.readTree(read(language + ".json"));
    JsonNode actualJson = MAPPER.valueToTree(actual);
    assertThat(actualJson).isEqualTo(expected);
    assertThat(expected.size()).isGreaterThanOrEqualTo(6);
    String generic = article.sections().get(1).heading();
    assertThat(found).noneMatch(a -> a.section().orElse("").equals(generic));
  }
}

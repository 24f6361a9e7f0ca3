package io.github.articlekit.beam;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.articlekit.core.Article;
import io.github.articlekit.core.ArticleJson;
import org.junit.jupiter.api.Test;

/** The rows are the CLI's: compact, source first, the article's own JSON form, one line each. */
class JsonLinesTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void articleRowIsTheSourceThenTheArticlesJson() throws Exception {
    Article article = Article.builder().title("A \"title\"").build();
    String row = JsonLines.article("dir/a b\\é\".txt", article);

    assertThat(row).isEqualTo("{\"source\":\"dir/a b\\\\é\\\".txt\",\"article\":" + ArticleJson.toJson(article) + "}");
    JsonNode node = MAPPER.readTree(row);
    assertThat(node.get("source").asText()).isEqualTo("dir/a b\\é\".txt");
    assertThat(ArticleJson.fromJson(node.get("article").toString())).isEqualTo(article);
  }

  @Test
  void errorRowHasCodeAndMessageOnOneLine() throws Exception {
    String row = new Refusal("x.txt", "NOT_TEXT", "first line\r\nsecond\nthird\rfourth").toJsonLine();

    assertThat(row).isEqualTo(
        "{\"source\":\"x.txt\",\"error\":{\"code\":\"NOT_TEXT\",\"message\":\"first line second third fourth\"}}");
    assertThat(row).doesNotContain("\n");
    assertThat(MAPPER.readTree(row).at("/error/code").asText()).isEqualTo("NOT_TEXT");
  }

  @Test
  void controlCharactersInSourcesAreEscaped() {
    assertThat(JsonLines.error("a\tb\u0001.txt", "C", "m")).startsWith("{\"source\":\"a\\tb\\u0001.txt\"");
  }
}

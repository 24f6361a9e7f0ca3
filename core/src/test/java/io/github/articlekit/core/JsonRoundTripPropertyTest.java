package io.github.articlekit.core;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.articlekit.testing.JsonSchemas;
import io.github.articlekit.testing.Props;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code ArticleJson.fromJson(ArticleJson.toJson(article))} equals {@code article}, spans included, for
 * every valid article ({@link ModelGen}): compact and pretty, from text, characters and bytes, and with
 * a plain {@link ObjectMapper}; and the JSON Schema accepts that JSON.
 */
@Timeout(120)
class JsonRoundTripPropertyTest {
  private static final ObjectMapper PLAIN = new ObjectMapper();

  @Test
  void everyArticleReadsBackFromItsJson() {
    Props.forAll(1000, random -> ModelGen.article(random, true), ModelGen::shrink, ModelGen::describe, article -> {
      String json = ArticleJson.toJson(article);
      JsonSchemas.requireValidArticle(json); // the shipped JSON Schema accepts every article's JSON
      assertSame(ArticleJson.fromJson(json), article, json, "from text");
      assertSame(ArticleJson.fromJson(new StringReader(json)), article, json, "from a reader");
      assertSame(ArticleJson.fromJson(ArticleJson.toPrettyJson(article)), article, json, "pretty");
      StringWriter out = new StringWriter();
      ArticleJson.write(article, out, true);
      assertSame(ArticleJson.fromJson(out.toString()), article, json, "written to a writer");
      try {
        check(PLAIN.writeValueAsString(article).equals(json), "a plain mapper writes other JSON");
        assertSame(PLAIN.readValue(json, Article.class), article, json, "plain mapper");
      } catch (java.io.IOException e) {
        throw new AssertionError("a plain mapper fails", e);
      }
    });
  }

  /** Bytes cannot carry a lone surrogate; every other article reads back from UTF-8, UTF-16 and UTF-32 bytes. */
  @Test
  void everyArticleReadsBackFromItsJsonBytes() {
    Props.forAll(500, random -> ModelGen.article(random, false), ModelGen::shrink, ModelGen::describe, article -> {
      String json = ArticleJson.toJson(article);
      for (java.nio.charset.Charset charset : new java.nio.charset.Charset[] {StandardCharsets.UTF_8,
          StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE, java.nio.charset.Charset.forName("UTF-32BE")}) {
        byte[] bytes = json.getBytes(charset);
        assertSame(ArticleJson.fromJson(new ByteArrayInputStream(bytes)), article, json, charset.name());
      }
    });
  }

  /** Equal, and written back to the same JSON (so spans survived too). */
  private static void assertSame(Article back, Article article, String json, String how) {
    check(back.equals(article), how + ": read back as another article\nJSON: " + json + "\nback: " + ArticleJson.toJson(back));
    check(ArticleJson.toJson(back).equals(json), how + ": spans or order lost\nJSON: " + json + "\nback: " + ArticleJson.toJson(back));
  }

  private static void check(boolean condition, String message) {
    if (!condition) {
      throw new AssertionError(message);
    }
  }
}

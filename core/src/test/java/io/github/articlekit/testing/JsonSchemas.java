package io.github.articlekit.testing;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.articlekit.core.ArticleJson;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The JSON Schemas shipped in core's jar ({@link ArticleJson#schema()}, {@link ArticleJson#rowSchema()}),
 * loaded once into a real draft 2020-12 validator. The row schema's reference to the article schema is
 * resolved from the jar, never from the network.
 */
public final class JsonSchemas {
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
      SpecificationVersion.DRAFT_2020_12,
      builder -> builder.schemas(Map.of(
          ArticleJson.SCHEMA_ID, ArticleJson.schema(),
          ArticleJson.ROW_SCHEMA_ID, ArticleJson.rowSchema())));
  private static final Schema ARTICLE = REGISTRY.getSchema(SchemaLocation.of(ArticleJson.SCHEMA_ID));
  private static final Schema ROW = REGISTRY.getSchema(SchemaLocation.of(ArticleJson.ROW_SCHEMA_ID));

  private JsonSchemas() {}

  /** One failed assertion of the schema: its keyword, the JSON pointer of the value, the validator's words. */
  public record Problem(String keyword, String location, String message) {
    @Override
    public String toString() {
      return keyword + " at " + location + ": " + message;
    }
  }

  /** @return what the article schema finds wrong with {@code json}; empty when it is valid */
  public static List<Problem> articleProblems(String json) {
    return problems(ARTICLE, json);
  }

  /** @return what the row schema finds wrong with {@code json}; empty when it is valid */
  public static List<Problem> rowProblems(String json) {
    return problems(ROW, json);
  }

  /** Fails, naming every problem and the JSON, unless the article schema accepts {@code json}. */
  public static void requireValidArticle(String json) {
    requireValid(articleProblems(json), json);
  }

  /** Fails, naming every problem and the JSON, unless the row schema accepts {@code json}. */
  public static void requireValidRow(String json) {
    requireValid(rowProblems(json), json);
  }

  private static void requireValid(List<Problem> problems, String json) {
    if (!problems.isEmpty()) {
      throw new AssertionError("the JSON Schema refuses " + (json.length() > 2000 ? json.substring(0, 2000) + "..." : json)
          + "\n" + problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
    }
  }

  private static List<Problem> problems(Schema schema, String json) {
    List<Error> errors = schema.validate(json, InputFormat.JSON);
    return errors.stream()
        .map(e -> new Problem(e.getKeyword(), e.getInstanceLocation().toString(), e.getMessage()))
        .collect(Collectors.toList());
  }
}

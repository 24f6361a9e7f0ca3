package io.github.articlekit.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.articlekit.core.Article;
import io.github.articlekit.core.CrossLink;
import io.github.articlekit.core.Section;
import io.github.articlekit.parser.ArticleParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's SQL example, run as the README shows it: the queries of {@code readme-queries.sql},
 * which the README quotes word for word, over the samples' Parquet, checked against the articles the
 * parser gives.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadmeSqlTest {
  private final SparkSession spark = LocalSpark.session();
  private final List<Article> articles = new ArrayList<>();
  private List<String> queries;

  @BeforeAll
  void writeTheSamplesAsParquet(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("articles");
    assertThat(ArticleKitSpark.run(spark, new String[] {LocalSpark.samples().toString(), "--output", out.toString()},
        System.err)).isZero();
    spark.read().parquet(out.toString()).createOrReplaceTempView("articles");
    try (Stream<Path> samples = Files.list(LocalSpark.samples())) {
      for (Path sample : samples.sorted().toList()) {
        articles.add(ArticleParser.create().parse(sample).article());
      }
    }
    queries = new ArrayList<>();
    for (String query : queries().split(";\n", -1)) {
      if (!query.isBlank()) {
        queries.add(query);
      }
    }
  }

  private static String queries() throws IOException {
    try (InputStream in = ReadmeSqlTest.class.getResourceAsStream("/readme-queries.sql")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theReadmeShowsTheQueriesWordForWord() throws IOException {
    // The tests run in the module's folder; the README is the repository's.
    String readme = Files.readString(Path.of("../../README.md"));
    assertThat(readme).contains("```sql\n" + queries() + "```\n");
    assertThat(queries).hasSize(3);
  }

  @Test
  void sectionsPerArticle() {
    List<String> rows = strings(spark.sql(queries.get(0)).collectAsList());

    List<Article> expected = new ArrayList<>(articles);
    assertThat(rows).hasSize(expected.size());
    assertThat(rows).extracting(row -> row.substring(row.lastIndexOf('|') + 1)).containsExactlyElementsOf(
        expected.stream().map(a -> a.sections().size()).sorted(Comparator.reverseOrder()).map(String::valueOf).toList());
    for (Article article : articles) {
      assertThat(rows).anyMatch(row -> row.endsWith("|" + article.title() + "|" + article.sections().size()));
    }
  }

  @Test
  void mostFrequentHeadings() {
    Map<String, Integer> counts = new TreeMap<>();
    for (Article article : articles) {
      for (Section section : article.sections()) {
        counts.merge(section.heading(), 1, Integer::sum);
      }
    }
    List<String> expected = counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(10).map(e -> e.getKey() + "|" + e.getValue()).toList();

    assertThat(strings(spark.sql(queries.get(1)).collectAsList())).containsExactlyElementsOf(expected);
  }

  @Test
  void crossLinksPerLabel() {
    Map<String, int[]> perLabel = new TreeMap<>();
    for (Article article : articles) {
      List<String> labels = article.crossLinks().stream().map(CrossLink::label).toList();
      for (String label : labels) {
        perLabel.computeIfAbsent(label, l -> new int[2])[0]++;
      }
      labels.stream().distinct().forEach(label -> perLabel.get(label)[1]++);
    }
    List<String> expected = perLabel.entrySet().stream()
        .sorted(Comparator.<Map.Entry<String, int[]>>comparingInt(e -> -e.getValue()[0])
            .thenComparing(Map.Entry::getKey))
        .map(e -> e.getKey() + "|" + e.getValue()[0] + "|" + e.getValue()[1]).toList();

    assertThat(expected).isNotEmpty();
    assertThat(strings(spark.sql(queries.get(2)).collectAsList())).containsExactlyElementsOf(expected);
  }

  private static List<String> strings(List<Row> rows) {
    return rows.stream().map(row -> row.mkString("|")).toList();
  }
}

package io.github.articlekit.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.articlekit.core.ArticleJson;
import io.github.articlekit.parser.ArticleParser;
import io.github.articlekit.parser.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** The transform on files that are not on disk: any Dataset with a path and a content column. */
class ParseArticlesTest {
  private static final StructType FILES = new StructType()
      .add("path", DataTypes.StringType, false)
      .add("content", DataTypes.BinaryType, true);

  private final SparkSession spark = LocalSpark.session();

  private Dataset<Row> files(Row... rows) {
    return spark.createDataFrame(List.of(rows), FILES);
  }

  private static byte[] sample(String name) throws IOException {
    return Files.readAllBytes(LocalSpark.samples().resolve(name));
  }

  @Test
  void articlesHaveTheSchemaExactlyAndRefusalsTheirs() throws IOException {
    ParsedFiles parsed = ParseArticles.create().parse(files(
        RowFactory.create("hdfs://nn/archive/000.txt", sample("000_e5549e3a27514e14.txt")),
        RowFactory.create("file:/archive/bad.txt", new byte[] {(byte) 0xC3, '(', 'x'})));

    assertThat(parsed.articles().schema()).isEqualTo(ArticleRows.SCHEMA);
    assertThat(parsed.refusals().schema()).isEqualTo(ArticleRows.REFUSAL_SCHEMA);
    Row article = parsed.articles().collectAsList().get(0);
    assertThat(article.<String>getAs("source")).isEqualTo("hdfs://nn/archive/000.txt");
    assertThat(ArticleRows.toArticle(article))
        .isEqualTo(ArticleParser.create().parse(LocalSpark.samples().resolve("000_e5549e3a27514e14.txt")).article());
    Row refusal = parsed.refusals().collectAsList().get(0);
    assertThat(refusal.<String>getAs("source")).isEqualTo("/archive/bad.txt");
    assertThat(refusal.<String>getAs("code")).isEqualTo("MALFORMED_INPUT");
  }

  @Test
  void aNullContentIsAnEmptyFile() {
    ParsedFiles parsed = ParseArticles.create().parse(files(RowFactory.create("/a.txt", null)));

    assertThat(parsed.articles().count()).isZero();
    assertThat(parsed.refusals().collectAsList()).extracting(row -> row.getString(1)).containsExactly("EMPTY_INPUT");
  }

  @Test
  void jsonLinesAreArticleJsonRows() throws IOException {
    byte[] sample = sample("001_en_night_trains.txt");
    ParsedFiles lines = ParseArticles.create().withSourcesRelativeTo("/data")
        .parseToJsonLines(files(RowFactory.create("file:/data/en/night.txt", sample),
            RowFactory.create("file:/elsewhere/empty.txt", new byte[0])));

    assertThat(lines.articles().collectAsList()).extracting(row -> row.getString(0)).containsExactly(
        ArticleJson.toRow("en/night.txt", ArticleParser.create().parse(new String(sample, StandardCharsets.UTF_8))
            .article()));
    assertThat(lines.refusals().collectAsList()).extracting(row -> row.getString(0)).singleElement()
        .asString().startsWith("{\"source\":\"../elsewhere/empty.txt\",\"error\":{\"code\":\"EMPTY_INPUT\"");
  }

  @Test
  void languagePacksAreTheParsers() throws IOException {
    // The German sample's cross-link marker is in the German pack only.
    byte[] german = sample("004_de_wasserstoffzug.txt");
    Dataset<Row> files = files(RowFactory.create("/de.txt", german));

    long all = crossLinks(ParseArticles.create().parse(files));
    long french = crossLinks(ParseArticles.create().withLanguages(List.of(Language.FRENCH)).parse(files));

    assertThat(all).isEqualTo(ArticleParser.create().parse(new String(german, StandardCharsets.UTF_8))
        .article().crossLinks().size()).isPositive();
    assertThat(french).isLessThan(all);
    assertThatThrownBy(() -> ParseArticles.create().withLanguages(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static long crossLinks(ParsedFiles parsed) {
    long count = 0;
    for (Row row : parsed.articles().collectAsList()) {
      count += ArticleRows.toArticle(row).crossLinks().size();
    }
    return count;
  }

  @Test
  void persistedRowsAreParsedOnce() throws IOException {
    ParsedFiles parsed = ParseArticles.create().parse(files(
        RowFactory.create("/a.txt", sample("003_es_sequia.txt")), RowFactory.create("/b.txt", new byte[0])))
        .persist();
    List<Long> counts = new ArrayList<>();
    counts.add(parsed.articles().count());
    counts.add(parsed.refusals().count());
    parsed.unpersist();

    assertThat(counts).containsExactly(1L, 1L);
  }
}

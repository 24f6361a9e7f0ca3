package io.github.articlekit.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.articlekit.core.ArticleJson;
import io.github.articlekit.parser.ArticleParser;
import io.github.articlekit.parser.ParseResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job, run in-process on a local[2] session, against the CLI's own output on the same files. */
class ArticleKitSparkTest {
  private final SparkSession spark = LocalSpark.session();

  @TempDir Path dir;

  private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

  private int run(String... args) {
    return ArticleKitSpark.run(spark, args, err);
  }

  private String err() {
    return errBytes.toString(StandardCharsets.UTF_8);
  }

  /** The samples plus refused files, the names of some with a space and a non-ASCII letter. */
  private Path archiveWithBadFiles() throws IOException {
    Path archive = Files.createDirectories(dir.resolve("archive"));
    try (Stream<Path> samples = Files.list(LocalSpark.samples())) {
      for (Path sample : samples.toList()) {
        Files.copy(sample, archive.resolve(sample.getFileName()));
      }
    }
    Path nested = Files.createDirectories(archive.resolve("année 2026"));
    Files.copy(LocalSpark.samples().resolve("002_fr_vendanges.txt"), nested.resolve("vendanges é.txt"));
    Files.write(archive.resolve("empty.txt"), new byte[0]);
    Files.write(nested.resolve("binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0, 1, 2});
    Files.write(archive.resolve("latin1.txt"), "Titre\n\nCaf\u00e9 cr\u00e8me\n".getBytes(StandardCharsets.ISO_8859_1));
    byte[] huge = new byte[(int) ArticleParser.DEFAULT_MAX_INPUT_SIZE + 100];
    Arrays.fill(huge, (byte) 'a');
    Files.write(archive.resolve("huge.txt"), huge);
    Files.writeString(archive.resolve("notes.md"), "not an article: only .txt files are read\n");
    Files.write(archive.resolve("empty.md"), new byte[0]);
    return archive;
  }

  @Test
  void parquetRowsAreTheCliRowsWithSpansAndReadBack() throws IOException {
    Path samples = LocalSpark.samples();
    Path out = dir.resolve("articles");

    assertThat(run(samples.toString(), "--output", out.toString())).as(err()).isZero();

    Dataset<Row> parquet = spark.read().parquet(out.toString());
    // Parquet keeps the schema (its columns all read back as nullable).
    assertThat(parquet.schema().catalogString()).isEqualTo(ArticleRows.SCHEMA.catalogString());
    List<String> rows = new ArrayList<>();
    for (Row row : parquet.collectAsList()) {
      rows.add(ArticleJson.toRow(row.getAs("source"), ArticleRows.toArticle(row)));
    }
    List<String> cli = LocalSpark.cliRows(samples.toString());
    assertThat(cli).hasSize(LocalSpark.sampleCount()).allSatisfy(line -> assertThat(line).contains("\"span\":{\"startLine\":"));
    assertThat(rows).containsExactlyInAnyOrderElementsOf(cli);
    assertThat(spark.read().parquet(out + "-errors").count()).isZero();
    assertThat(err()).contains("articlekit-spark: " + LocalSpark.sampleCount() + " articles, 0 refused;");
  }

  @Test
  void parquetDiagnosticsAreTheParsersDiagnostics() throws IOException {
    Path samples = LocalSpark.samples();
    Path out = dir.resolve("articles");
    assertThat(run(samples.toString(), "--output", out.toString())).as(err()).isZero();

    for (Row row : spark.read().parquet(out.toString()).collectAsList()) {
      ParseResult expected = ArticleParser.create().parse(Path.of(row.<String>getAs("source")));
      List<String> diagnostics = new ArrayList<>();
      for (Row d : row.<Row>getList(row.fieldIndex("diagnostics"))) {
        diagnostics.add(d.getAs("line") + ":" + d.getAs("column") + ": " + d.<String>getAs("severity") + " "
            + d.getAs("code") + " " + d.getAs("message"));
      }
      assertThat(diagnostics).containsExactlyElementsOf(expected.diagnostics().stream()
          .map(d -> d.line() + ":" + d.column() + ": " + d.severity() + " " + d.code() + " " + d.message()).toList());
    }
    long withDiagnostics;
    try (Stream<Path> files = Files.list(LocalSpark.samples())) {
      withDiagnostics = files.filter(file -> file.toString().endsWith(".txt"))
          .filter(file -> !ArticleParser.create().parse(file).diagnostics().isEmpty()).count();
    }
    assertThat(withDiagnostics).isPositive();
    assertThat(spark.read().parquet(out.toString()).where("size(diagnostics) > 0").count()).isEqualTo(withDiagnostics);
  }

  @Test
  void jsonLinesAreTheCliRowsByteForByteRefusalsIncluded() throws IOException {
    Path archive = archiveWithBadFiles();
    Path out = dir.resolve("out");

    assertThat(run(archive.toString(), "--output", out.toString(), "--format", "jsonl")).as(err()).isEqualTo(1);

    List<String> articles = LocalSpark.partLines(out);
    List<String> refusals = LocalSpark.partLines(dir.resolve("out-errors"));
    // The samples, and one of them again in a nested folder.
    assertThat(articles).hasSize(LocalSpark.sampleCount() + 1).allSatisfy(line -> assertThat(line).contains("\"article\":{"));
    assertThat(refusals).hasSize(4).allSatisfy(line -> assertThat(line).contains("\"error\":{"));
    List<String> all = new ArrayList<>(articles);
    all.addAll(refusals);
    assertThat(all).containsExactlyInAnyOrderElementsOf(LocalSpark.cliRows(archive.toString()));
    assertThat(err()).contains("articlekit-spark: " + (LocalSpark.sampleCount() + 1) + " articles, 4 refused;");
  }

  @Test
  void relativeInputsAreNamedAsTheCliNamesThem() throws IOException {
    Path out = dir.resolve("out");
    // The working directory is the module's folder: name the samples from there, as a user would.
    Path cwd = Path.of("").toAbsolutePath();
    String relative = cwd.relativize(LocalSpark.samples()).toString();

    assertThat(run(relative, "--output", out.toString(), "--format", "jsonl")).as(err()).isZero();

    List<String> rows = LocalSpark.partLines(out);
    assertThat(rows).allSatisfy(row -> assertThat(row).startsWith("{\"source\":\"" + relative + "/"));
    assertThat(rows).containsExactlyInAnyOrderElementsOf(LocalSpark.cliRows(relative));
  }

  @Test
  void aGlobNamesItsFiles() throws IOException {
    Path out = dir.resolve("out");
    String glob = LocalSpark.samples() + "/00[12]_*.txt";

    assertThat(run(glob, "--output", out.toString(), "--format", "jsonl")).as(err()).isZero();

    assertThat(LocalSpark.partLines(out)).containsExactlyInAnyOrderElementsOf(LocalSpark.cliRows(
        LocalSpark.samples().resolve("001_en_night_trains.txt").toString(),
        LocalSpark.samples().resolve("002_fr_vendanges.txt").toString()));
  }

  @Test
  void badFilesAreRefusalRowsAndTheJobGoesOn() throws IOException {
    Path archive = archiveWithBadFiles();
    // Hidden, to Spark's file index (the CLI reads them): neither parsed nor reported.
    Files.write(Files.createDirectories(archive.resolve("_hidden")).resolve("empty.txt"), new byte[0]);
    Files.write(archive.resolve(".empty.txt"), new byte[0]);
    Path out = dir.resolve("articles");
    Path errors = dir.resolve("refused");

    assertThat(run(archive.toString(), "--output", out.toString(), "--errors", errors.toString())).as(err())
        .isEqualTo(ArticleKitSpark.EXIT_REFUSED);

    assertThat(spark.read().parquet(out.toString()).count()).isEqualTo(LocalSpark.sampleCount() + 1);
    Dataset<Row> refusals = spark.read().parquet(errors.toString());
    assertThat(refusals.schema().catalogString()).isEqualTo(ArticleRows.REFUSAL_SCHEMA.catalogString());
    List<String> codes = new ArrayList<>();
    for (Row row : refusals.orderBy("source").collectAsList()) {
      codes.add(Path.of(row.<String>getAs("source")).getFileName() + " " + row.getAs("code"));
      assertThat(row.<String>getAs("message")).isNotBlank();
    }
    assertThat(codes).containsExactly("binary.txt NOT_TEXT", "empty.txt EMPTY_INPUT", "huge.txt INPUT_TOO_LARGE",
        "latin1.txt MALFORMED_INPUT");
    assertThat(err()).contains((LocalSpark.sampleCount() + 1) + " articles, 4 refused;");
    // A glob names its files itself: an empty one among them is refused too.
    errBytes.reset();
    assertThat(run(archive + "/e*.txt", "--output", dir.resolve("glob").toString(), "--format", "jsonl"))
        .isEqualTo(ArticleKitSpark.EXIT_REFUSED);
    assertThat(LocalSpark.partLines(dir.resolve("glob-errors"))).singleElement().asString()
        .contains("\"code\":\"EMPTY_INPUT\"");
  }

  @Test
  void anExistingOutputIsAFailureOfTheJobUnlessOverwritten() throws IOException {
    Path out = Files.createDirectories(dir.resolve("articles"));
    Files.writeString(out.resolve("keep.txt"), "kept");
    String samples = LocalSpark.samples().toString();

    assertThat(run(samples, "--output", out.toString())).isEqualTo(ArticleKitSpark.EXIT_REFUSED);
    assertThat(err()).startsWith("articlekit-spark: the job failed: ").doesNotContain("\tat ");
    assertThat(out.resolve("keep.txt")).exists();

    assertThat(run(samples, "--output", out.toString(), "--overwrite")).as(err()).isZero();
    assertThat(spark.read().parquet(out.toString()).count()).isEqualTo(LocalSpark.sampleCount());
  }

  @Test
  void aMissingInputOrNoMatchIsReportedInOneLine() throws IOException {
    assertThat(run(dir.resolve("nothing").toString(), "--output", dir.resolve("a").toString()))
        .isEqualTo(ArticleKitSpark.EXIT_REFUSED);
    assertThat(err()).isEqualTo("articlekit-spark: no such file or folder: " + dir.resolve("nothing") + "\n");

    Path empty = Files.createDirectories(dir.resolve("empty"));
    errBytes.reset();
    assertThat(run(empty.toString(), "--output", dir.resolve("b").toString())).isEqualTo(ArticleKitSpark.EXIT_REFUSED);
    assertThat(err()).contains("articlekit-spark: no file matches " + empty);
  }

  @Test
  void usageErrors() {
    assertThat(run()).isEqualTo(ArticleKitSpark.EXIT_USAGE);
    assertThat(err()).contains("no INPUT given").contains(ArticleKitSpark.USAGE);
    errBytes.reset();
    assertThat(run("in", "--output", "x", "--format", "csv")).isEqualTo(ArticleKitSpark.EXIT_USAGE);
    assertThat(err()).contains("unknown format 'csv'; use parquet or jsonl");
    errBytes.reset();
    assertThat(run("in")).isEqualTo(ArticleKitSpark.EXIT_USAGE);
    assertThat(err()).contains("no --output given");
    errBytes.reset();
    assertThat(run("in", "--output", "x", "--lang", "xx")).isEqualTo(ArticleKitSpark.EXIT_USAGE);
    assertThat(err()).contains("Unknown language pack \"xx\"");
  }
}

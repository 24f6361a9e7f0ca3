package io.github.articlekit.beam;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.articlekit.parser.ArticleParser;
import io.github.articlekit.parser.Language;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pipeline main, run in-process on the Direct runner, as the jar runs it. */
class ArticleKitBeamTest {
  @TempDir Path dir;

  private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

  private int run(String... args) {
    return ArticleKitBeam.run(args, err);
  }

  private String err() {
    return errBytes.toString(StandardCharsets.UTF_8);
  }

  /** Every row of the shards {@code prefix-*.jsonl}, sorted: the CLI's order. */
  private static List<String> rows(Path folder, String prefix) throws IOException {
    List<String> rows = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path shard : files.filter(f -> f.getFileName().toString().matches(prefix + "-\\d{5}-of-\\d{5}\\.jsonl"))
          .toList()) {
        rows.addAll(Files.readAllLines(shard, StandardCharsets.UTF_8));
      }
    }
    rows.sort(Comparator.naturalOrder());
    return rows;
  }

  @Test
  void writesTheCliRowsAndTheRefusalsAndExitsOneWhenSomeInputIsRefused() throws IOException {
    Path in = dir.resolve("in");
    List<Path> files = new ArrayList<>(ArticleGenerator.writeArticles(in, 20, 3L));
    Path empty = Files.write(in.resolve("empty.txt"), new byte[0]);
    ArticleParser parser = ArticleParser.create();
    List<String> expected = new ArrayList<>();
    for (Path file : files) {
      expected.add(BeamTesting.expectedRow(parser, file, file.toString())); // an absolute pattern: full paths
    }
    expected.sort(Comparator.naturalOrder());
    Path out = dir.resolve("out");

    int status = run("--input=" + in + "/*.txt", "--output=" + out.resolve("articles"),
        "--errors=" + out.resolve("refused"));

    assertThat(status).as(err()).isEqualTo(ArticleKitBeam.EXIT_REFUSED);
    assertThat(rows(out, "articles")).isEqualTo(expected);
    assertThat(rows(out, "refused")).containsExactly(BeamTesting.expectedRow(parser, empty, empty.toString()));
    var counters = BeamTesting.expectedCounters(parser, files);
    assertThat(err()).contains("articlekit-beam: 20 articles, " + counters.get("sections") + " sections, "
        + counters.get("crossLinks") + " cross-links, " + counters.get("warnings") + " warnings (in "
        + counters.get("articlesWithWarnings") + " articles), 1 refused; ");
  }

  @Test
  void relativeInputIsNamedAsGivenAsTheCliNamesItsArguments() throws IOException {
    // Surefire runs in the module's folder: make the input relative to it, as on a command line.
    Path cwd = Path.of("").toAbsolutePath();
    Path in = Files.createTempDirectory(Files.createDirectories(cwd.resolve("target")), "relative-input-");
    try {
      Path file = ArticleGenerator.writeArticles(in, 1, 5L).get(0);
      String relative = cwd.relativize(file).toString();
      assertThat(relative).startsWith("target/relative-input-");

      int status = run("--input=" + cwd.relativize(in) + "/*.txt", "--output=" + dir.resolve("articles"),
          "--shards=1");

      assertThat(status).as(err()).isZero();
      assertThat(rows(dir, "articles")).containsExactly(BeamTesting.expectedRow(ArticleParser.create(), file, relative));
      assertThat(rows(dir, "articles-errors")).isEmpty();
      assertThat(dir.resolve("articles-00000-of-00001.jsonl")).exists();
    } finally {
      try (Stream<Path> walk = Files.walk(in)) {
        walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @Test
  void aFolderStandsForItsTxtFilesRecursively() throws IOException {
    Path in = dir.resolve("in");
    Path top = ArticleGenerator.writeArticles(in, 1, 1L).get(0);
    Path nested = ArticleGenerator.writeArticles(in.resolve("sub"), 1, 2L).get(0);
    Files.writeString(in.resolve("notes.md"), "");

    int status = run("--input=" + in, "--output=" + dir.resolve("out/articles"));

    assertThat(status).as(err()).isZero();
    assertThat(rows(dir.resolve("out"), "articles")).extracting(row -> row.substring(0, row.indexOf(",\"article\"")))
        .containsExactlyInAnyOrder("{\"source\":\"" + top + "\"", "{\"source\":\"" + nested + "\"");
    assertThat(ArticleKitBeam.filePattern(in.toString(), dir)).isEqualTo(in + "/**.txt");
    assertThat(ArticleKitBeam.filePattern("in/", dir)).isEqualTo("in/**.txt");
    assertThat(ArticleKitBeam.filePattern("in/*.txt", dir)).isEqualTo("in/*.txt");
    assertThat(ArticleKitBeam.filePattern("gs://bucket/in", dir)).isEqualTo("gs://bucket/in");
  }

  @Test
  void strictAndLanguageOptionsReachTheParser() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a.txt"), "A title\n\nFirst\nSecond\n\nFirst\n\nText.\n\nREAD MORE: Elsewhere\n");

    int status = run("--input=" + in + "/*.txt", "--output=" + dir.resolve("out/articles"), "--strict",
        "--lang=fr,de");

    assertThat(status).as(err()).isEqualTo(ArticleKitBeam.EXIT_REFUSED);
    assertThat(rows(dir.resolve("out"), "articles")).isEmpty();
    assertThat(rows(dir.resolve("out"), "articles-errors")).singleElement().asString()
        .contains("\"code\":\"STRICT_WARNINGS\"", "Strict parsing refused the input: 1 warning", "[HEADING_NOT_FOUND]");
    assertThat(ArticleParser.builder().languages(Language.FRENCH, Language.GERMAN).build()
        .parse("A title\n\nREAD MORE: Elsewhere\n").article().crossLinks()).isEmpty();
  }

  @Test
  void nothingToParseIsReportedOnOneLineAndExitsOne() {
    assertThat(run("--input=" + dir + "/none/*.txt", "--output=" + dir.resolve("out/a")))
        .isEqualTo(ArticleKitBeam.EXIT_REFUSED);
    assertThat(err()).contains("articlekit-beam: no file matches " + dir + "/none/*.txt");

    errBytes.reset();
    assertThat(run("--input=" + dir + "/missing.txt", "--output=" + dir.resolve("out/a")))
        .isEqualTo(ArticleKitBeam.EXIT_REFUSED);
    assertThat(err()).contains("articlekit-beam: the job failed: java.io.FileNotFoundException: No files matched spec: "
        + dir + "/missing.txt").doesNotContain("\tat ");
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(run("--input=x/*.txt")).isEqualTo(ArticleKitBeam.EXIT_USAGE);
    assertThat(err()).contains("--output").contains("Usage: java -jar articlekit-beam.jar");
    assertThat(run("--input=x/*.txt", "--output=o", "--lang=xx")).isEqualTo(ArticleKitBeam.EXIT_USAGE);
    assertThat(err()).contains("Unknown language pack \"xx\"");
    assertThat(run("--input=x/*.txt", "--output=o", "--nosuchoption=1")).isEqualTo(ArticleKitBeam.EXIT_USAGE);
  }

  @Test
  void sourcesAreRelativeToTheBaseWhenOneIsGiven() {
    PipelineOptionsFactory.create(); // registers the local file system
    var file = FileSystems.matchNewResource("/work/samples/a.txt", false);
    assertThat(ParseArticles.sourceName(file, null)).isEqualTo("/work/samples/a.txt");
    assertThat(ParseArticles.sourceName(file, "/work")).isEqualTo("samples/a.txt");
    assertThat(ParseArticles.sourceName(file, "/work/other")).isEqualTo("../samples/a.txt");
    assertThat(ArticleKitBeam.isRelativeLocalPath("examples/samples/*.txt")).isTrue();
    assertThat(ArticleKitBeam.isRelativeLocalPath("/data/*.txt")).isFalse();
    assertThat(ArticleKitBeam.isRelativeLocalPath("gs://bucket/*.txt")).isFalse();
    assertThat(ArticleKitBeam.isRelativeLocalPath("file:///data/*.txt")).isFalse();
  }
}

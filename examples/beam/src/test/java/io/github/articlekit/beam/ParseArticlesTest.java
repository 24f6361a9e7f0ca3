package io.github.articlekit.beam;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.articlekit.core.Article;
import io.github.articlekit.core.ArticleException;
import io.github.articlekit.core.ArticleJson;
import io.github.articlekit.parser.ArticleParser;
import io.github.articlekit.parser.Diagnostic;
import io.github.articlekit.parser.DiagnosticCode;
import io.github.articlekit.parser.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ParseArticles} on the Direct runner gives what the library gives, file by file. */
class ParseArticlesTest {
  private static final String REFERENCE = "000_e5549e3a27514e14.txt";

  @TempDir Path dir;

  private final TestPipeline pipeline = BeamTesting.pipeline();

  private static Path reference() throws URISyntaxException {
    return Path.of(ParseArticlesTest.class.getResource("/" + REFERENCE).toURI());
  }

  private PCollectionTuple parse(String pattern, ParseArticles transform) {
    // As the pipeline main reads files, with a few random keys: the Direct runner's cost is per key.
    return ArticleKitBeam.readFiles(pipeline, pattern, 4).apply("Parse", transform);
  }

  private static PCollection<String> rows(PCollectionTuple parsed) {
    PCollection<String> articles = parsed.get(ParseArticles.ARTICLES)
        .apply("ArticleRows", MapElements.into(TypeDescriptors.strings()).via(ParsedArticle::toJsonLine));
    PCollection<String> errors = parsed.get(ParseArticles.REFUSALS)
        .apply("ErrorRows", MapElements.into(TypeDescriptors.strings()).via(Refusal::toJsonLine));
    return PCollectionList.of(articles).and(errors).apply("AllRows", Flatten.pCollections());
  }

  @Test
  void referenceArticleGivesTheLibrarysJson() throws Exception {
    Path reference = reference();
    Article expected = ArticleParser.create().parse(reference).article();
    String expectedJson = ArticleJson.toJson(expected);

    // Plain Beam file reading, as in ParseArticles' Javadoc.
    PCollectionTuple parsed = pipeline
        .apply(FileIO.match().filepattern(reference.toString()))
        .apply(FileIO.readMatches())
        .apply(ParseArticles.create().withSourcesRelativeTo(reference.getParent().toString()));
    PAssert.that(rows(parsed)).containsInAnyOrder(
        "{\"source\":\"" + REFERENCE + "\",\"article\":" + expectedJson + "}");
    PAssert.that(parsed.get(ParseArticles.ARTICLES)).satisfies(articles -> {
      // Runs in the pipeline: captures the JSON (a String), not the Article (not Serializable).
      ParsedArticle only = articles.iterator().next();
      assertThat(only.source()).isEqualTo(REFERENCE);
      assertThat(only.article()).isEqualTo(ArticleJson.fromJson(expectedJson));
      assertThat(ArticleJson.toJson(only.article())).isEqualTo(expectedJson); // spans too
      assertThat(only.article().sections()).hasSize(12);
      return null;
    });
    PAssert.that(parsed.get(ParseArticles.REFUSALS)).empty();
    PipelineResult result = pipeline.run();

    Map<String, Long> counters = ArticleKitBeam.counters(result);
    assertThat(counters).containsEntry("articles", 1L).containsEntry("sections", 12L)
        .containsEntry("crossLinks", (long) expected.crossLinks().size()).containsEntry("refusals", 0L);
  }

  @Test
  void twoHundredGeneratedArticlesGiveTheLibrarysJsonAndCounters() throws IOException {
    List<Path> files = ArticleGenerator.writeArticles(dir, 200, 7L);
    ArticleParser parser = ArticleParser.create();
    List<String> expected = new ArrayList<>();
    for (Path file : files) {
      expected.add(BeamTesting.expectedRow(parser, file, file.getFileName().toString()));
    }
    Map<String, Long> expectedCounters = BeamTesting.expectedCounters(parser, files);
    // The corpus exercises what it should: sections, cross-links, warnings; and parses in full.
    assertThat(expectedCounters.get("articles")).isEqualTo(200L);
    assertThat(expectedCounters.get("crossLinks")).isGreaterThan(100L);
    assertThat(expectedCounters.get("articlesWithWarnings")).isBetween(1L, 100L);

    PCollectionTuple parsed = parse(dir + "/*.txt", ParseArticles.create().withSourcesRelativeTo(dir.toString()));
    PAssert.that(rows(parsed)).containsInAnyOrder(expected);
    PAssert.that(parsed.get(ParseArticles.REFUSALS)).empty();
    PipelineResult result = pipeline.run();

    assertThat(ArticleKitBeam.counters(result)).isEqualTo(expectedCounters);
  }

  @Test
  void refusedInputsLandInTheErrorOutputAndTheOthersGoThrough() throws Exception {
    Files.copy(reference(), dir.resolve("good.txt"));
    Files.write(dir.resolve("empty.txt"), new byte[0]);
    Files.writeString(dir.resolve("blank.txt"), " \n\t\n");
    Files.write(dir.resolve("nul.txt"), "A title\n\nSome\u0000text\n".getBytes(StandardCharsets.UTF_8));
    Files.write(dir.resolve("latin1.txt"), "Un été\n\nCafé crème.\n".getBytes(StandardCharsets.ISO_8859_1));
    ArticleParser parser = ArticleParser.create();

    PCollectionTuple parsed = parse(dir + "/*.txt", ParseArticles.create());
    PAssert.that(parsed.get(ParseArticles.REFUSALS)).containsInAnyOrder(
        refusal(parser, dir.resolve("empty.txt"), "EMPTY_INPUT"),
        refusal(parser, dir.resolve("blank.txt"), "EMPTY_INPUT"),
        refusal(parser, dir.resolve("nul.txt"), "NOT_TEXT"),
        refusal(parser, dir.resolve("latin1.txt"), "MALFORMED_INPUT"));
    // Without a base folder, sources are full paths.
    PAssert.that(parsed.get(ParseArticles.ARTICLES)
            .apply(MapElements.into(TypeDescriptors.strings()).via(ParsedArticle::source)))
        .containsInAnyOrder(dir.resolve("good.txt").toString());
    PipelineResult result = pipeline.run();

    assertThat(ArticleKitBeam.counters(result)).containsEntry("articles", 1L).containsEntry("refusals", 4L);
  }

  /** The refusal the library gives for a file, checking its code on the way. */
  private static Refusal refusal(ArticleParser parser, Path file, String code) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      parser.parse(in);
    } catch (ArticleException e) {
      assertThat(e.code().name()).isEqualTo(code);
      return new Refusal(file.toString(), e.code().name(), e.getMessage());
    }
    throw new AssertionError(file + " was not refused");
  }

  @Test
  void strictRefusesArticlesWithWarningsAsTheLibraryDoes() throws IOException {
    String text = "A title\n\nFirst\nSecond\nThird\n\nFirst\n\nOne paragraph.\n\nThird\n\nAnother paragraph.\n";
    Files.writeString(dir.resolve("missing.txt"), text);
    List<Diagnostic> warnings = ArticleParser.create().parse(text).diagnostics().stream()
        .filter(d -> d.severity() == Diagnostic.Severity.WARNING).toList();
    assertThat(warnings).hasSize(1);
    Diagnostic first = warnings.get(0);
    assertThat(first.code()).isEqualTo(DiagnosticCode.HEADING_NOT_FOUND);

    PCollectionTuple parsed = parse(dir + "/*.txt",
        ParseArticles.create().withStrict(true).withSourcesRelativeTo(dir.toString()));
    PAssert.that(parsed.get(ParseArticles.ARTICLES)).empty();
    PAssert.that(parsed.get(ParseArticles.REFUSALS)).containsInAnyOrder(new Refusal("missing.txt",
        "STRICT_WARNINGS", "Strict parsing refused the input: 1 warning, the first at " + first.format()));
    PipelineResult result = pipeline.run();

    assertThat(ArticleKitBeam.counters(result)).containsEntry("articles", 0L).containsEntry("refusals", 1L)
        .containsEntry("warnings", 0L);
  }

  @Test
  void leniently_warningsAreCountedAndTheLanguagePacksApply() throws IOException {
    String text = "A title\n\nFirst\nSecond\nThird\n\nFirst\n\nOne paragraph.\n\nREAD MORE: Another story\n\n"
        + "Third\n\nAnother paragraph.\n";
    Files.writeString(dir.resolve("en.txt"), text);
    ArticleParser french = ArticleParser.builder().languages(Language.FRENCH).build();
    Article expected = french.parse(text).article();
    assertThat(expected.crossLinks()).isEmpty(); // READ MORE is English: a paragraph for the French pack
    assertThat(ArticleParser.create().parse(text).article().crossLinks()).hasSize(1);

    PCollectionTuple parsed = parse(dir + "/*.txt", ParseArticles.create()
        .withLanguages(List.of(Language.FRENCH)).withSourcesRelativeTo(dir.toString()));
    PAssert.that(rows(parsed)).containsInAnyOrder(
        "{\"source\":\"en.txt\",\"article\":" + ArticleJson.toJson(expected) + "}");
    PipelineResult result = pipeline.run();

    assertThat(ArticleKitBeam.counters(result)).containsEntry("articles", 1L).containsEntry("warnings", 1L)
        .containsEntry("articlesWithWarnings", 1L).containsEntry("crossLinks", 0L)
        .containsEntry("sections", (long) expected.sections().size());
  }

  @Test
  void compressedFilesAreReadDecompressed() throws Exception {
    Path reference = reference();
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("ref.txt.gz")))) {
      Files.copy(reference, out);
    }
    PCollectionTuple parsed = parse(dir + "/*.gz", ParseArticles.create().withSourcesRelativeTo(dir.toString()));
    PAssert.that(rows(parsed)).containsInAnyOrder("{\"source\":\"ref.txt.gz\",\"article\":"
        + ArticleJson.toJson(ArticleParser.create().parse(reference).article()) + "}");
    pipeline.run();
  }
}

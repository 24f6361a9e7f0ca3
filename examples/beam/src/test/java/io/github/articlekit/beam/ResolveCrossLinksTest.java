package io.github.articlekit.beam;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.articlekit.core.Article;
import io.github.articlekit.core.CrossLink;
import io.github.articlekit.core.Paragraph;
import io.github.articlekit.core.Section;
import io.github.articlekit.parser.links.CrossLinkResolver;
import io.github.articlekit.parser.links.LinkStatus;
import io.github.articlekit.parser.links.ResolvedLink;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.testing.CoderProperties;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ResolveCrossLinks} gives the rows of the CLI and of one {@link CrossLinkResolver}, row for row. */
class ResolveCrossLinksTest {
  private final TestPipeline pipeline = BeamTesting.pipeline();

  /** A row with its place: the source, the link's position and its JSON, so that order is compared too. */
  private static String placed(ResolvedLink link) {
    return link.source() + "#" + link.position() + " " + link.toJson();
  }

  private static PCollection<String> placedRows(PCollection<ResolvedLink> links) {
    return links.apply("Placed", MapElements.into(TypeDescriptors.strings()).via(ResolveCrossLinksTest::placed));
  }

  @Test
  void samplesGiveTheRowsOfTheCli() throws Exception {
    Path samples = Path.of(ResolveCrossLinksTest.class.getResource("/samples").toURI());
    // examples/samples/links.jsonl is what `articlekit links` prints there (the CLI's test checks it):
    // its rows in order, each with its place among its source's links.
    List<String> expected = new ArrayList<>();
    Map<String, Integer> positions = new HashMap<>();
    for (String row : Files.readAllLines(samples.resolve("links.jsonl"), StandardCharsets.UTF_8)) {
      String source = row.substring("{\"source\":\"".length(), row.indexOf('"', "{\"source\":\"".length()));
      expected.add(source + "#" + positions.merge(source, 1, Integer::sum) + " " + row);
    }
    expected.replaceAll(row -> {
      int hash = row.indexOf('#');
      int space = row.indexOf(' ', hash);
      return row.substring(0, hash + 1) + (Integer.parseInt(row.substring(hash + 1, space)) - 1) + row.substring(space);
    });

    PCollection<ResolvedLink> links = ArticleKitBeam.readFiles(pipeline, samples + "/*.txt", 4)
        .apply("Parse", ParseArticles.create().withSourcesRelativeTo(samples.toString()))
        .get(ParseArticles.ARTICLES)
        .apply("Resolve", ResolveCrossLinks.create());

    PAssert.that(placedRows(links)).containsInAnyOrder(expected);
    pipeline.run().waitUntilFinish();
  }

  @Test
  void thePipelineMainWritesTheRowsOfTheCliWithLinks(@TempDir Path dir) throws Exception {
    Path samples = Path.of(ResolveCrossLinksTest.class.getResource("/samples").toURI());
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status = ArticleKitBeam.run(new String[] {"--input=" + samples + "/*.txt",
        "--output=" + dir.resolve("out/articles"), "--links=" + dir.resolve("out/links")},
        new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
    List<String> rows = new ArrayList<>();
    try (Stream<Path> shards = Files.list(dir.resolve("out"))) {
      for (Path shard : shards.filter(p -> p.getFileName().toString().startsWith("links-")).toList()) {
        Files.readAllLines(shard, StandardCharsets.UTF_8)
            .forEach(row -> rows.add(row.replace(samples + java.io.File.separator, "")));
      }
    }
    assertThat(rows).containsExactlyInAnyOrderElementsOf(
        Files.readAllLines(samples.resolve("links.jsonl"), StandardCharsets.UTF_8));
  }

  @Test
  void generatedCorpusGivesTheRowsOfOneResolver() throws URISyntaxException {
    List<ParsedArticle> corpus = corpus(new SplittableRandom(14), 300);
    CrossLinkResolver resolver = CrossLinkResolver.create();
    corpus.forEach(parsed -> resolver.add(parsed.source(), parsed.article()));
    List<String> expected = new ArrayList<>();
    resolver.resolve().links().forEach(link -> expected.add(placed(link)));

    PCollection<ResolvedLink> links = pipeline.apply(Create.of(corpus).withCoder(ParsedArticleCoder.of()))
        .apply(ResolveCrossLinks.create());

    PAssert.that(placedRows(links)).containsInAnyOrder(expected);
    pipeline.run().waitUntilFinish();
    assertThat(expected)
        .anyMatch(row -> row.contains("\"status\":\"resolved\""))
        .anyMatch(row -> row.contains("\"status\":\"ambiguous\""))
        .anyMatch(row -> row.contains("\"status\":\"unresolved\""))
        .anyMatch(row -> row.contains("…\",\"status\":\"ambiguous\""))
        .anyMatch(row -> row.contains("\"self\":true"));
  }

  @Test
  void coderRoundTripsEveryShapeOfRow() throws Exception {
    List<ResolvedLink> rows = List.of(
        new ResolvedLink("a.txt", 0, Optional.empty(), "LIRE AUSSI", "Titre", LinkStatus.UNRESOLVED,
            Optional.empty(), List.of(), false),
        new ResolvedLink("a.txt", 3, Optional.of("Section"), "READ MORE", "Title", LinkStatus.RESOLVED,
            Optional.of("a.txt"), List.of(), true),
        new ResolvedLink("b.txt", 1, Optional.of("S"), "L", "T…", LinkStatus.AMBIGUOUS, Optional.empty(),
            List.of("c.txt", "d.txt"), false));
    for (ResolvedLink row : rows) {
      CoderProperties.coderDecodeEncodeEqual(ResolvedLinkCoder.of(), row);
      CoderProperties.coderDecodeEncodeEqualInContext(ResolvedLinkCoder.of(), Coder.Context.OUTER, row);
      CoderProperties.coderDeterministic(ResolvedLinkCoder.of(), row, row);
    }
    CoderProperties.coderSerializable(ResolvedLinkCoder.of());
  }

  private static final String[] WORDS = {"la", "crise", "des", "prix", "en", "europe", "du", "nord", "le",
      "retour", "trains", "de", "nuit"};

  /** Articles whose titles share words (so join keys and prefixes collide), with links in every spelling. */
  private static List<ParsedArticle> corpus(SplittableRandom random, int size) {
    List<String> titles = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      // One in five opens the same way: links cut short with an ellipsis then match several.
      StringBuilder title = new StringBuilder(random.nextInt(5) == 0 ? "la crise des prix en europe " : "");
      for (int w = 0, words = 2 + random.nextInt(6); w < words; w++) {
        title.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
      }
      titles.add(random.nextInt(10) == 0 ? title.toString().toUpperCase(java.util.Locale.ROOT) + "." : title.toString());
    }
    List<ParsedArticle> corpus = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      List<CrossLink> links = new ArrayList<>();
      for (int l = 0, count = random.nextInt(4); l < count; l++) {
        String target = titles.get(random.nextInt(i > 0 && random.nextInt(20) == 0 ? 1 : size));
        String title;
        switch (random.nextInt(4)) {
          case 0:
            title = target.length() > 24 ? target.substring(0, 20 + random.nextInt(4)) + "…" : "\u00ab " + target + " \u00bb";
            break;
          case 1:
            title = target.replace(' ', '\u00a0') + " ?";
            break;
          case 2:
            title = target + " et plus";
            break;
          default:
            title = target;
        }
        links.add(CrossLink.of("LIRE AUSSI", title));
      }
      if (random.nextInt(30) == 0) {
        links.add(CrossLink.of("LIRE AUSSI", titles.get(i)));
      }
      Article.Builder article = Article.builder().title(titles.get(i));
      if (!links.isEmpty() && random.nextBoolean()) {
        article.addLead(links.remove(0));
      }
      article.addSections(Section.builder().heading("Partie " + i).addBlocks(Paragraph.of("Texte."))
          .addAllBlocks(links).build());
      corpus.add(new ParsedArticle(String.format("%04d.txt", i), article.build()));
    }
    return corpus;
  }
}

package io.github.articlekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** {@code articlekit links} on the shipped samples, in each format, with refusals, limits and standard input. */
class LinksCommandTest {

  @TempDir
  Path dir;

  private static Path samples() {
    try {
      return Path.of(Objects.requireNonNull(LinksCommandTest.class.getResource("/samples"), "samples").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The rows with the samples' folder left out of each path, as in {@code examples/samples/links.jsonl}. */
  private static List<String> rows(Cli.Result result) {
    String folder = samples() + java.io.File.separator;
    return result.out().lines().map(line -> line.replace(folder.replace("\\", "\\\\"), ""))
        .collect(Collectors.toList());
  }

  /** @return how many articles the samples hold: every one is a node, linked or not */
  private static int articleCount() {
    try (java.util.stream.Stream<Path> files = Files.list(samples())) {
      return (int) files.filter(file -> file.toString().endsWith(".txt")).count();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void samplesGiveTheShippedRowsAndASummary() throws IOException {
    Cli.Result result = Cli.run("links", samples().toString());

    assertThat(result.exit()).as("%s", result).isZero();
    assertThat(rows(result)).containsExactlyElementsOf(
        Files.readAllLines(samples().resolve("links.jsonl"), StandardCharsets.UTF_8));
    assertThat(result.err()).contains("articlekit: 11 cross-links: 7 resolved (1 to its own article), 1 ambiguous, "
        + "3 unresolved\n");
    assertThat(result.err()).contains("articlekit: most linked: " + samples().resolve("002_fr_vendanges.txt") + " (2), ");
    int articles = articleCount();
    assertThat(result.err()).contains("articlekit: no link reaches " + (articles - 5) + " of " + articles + " articles: "
        + samples().resolve("003_es_sequia.txt") + ", ");
  }

  @Test
  void everyStatusIsAmongTheSamplesRows() throws IOException {
    String rows = String.join("\n", Files.readAllLines(samples().resolve("links.jsonl"), StandardCharsets.UTF_8));

    assertThat(rows).contains("\"status\":\"resolved\"", "\"status\":\"ambiguous\"", "\"status\":\"unresolved\"",
        "\"self\":true", "\"candidates\":[", "…\",\"status\":\"resolved\"", "...\",\"status\":\"resolved\"");
  }

  @Test
  void dotHasANodePerArticleAndAnEdgePerResolvedLink() {
    Cli.Result result = Cli.run("links", "--format", "dot", samples().toString());

    assertThat(result.exit()).as("%s", result).isZero();
    assertThat(result.out()).startsWith("digraph links {\n").endsWith("}\n");
    assertThat(result.out().lines().filter(line -> line.contains("[label=") && !line.contains("->"))).hasSize(articleCount());
    assertThat(result.out().lines().filter(line -> line.contains(" -> "))).hasSize(7);
    assertThat(result.out()).contains("\"" + samples().resolve("000_e5549e3a27514e14.txt") + "\" -> \""
        + samples().resolve("010_fr_troupes_ukraine.txt") + "\" [label=\"Des troupes en Russie\"];");
  }

  @Test
  void graphmlIsWellFormedWithTitlesAndSections() throws Exception {
    Cli.Result result = Cli.run("links", "--format", "graphml", samples().toString());

    assertThat(result.exit()).as("%s", result).isZero();
    Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(result.outBytes()));
    assertThat(xml.getElementsByTagName("node").getLength()).isEqualTo(articleCount());
    assertThat(xml.getElementsByTagName("edge").getLength()).isEqualTo(7);
    assertThat(result.out()).contains("<data key=\"title\">La Corée du Sud exige le retrait des troupes "
        + "nord-coréennes de Russie</data>", "<data key=\"section\">Des troupes en Russie</data>");
  }

  @Test
  void aRefusedInputIsReportedAndTheOthersGoOn() throws IOException {
    Files.copy(samples().resolve("000_e5549e3a27514e14.txt"), dir.resolve("a.txt"));
    Files.copy(samples().resolve("010_fr_troupes_ukraine.txt"), dir.resolve("b.txt"));
    Files.write(dir.resolve("c.txt"), new byte[0]);

    Cli.Result result = Cli.run("links", dir.toString());

    assertThat(result.exit()).as("%s", result).isEqualTo(1);
    assertThat(result.err()).contains("articlekit: " + dir.resolve("c.txt") + ": error: Input is empty");
    assertThat(result.out().lines()).hasSize(2).allMatch(line -> line.contains("\"status\":\"resolved\""));
  }

  @Test
  void articlesPastTheLimitAreRefused() throws IOException {
    Files.copy(samples().resolve("000_e5549e3a27514e14.txt"), dir.resolve("a.txt"));
    Files.copy(samples().resolve("010_fr_troupes_ukraine.txt"), dir.resolve("b.txt"));

    Cli.Result result = Cli.run("links", "--max-articles", "1", dir.toString());

    assertThat(result.exit()).as("%s", result).isEqualTo(1);
    assertThat(result.err()).contains("articlekit: " + dir.resolve("b.txt") + ": error: More than 1 articles")
        .contains("[LIMIT_EXCEEDED]");
    assertThat(result.out().lines()).singleElement().asString().contains("\"status\":\"unresolved\"");
  }

  @Test
  void standardInputAndAFileToWrite() throws IOException {
    byte[] article = Files.readAllBytes(samples().resolve("014_fr_vendanges_suivi.txt"));
    Path out = dir.resolve("links.jsonl");

    Cli.Result result = Cli.runWithInput(article, "links", "-", "--out", out.toString());

    assertThat(result.exit()).as("%s", result).isZero();
    assertThat(result.out()).isEmpty();
    assertThat(Files.readAllLines(out, StandardCharsets.UTF_8)).containsExactly(
        "{\"source\":\"<stdin>\",\"section\":\"Lundi\",\"label\":\"LIRE AUSSI\",\"title\":\"Les vendanges "
            + "s’annoncent parmi les plus faibles depuis...\",\"status\":\"unresolved\"}",
        "{\"source\":\"<stdin>\",\"section\":\"Mardi\",\"label\":\"LIRE AUSSI\",\"title\":\"Vendanges 2026 : le "
            + "suivi jour après jour\",\"status\":\"resolved\",\"target\":\"<stdin>\",\"self\":true}");
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    Cli.Result result = Cli.run("links", "--format", "csv", samples().toString());

    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).contains("unknown format 'csv'; use jsonl, dot or graphml");
  }
}

package io.github.articlekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code articlekit sources}: one JSON line per attribution, or the corpus table; refusals as for parse. */
class SourcesCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir
  Path dir;

  private static List<JsonNode> rows(String out) throws IOException {
    List<JsonNode> rows = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (!line.isEmpty()) {
        rows.add(MAPPER.readTree(line));
      }
    }
    return rows;
  }

  @Test
  void rowsOfTheReferenceArticleInTextOrder() throws IOException {
    Path reference = Cli.article(Cli.REFERENCE);

    Cli.Result result = Cli.run("sources", reference.toString());

    assertThat(result.exit()).as("%s", result).isZero();
    assertThat(result.out().lines().findFirst().orElseThrow()).isEqualTo("{\"source\":\"" + reference
        + "\",\"section\":\"Une rencontre en haut lieu\",\"name\":\"AP News\",\"cue\":\"Selon\",\"sentence\":"
        + "\"Selon AP News, le vice-ministre sud-coréen des Affaires étrangères, Kim Hong Kyun, a rencontré "
        + "l'ambassadeur russe.\"}");
    assertThat(rows(result.out())).extracting(row -> row.get("name").asText()).containsExactly("AP News",
        "ministère sud-coréen des Affaires étrangères", "The Guardian", "Rutte", "Georgy Zinoviev",
        "Center for Strategic & International Studies");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void theLeadHasNoSectionAndInputsComeInSortedOrder() throws IOException {
    Files.writeString(dir.resolve("b.txt"), "Titre\n\nSelon Reuters, la réunion est annulée.\n");
    Files.writeString(dir.resolve("a.txt"), "Title\n\n\"It is over,\" said Jane Doe.\n");

    Cli.Result result = Cli.run("sources", "--no-progress", dir.toString());

    assertThat(result.exit()).as("%s", result).isZero();
    List<JsonNode> rows = rows(result.out());
    assertThat(rows).extracting(row -> row.get("name").asText()).containsExactly("Jane Doe", "Reuters");
    assertThat(rows).allSatisfy(row -> assertThat(row.has("section")).isFalse());
    assertThat(rows.get(0).get("source").asText()).endsWith("a.txt");
    assertThat(result.err()).contains("articlekit: 2 articles parsed");
  }

  @Test
  void tableCountsArticlesAndMentionsMostCitedFirst() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "Un\n\nSelon Reuters, oui. Reuters a ajouté que non. Selon l'AFP, peut-être.\n");
    Files.writeString(dir.resolve("b.txt"), "Deux\n\nSelon Reuters, rien. Selon nos informations, tout.\n");

    Cli.Result result = Cli.run("sources", "--format", "table", "--no-progress", dir.toString());

    assertThat(result.exit()).as("%s", result).isZero();
    assertThat(result.out()).isEqualTo("""
        SOURCE   ARTICLES  MENTIONS
        Reuters         2         3
        AFP             1         1
        """);
  }

  @Test
  void aRefusedInputIsReportedOnStandardErrorWithoutARowAndTheBatchGoesOn() throws IOException {
    Files.write(dir.resolve("empty.txt"), new byte[0]);
    Files.writeString(dir.resolve("ok.txt"), "Titre\n\nSelon Reuters, la réunion est annulée.\n");

    Cli.Result result = Cli.run("sources", "--no-progress", dir.toString());

    assertThat(result.exit()).isEqualTo(ArticleKitCli.EXIT_REFUSED);
    assertThat(rows(result.out())).extracting(row -> row.get("name").asText()).containsExactly("Reuters");
    assertThat(result.err()).contains("articlekit: " + dir.resolve("empty.txt") + ": error: Input is empty")
        .contains("[EMPTY_INPUT]").doesNotContain("Exception");
  }

  @Test
  void standardInputAndAnUnknownFormat() {
    byte[] input = "Titel\n\nLaut Der Spiegel ist alles anders.\n".getBytes(StandardCharsets.UTF_8);

    Cli.Result result = Cli.runWithInput(input, "sources", "-");

    assertThat(result.exit()).as("%s", result).isZero();
    assertThat(result.out()).contains("\"name\":\"Der Spiegel\"").contains("\"cue\":\"Laut\"");
    assertThat(Cli.run("sources", "--format", "xml", "-").exit()).isEqualTo(2);
  }
}

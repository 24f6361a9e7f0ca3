package io.github.articlekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.articlekit.core.Article;
import io.github.articlekit.core.ArticleJson;
import io.github.articlekit.parser.ArticleParser;
import io.github.articlekit.parser.ArticleWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code articlekit parse}: every format, standard input, --out, and the parser options. */
class ParseCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  private static Article parsed(Path file) {
    return ArticleParser.create().parse(file).article();
  }

  @Test
  void jsonIsTheCoreJsonContractAndTheDefaultForOneFile() throws IOException {
    Path reference = Cli.article(Cli.REFERENCE);

    Cli.Result result = Cli.run("parse", reference.toString());

    assertThat(result.exit()).as("%s", result).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).isEqualTo(ArticleJson.toPrettyJson(parsed(reference)) + "\n");
    Article back = ArticleJson.fromJson(result.out());
    assertThat(back).isEqualTo(parsed(reference));
    assertThat(back.sections()).hasSize(12);
    assertThat(back.boilerplate()).hasSize(2);
    assertThat(Cli.run("parse", reference.toString(), "--format", "json").out()).isEqualTo(result.out());
  }

  @Test
  void jsonlIsOneCompactLinePerInputInSortedOrderAndTheDefaultForAFolder() throws IOException {
    Files.copy(Cli.article(Cli.REFERENCE), dir.resolve("b.txt"));
    Files.createDirectories(dir.resolve("a"));
    Files.copy(Cli.article("english-lead.txt"), dir.resolve("a/z.txt"));
    Files.writeString(dir.resolve("c.txt"), "");
    Files.writeString(dir.resolve("notes.md"), "not an article");

    Cli.Result result = Cli.run("parse", dir.toString());

    assertThat(result.exit()).as("%s", result).isEqualTo(1);
    List<String> lines = result.out().lines().toList();
    assertThat(lines).hasSize(3);
    JsonNode first = JSON.readTree(lines.get(0));
    assertThat(first.get("source").asText()).isEqualTo(dir.resolve("a/z.txt").toString());
    assertThat(first.get("article")).isEqualTo(JSON.readTree(ArticleJson.toJson(parsed(dir.resolve("a/z.txt")))));
    JsonNode second = JSON.readTree(lines.get(1));
    assertThat(second.get("source").asText()).isEqualTo(dir.resolve("b.txt").toString());
    assertThat(second.get("article").get("title").asText()).startsWith("La Corée du Sud");
    assertThat(lines.get(2)).isEqualTo("{\"source\":" + JSON.writeValueAsString(dir.resolve("c.txt").toString())
        + ",\"error\":{\"code\":\"EMPTY_INPUT\",\"message\":"
        + "\"Input is empty: an article needs at least a title line\"}}");
    assertThat(result.err()).contains("articlekit: " + dir.resolve("c.txt") + ": error: Input is empty");
  }

  @Test
  void severalFilesDefaultToJsonl() {
    // Arguments out of name order: the rows come in name order (the reference's name sorts first).
    Cli.Result result = Cli.run("parse", Cli.article("english-lead.txt").toString(),
        Cli.article(Cli.REFERENCE).toString());

    assertThat(result.exit()).as("%s", result).isZero();
    assertThat(result.out().lines()).hasSize(2).allSatisfy(line -> assertThat(line).startsWith("{\"source\":"));
    assertThat(result.out().lines().toList().get(0)).contains(Cli.REFERENCE);
    assertThat(result.err()).startsWith("articlekit: 2 articles parsed (0 with warnings), 0 refused; ");
  }

  @Test
  void markdownHasTitleHeadingsParagraphsQuotedCrossLinksAndNoBoilerplate() {
    Cli.Result english = Cli.run("parse", Cli.article("english-lead.txt").toString(), "--format", "markdown");

    assertThat(english.exit()).as("%s", english).isZero();
    assertThat(english.out()).isEqualTo("""
        # Scientists map the largest iceberg ever recorded as it drifts north

        The iceberg known as A23a, roughly twice the size of Greater London, has broken free after decades \
        grounded on the seabed.

        Researchers aboard a British polar ship sampled the waters around it last week.

        ## A giant on the move

        Ocean currents are now carrying the iceberg towards South Georgia, where it may ground again or break apart.

        > [Antarctic sea ice hits a record low for a third year](https://www.example.org/sea-ice-record)

        ## Why it matters

        As it melts, the iceberg releases nutrients that feed plankton, the base of the Southern Ocean food web.

        ## What satellites show

        Images from the European Sentinel-1 satellites reveal cracks along its northern edge.
        """);

    Cli.Result french = Cli.run("parse", Cli.article("missing-wrapped.txt").toString(), "-f", "MARKDOWN");
    assertThat(french.out())
        .contains("\n## Un nouveau délai d'un an\n\nBruxelles propose de repousser à fin 2026 l'entrée en vigueur "
            + "du règlement qui interdit l'importation de produits issus de la déforestation, comme le cacao, "
            + "le café ou l'huile de palme.\n")
        .contains("\n> LIRE AUSSI : Déforestation : l'Amazonie brésilienne a perdu 30 % de forêt en moins\n\n"
            + "> LIRE AUSSI : Le café devrait encore augmenter en 2025\n")
        .doesNotContain("Chaque jour")
        .doesNotContain("Et aussi")
        .doesNotContain("Les ONG dénoncent un recul");
  }

  @Test
  void textIsTheParserWritersLayout() {
    Path reference = Cli.article(Cli.REFERENCE);

    Cli.Result result = Cli.run("parse", reference.toString(), "--format", "text");

    assertThat(result.exit()).isZero();
    assertThat(result.out()).isEqualTo(ArticleWriter.write(parsed(reference)));
  }

  @Test
  void outlineIsAShortTree() {
    Cli.Result result = Cli.run("parse", Cli.article(Cli.REFERENCE).toString(), "--format", "outline");

    assertThat(result.exit()).isZero();
    assertThat(result.out()).isEqualTo("""
        La Corée du Sud exige le retrait des troupes nord-coréennes de Russie
        ├── Un conflit diplomatique                1 paragraph
        ├── Une rencontre en haut lieu             1 paragraph
        ├── Des troupes en Russie                  1 paragraph, 1 cross-link
        ├── Une aggravation de la situation        1 paragraph
        ├── Déployer toutes les ressources         1 paragraph
        ├── L'intervention de l'OTAN               1 paragraph
        ├── La réaction côté russe                 1 paragraph
        ├── Les préoccupations de la Corée du Sud  1 paragraph
        ├── La détérioration des relations         1 paragraph
        ├── Une coopération économique prospère    1 paragraph
        ├── Des projets stratégiques               1 paragraph
        └── Un pas en arrière significatif         1 paragraph
        boilerplate: 2 blocks
        diagnostics: 0
        """);

    Cli.Result lead = Cli.run("parse", Cli.article("english-lead.txt").toString(), "--format", "outline");
    assertThat(lead.out()).contains("├── (lead)                2 paragraphs\n")
        .contains("├── A giant on the move   1 paragraph, 1 cross-link\n")
        .endsWith("boilerplate: 1 block\ndiagnostics: 0\n");
    Cli.Result missing = Cli.run("parse", Cli.article("missing-wrapped.txt").toString(), "--format", "outline");
    assertThat(missing.out()).endsWith("diagnostics: 1 (1 warning)\n");
  }

  @Test
  void batchesOfHumanFormatsNameEachInput() throws IOException {
    Files.copy(Cli.article(Cli.REFERENCE), dir.resolve("1.txt"));
    Files.copy(Cli.article("english-lead.txt"), dir.resolve("2.txt"));

    Cli.Result outline = Cli.run("parse", dir.toString(), "--format", "outline");
    Cli.Result markdown = Cli.run("parse", dir.toString(), "--format", "markdown");

    assertThat(outline.out()).startsWith("==> " + dir.resolve("1.txt") + " <==\nLa Corée du Sud")
        .contains("\n\n==> " + dir.resolve("2.txt") + " <==\nScientists map");
    assertThat(markdown.out()).startsWith("<!-- " + dir.resolve("1.txt") + " -->\n\n# La Corée du Sud")
        .contains("\n\n<!-- " + dir.resolve("2.txt") + " -->\n\n# Scientists map");
  }

  @Test
  void diagnosticsGoToStandardErrorInCompilerStyle() {
    Path missing = Cli.article("missing-wrapped.txt");

    Cli.Result result = Cli.run("parse", missing.toString());

    assertThat(result.exit()).as("warnings alone do not fail a lenient run").isZero();
    assertThat(result.err()).isEqualTo(missing + ":5:1: warning: heading \"Les ONG dénoncent un recul\" is listed "
        + "but not found in the body [HEADING_NOT_FOUND]\n");
    assertThat(ArticleJson.fromJson(result.out()).sections()).hasSize(3);
  }

  @Test
  void strictRefusesAnInputWithWarnings() {
    Path missing = Cli.article("missing-wrapped.txt");

    Cli.Result result = Cli.run("parse", "--strict", missing.toString(), "--format", "jsonl");

    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.out()).startsWith("{\"source\":").contains("\"error\":{\"code\":\"STRICT_WARNINGS\"")
        .doesNotContain("\"article\"");
    assertThat(result.err().lines()).containsExactly(
        missing + ":5:1: warning: heading \"Les ONG dénoncent un recul\" is listed but not found in the body "
            + "[HEADING_NOT_FOUND]",
        "articlekit: " + missing + ": error: Strict parsing refused the input: 1 warning, the first at 5:1: "
            + "warning: heading \"Les ONG dénoncent un recul\" is listed but not found in the body [HEADING_NOT_FOUND] "
            + "[STRICT_WARNINGS]");
    assertThat(Cli.run("parse", "--strict", Cli.article(Cli.REFERENCE).toString()).exit()).isZero();
  }

  @Test
  void standardInputIsReadForADash() throws IOException {
    byte[] reference = Files.readAllBytes(Cli.article(Cli.REFERENCE));

    Cli.Result json = Cli.runWithInput(reference, "parse", "-");
    Cli.Result outline = Cli.runWithInput(Files.readAllBytes(Cli.article("missing-wrapped.txt")),
        "parse", "-", "--format", "outline");

    assertThat(json.exit()).as("%s", json).isZero();
    assertThat(json.out()).isEqualTo(ArticleJson.toPrettyJson(parsed(Cli.article(Cli.REFERENCE))) + "\n");
    assertThat(outline.out()).startsWith("La Commission européenne");
    assertThat(outline.err()).startsWith("<stdin>:5:1: warning: heading \"Les ONG");

    Cli.Result mixed = Cli.runWithInput(reference, "parse", "-", Cli.article("english-lead.txt").toString());
    assertThat(mixed.out().lines().map(line -> line.substring(0, line.indexOf(",")))).containsExactly(
        "{\"source\":\"" + Cli.article("english-lead.txt") + "\"", "{\"source\":\"<stdin>\"");
  }

  @Test
  void outWritesUtf8ToAFileAndNothingToStandardOutput() throws IOException {
    Path out = dir.resolve("article.md");

    Cli.Result result = Cli.run("parse", Cli.article(Cli.REFERENCE).toString(), "--format", "markdown",
        "--out", out.toString());

    assertThat(result.exit()).isZero();
    assertThat(result.out()).isEmpty();
    assertThat(Files.readString(out, StandardCharsets.UTF_8))
        .isEqualTo(Cli.run("parse", Cli.article(Cli.REFERENCE).toString(), "-f", "markdown").out())
        .startsWith("# La Corée du Sud exige le retrait des troupes nord-coréennes de Russie\n");

    Cli.Result unwritable = Cli.run("parse", Cli.article(Cli.REFERENCE).toString(),
        "-o", dir.resolve("no/such/folder/out.json").toString());
    assertThat(unwritable.exit()).isEqualTo(1);
    assertThat(unwritable.err()).startsWith("articlekit: " + dir.resolve("no/such/folder/out.json")
        + ": error: cannot write the output: ").endsWith("[UNWRITABLE_OUTPUT]\n");
  }

  @Test
  void outMustNotOverwriteAnInput() throws IOException {
    Path article = dir.resolve("article.txt");
    Files.copy(Cli.article(Cli.REFERENCE), article);

    Cli.Result result = Cli.run("parse", dir.toString(), "--out", dir.resolve("./article.txt").toString());

    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).contains("is also an input: it would be overwritten before it is read");
    assertThat(article).hasSameTextualContentAs(Cli.article(Cli.REFERENCE));
  }

  @Test
  void aFailingStandardOutputIsReportedOnce() {
    OutputStream brokenPipe = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("Broken pipe");
      }
    };
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int exit = ArticleKitCli.newCommandLine(Streams.of(new ByteArrayInputStream(new byte[0]), brokenPipe, err))
        .execute("parse", Cli.article(Cli.REFERENCE).toString());

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo("articlekit: <stdout>: error: cannot write the output: Broken pipe [UNWRITABLE_OUTPUT]\n");
  }

  @Test
  void standardOutputIsUtf8WhateverThePlatformDefault() {
    Cli.Result result = Cli.run("parse", Cli.article(Cli.REFERENCE).toString(), "-f", "outline");

    assertThat(new String(result.outBytes(), StandardCharsets.UTF_8)).contains("Déployer toutes les ressources");
    assertThat(result.outBytes()).startsWith("La Cor\u00e9e".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void languagePacksMarkersAndBoilerplatePhrasesReachTheParser() throws IOException {
    Path reference = Cli.article(Cli.REFERENCE);
    Cli.Result english = Cli.run("parse", reference.toString(), "--lang", "en", "-f", "outline");
    Cli.Result french = Cli.run("parse", reference.toString(), "--lang", "fr,en", "-f", "outline");
    assertThat(english.out()).doesNotContain("cross-link");
    assertThat(french.out()).contains("Des troupes en Russie                  1 paragraph, 1 cross-link");

    Path custom = dir.resolve("custom.txt");
    Files.writeString(custom, """
        Un titre

        Premier point
        Second point

        Premier point

        Un paragraphe assez long pour être un paragraphe.

        PLUS D'INFOS : Un autre article sur le sujet

        Second point

        Un autre paragraphe, tout aussi long que le premier.

        Abonnez-vous à notre lettre quotidienne
        """);
    Cli.Result plain = Cli.run("parse", custom.toString(), "-f", "outline");
    Cli.Result extra = Cli.run("parse", custom.toString(), "-f", "outline", "--marker", "PLUS D'INFOS",
        "--boilerplate", "Abonnez-vous à notre lettre quotidienne");
    assertThat(plain.out()).contains("Premier point  2 paragraphs").contains("Second point   2 paragraphs")
        .contains("boilerplate: none");
    assertThat(extra.out()).contains("Premier point  1 paragraph, 1 cross-link")
        .contains("Second point   1 paragraph").contains("boilerplate: 1 block");
  }

  @Test
  void charsetReadsOtherEncodings() throws IOException {
    Path latin1 = dir.resolve("latin1.txt");
    Files.writeString(latin1, Files.readString(Cli.article(Cli.REFERENCE)), StandardCharsets.ISO_8859_1);

    Cli.Result refused = Cli.run("parse", latin1.toString());
    Cli.Result result = Cli.run("parse", latin1.toString(), "--charset", "ISO-8859-1");

    assertThat(refused.exit()).isEqualTo(1);
    assertThat(result.exit()).as("%s", result).isZero();
    assertThat(result.out()).isEqualTo(Cli.run("parse", Cli.article(Cli.REFERENCE).toString()).out());
  }
}

package io.github.articlekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --format jsonld} and {@code --format html}, as a user runs them (the writers have their own tests). */
class InteropFormatsTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** Offline: schema.org's context stands in as a vocabulary mapping; the parser's tests check each term. */
  private static final DocumentLoader OFFLINE = (url, options) -> {
    if (url.toString().startsWith("https://schema.org")) {
      return JsonDocument.of(new StringReader("{\"@context\":{\"@vocab\":\"https://schema.org/\"}}"));
    }
    throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "offline: " + url);
  };

  @Test
  void jsonLdOfTheReferenceArticleExpandsTo12PartsAnd1Citation() throws Exception {
    Cli.Result result = Cli.run("parse", Cli.article(Cli.REFERENCE).toString(), "--format", "jsonld");
    assertThat(result.exit()).isZero();
    assertThat(result.err()).isEmpty();
    JsonNode expanded = MAPPER.readTree(JsonLd.expand(JsonDocument.of(new StringReader(result.out())))
        .loader(OFFLINE).get().toString());
    assertThat(expanded).hasSize(1);
    assertThat(expanded.get(0).get("https://schema.org/hasPart")).hasSize(12);
    assertThat(expanded.get(0).get("https://schema.org/citation")).hasSize(1);
    assertThat(expanded.get(0).get("https://schema.org/inLanguage").get(0).get("@value").asText()).isEqualTo("fr");
  }

  @Test
  void jsonLdOfABatchIsOneDocumentPerLine() throws Exception {
    Path samples = Cli.article(Cli.REFERENCE).getParent();
    Cli.Result result = Cli.run("parse", samples.toString(), "--format", "jsonld", "--no-progress");
    assertThat(result.exit()).isZero();
    List<String> lines = result.out().lines().toList();
    try (Stream<Path> files = Files.list(samples)) {
      assertThat(lines).hasSize((int) files.filter(p -> p.toString().endsWith(".txt")).count());
    }
    for (String line : lines) {
      assertThat(MAPPER.readTree(line).get("@type").asText()).isEqualTo("NewsArticle");
    }
  }

  @Test
  void htmlOfSeveralInputsIsAPagePerInputAndAnIndex(@TempDir Path dir) throws Exception {
    Path samples = Cli.article(Cli.REFERENCE).getParent();
    Path out = dir.resolve("pages");
    Cli.Result result = Cli.run("parse", samples.toString(), "--format", "html", "--out", out.toString(),
        "--source", "--no-progress");
    assertThat(result.exit()).isZero();

    Document index = Jsoup.parse(out.resolve("index.html").toFile());
    List<Element> rows = index.select("tbody tr");
    long inputs;
    try (Stream<Path> files = Files.list(samples)) {
      inputs = files.filter(p -> p.toString().endsWith(".txt")).count();
    }
    assertThat(rows).hasSize((int) inputs);
    for (Element row : rows) {
      Element link = row.selectFirst("a");
      Path page = out.resolve(link.attr("href"));
      assertThat(page).exists();
      Document html = Jsoup.parse(page.toFile());
      assertThat(html.selectFirst("h1").text()).isEqualTo(link.text());
      // The counts are the page's diagnostics, and the page holds its source text.
      assertThat(Integer.parseInt(row.select("td").get(1).text())).isEqualTo(html.select(".diagnostic").size());
      assertThat(html.getElementById("source")).isNotNull();
    }
    Document reference = Jsoup.parse(out.resolve("000_e5549e3a27514e14.html").toFile());
    assertThat(reference.select("main > section[id^=section-]")).hasSize(12);
  }

  @Test
  void htmlOfOneInputGoesToStandardOutputWithoutTheSourceUnlessAsked() {
    Cli.Result result = Cli.run("parse", Cli.article("missing-wrapped.txt").toString(), "--format", "html");
    assertThat(result.exit()).isZero();
    Document page = Jsoup.parse(result.out());
    assertThat(page.select("nav li.missing")).hasSize(1);
    assertThat(page.getElementById("source")).isNull();
  }

  @Test
  void htmlOfSeveralInputsWithoutAFolderIsAUsageError() {
    Path samples = Cli.article(Cli.REFERENCE).getParent();
    Cli.Result result = Cli.run("parse", samples.toString(), "--format", "html", "--no-progress");
    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).contains("--out FOLDER");
    assertThat(result.out()).isEmpty();
  }
}

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
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --lang} naming one pack is the language of the JSON-LD and the HTML page; otherwise the markers' or none. */
class PageLanguageTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir
  Path dir;

  /** An article without cross-links: no marker tells its language. */
  private Path plain;

  @BeforeEach
  void writeArticle() throws IOException {
    plain = Files.writeString(dir.resolve("plain.txt"), "A title\n\nA paragraph of text.\n", StandardCharsets.UTF_8);
  }

  @Test
  void withoutLangOrMarkersTheLanguageIsLeftOut() throws IOException {
    assertThat(jsonLd(plain.toString()).has("inLanguage")).isFalse();
    assertThat(pageLanguage(plain.toString())).isNull();
    assertThat(pageLanguage(plain.toString(), "--source")).isNull();
  }

  @Test
  void onePackNamedByLangIsTheLanguageOfEveryFormat() throws IOException {
    assertThat(jsonLd(plain.toString(), "--lang", "en").path("inLanguage").asText()).isEqualTo("en");
    assertThat(pageLanguage(plain.toString(), "--lang", "en")).isEqualTo("en");
    assertThat(pageLanguage(plain.toString(), "--lang", "en", "--source")).isEqualTo("en");
    // The same pack twice, by code and by name, is one pack.
    assertThat(jsonLd(plain.toString(), "--lang", "de,german").path("inLanguage").asText()).isEqualTo("de");
  }

  @Test
  void aBatchCarriesTheLanguageOnEveryLineAndPage() throws IOException {
    Files.writeString(dir.resolve("other.txt"), "Another title\n\nAnother paragraph.\n", StandardCharsets.UTF_8);

    Cli.Result lines = Cli.run("parse", dir.toString(), "--format", "jsonld", "--lang", "es", "--no-progress");
    Path pages = dir.resolve("pages");
    Cli.Result site = Cli.run("parse", dir.toString(), "--format", "html", "--lang", "es", "--out", pages.toString(),
        "--no-progress");

    assertThat(lines.exit()).as("%s", lines).isZero();
    List<String> languages = new ArrayList<>();
    for (String line : lines.out().lines().toList()) {
      languages.add(MAPPER.readTree(line).path("inLanguage").asText());
    }
    assertThat(languages).containsExactly("es", "es");
    assertThat(site.exit()).as("%s", site).isZero();
    for (String page : List.of("plain.html", "other.html")) {
      assertThat(Jsoup.parse(pages.resolve(page).toFile()).selectFirst("html").attr("lang")).isEqualTo("es");
    }
  }

  @Test
  void severalPacksLeaveTheLanguageToTheCrossLinkMarkers() throws IOException {
    String english = Cli.article("english-lead.txt").toString();

    assertThat(jsonLd(plain.toString(), "--lang", "fr,en").has("inLanguage")).isFalse();
    assertThat(pageLanguage(plain.toString(), "--lang", "fr,en")).isNull();
    assertThat(jsonLd(english, "--lang", "fr,en").path("inLanguage").asText()).isEqualTo("en");
    assertThat(pageLanguage(english, "--lang", "fr,en", "--source")).isEqualTo("en");
  }

  private static JsonNode jsonLd(String input, String... options) throws IOException {
    Cli.Result result = Cli.run(args(input, "jsonld", options));
    assertThat(result.exit()).as("%s", result).isZero();
    return MAPPER.readTree(result.out());
  }

  /** @return the page's {@code lang}, or null when it has none */
  private static String pageLanguage(String input, String... options) {
    Cli.Result result = Cli.run(args(input, "html", options));
    assertThat(result.exit()).as("%s", result).isZero();
    Document page = Jsoup.parse(result.out());
    return page.selectFirst("html").hasAttr("lang") ? page.selectFirst("html").attr("lang") : null;
  }

  private static String[] args(String input, String format, String... options) {
    List<String> args = new ArrayList<>(List.of("parse", input, "--format", format));
    args.addAll(List.of(options));
    return args.toArray(String[]::new);
  }
}

package io.github.articlekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.articlekit.core.ArticleJson;
import io.github.articlekit.parser.ArticleParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user reads: one JSON document per run, README-spaced JSON, sizes in the unit that shows them, byte input refusals. */
class OutputShapeTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  @Test
  void jsonOverSeveralInputsIsOneArrayOfTheJsonlRows() throws IOException {
    Path a = Files.copy(Cli.article(Cli.REFERENCE), dir.resolve("a.txt"));
    Files.write(dir.resolve("b.txt"), new byte[0]);

    Cli.Result json = Cli.run("parse", dir.toString(), "--format", "json");
    Cli.Result jsonl = Cli.run("parse", dir.toString(), "--format", "jsonl");

    assertThat(json.exit()).isEqualTo(1);
    JsonNode array = JSON.readTree(json.out());
    assertThat(array.isArray()).isTrue();
    assertThat(array).hasSize(2);
    assertThat(array.get(0).get("source").asText()).isEqualTo(a.toString());
    assertThat(ArticleJson.fromJson(array.get(0).get("article").toString()))
        .isEqualTo(ArticleParser.create().parse(a).article());
    assertThat(array.get(1).get("error").get("code").asText()).isEqualTo("EMPTY_INPUT");
    assertThat(json.out()).isEqualTo("[\n" + String.join(",\n", jsonl.out().lines().toList()) + "\n]\n");
  }

  @Test
  void jsonOverAnEmptyFolderIsStillOneDocument() throws IOException {
    Path empty = Files.createDirectory(dir.resolve("empty"));

    Cli.Result result = Cli.run("parse", empty.toString(), "--format", "json");

    JsonNode array = JSON.readTree(result.out());
    assertThat(array.isArray()).as("%s", result).isTrue();
    assertThat(array).hasSize(1);
    assertThat(array.get(0).get("error").get("code").asText()).isEqualTo("NO_INPUT");
  }

  @Test
  void prettyJsonIsSpacedAsTheReadmeShowsIt() {
    Cli.Result result = Cli.run("parse", Cli.article(Cli.REFERENCE).toString());

    assertThat(result.out()).startsWith("{\n  \"title\": \"La Corée du Sud").contains("\n  \"headings\": [\n    \"")
        .doesNotContain("\" : ");
  }

  @Test
  void smallRunsAreSummarisedInKilobytes() throws IOException {
    Files.copy(Cli.article(Cli.REFERENCE), dir.resolve("a.txt"));
    Files.copy(Cli.article(Cli.REFERENCE), dir.resolve("b.txt"));

    Cli.Result result = Cli.run("check", dir.toString());

    assertThat(result.err().strip()).matches("articlekit: 2 articles parsed \\(0 with warnings\\), 0 refused; "
        + "\\d+\\.\\d KB in \\d+\\.\\d\\d s, \\d+\\.\\d KB/s");
  }

  @Test
  void aBinaryFileIsNotText() throws IOException {
    byte[] elf = {0x7F, 'E', 'L', 'F', 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, (byte) 0xFF, (byte) 0xC0};
    Path binary = Files.write(dir.resolve("a.out"), elf);

    Cli.Result result = Cli.run("check", binary.toString());

    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.err()).isEqualTo("articlekit: " + binary + ": error: Input is not text: control byte 0x7F at "
        + "byte offset 0 (line 1, column 1); is it a binary file? [NOT_TEXT]\n");
  }

  @Test
  void aUtf16FileSaysUtf16AndHowToReadIt() throws IOException {
    String text = new String(Files.readAllBytes(Cli.article(Cli.REFERENCE)), StandardCharsets.UTF_8);
    Path utf16 = Files.write(dir.resolve("utf16.txt"), text.getBytes(StandardCharsets.UTF_16)); // with a BOM

    Cli.Result refused = Cli.run("check", utf16.toString());
    Cli.Result read = Cli.run("check", "--charset", "UTF-16", utf16.toString());

    assertThat(refused.exit()).isEqualTo(1);
    assertThat(refused.err()).contains("byte order mark of UTF-16 (big-endian)", "--charset", "[MALFORMED_INPUT]");
    assertThat(read.exit()).as("%s", read).isZero();
    assertThat(read.err()).isEmpty();
  }

  @Test
  void anUnknownCharsetIsAUsageError() {
    Cli.Result result = Cli.run("check", "--charset", "no-such-charset", Cli.article(Cli.REFERENCE).toString());

    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).startsWith("articlekit: error: Invalid value for option '--charset'")
        .contains("no-such-charset").doesNotContain("\tat ");
  }
}

package io.github.articlekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.articlekit.parser.ArticleParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code parse --format html --source}: the page's text is the parser's, refused as without {@code --source}. */
class SourcePageTest {

  @TempDir
  Path dir;

  static Stream<Arguments> refused() {
    byte[] oversize = new byte[(int) ArticleParser.DEFAULT_MAX_INPUT_SIZE + 1];
    Arrays.fill(oversize, (byte) 'a');
    return Stream.of(
        Arguments.of("binary", new byte[] {0x7F, 'E', 'L', 'F', 0x02, 0x01, 0x00, (byte) 0xFF}, "NOT_TEXT"),
        Arguments.of("UTF-16 byte order mark", "Title\n\nText.\n".getBytes(StandardCharsets.UTF_16),
            "MALFORMED_INPUT"),
        Arguments.of("malformed UTF-8", new byte[] {'T', 'i', '\n', (byte) 0xC3, 'x'}, "MALFORMED_INPUT"),
        Arguments.of("control character in text", "Titré\n\nUn paragraphe\u0000.\n".getBytes(StandardCharsets.UTF_8),
            "NOT_TEXT"),
        Arguments.of("empty", new byte[0], "EMPTY_INPUT"),
        Arguments.of("over the size limit", oversize, "INPUT_TOO_LARGE"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refused")
  void aFileIsRefusedInTheSameWordsWithAndWithoutTheSource(String what, byte[] bytes, String code)
      throws IOException {
    Path file = Files.write(dir.resolve("input.txt"), bytes);

    Cli.Result without = Cli.run("parse", file.toString(), "--format", "html");
    Cli.Result with = Cli.run("parse", file.toString(), "--format", "html", "--source");

    assertThat(without.exit()).as("%s", without).isEqualTo(1);
    assertThat(without.err()).startsWith("articlekit: " + file + ": error: ").endsWith(" [" + code + "]\n");
    assertThat(with.exit()).isEqualTo(1);
    assertThat(with.err()).isEqualTo(without.err());
    assertThat(with.out()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refused")
  void standardInputIsRefusedInTheSameWordsWithAndWithoutTheSource(String what, byte[] bytes, String code) {
    Cli.Result without = Cli.runWithInput(bytes, "parse", "-", "--format", "html");
    Cli.Result with = Cli.runWithInput(bytes, "parse", "-", "--format", "html", "--source");

    assertThat(without.exit()).as("%s", without).isEqualTo(1);
    assertThat(without.err()).endsWith(" [" + code + "]\n");
    assertThat(with.exit()).isEqualTo(1);
    assertThat(with.err()).isEqualTo(without.err());
    assertThat(with.out()).isEmpty();
  }

  @Test
  void theSourceIsTheTextDecodedInTheChosenCharset() throws IOException {
    // Line feeds only: an HTML parser reads a carriage return and line feed as one line feed.
    String text = "Un été à Paris\n\nLe départ\n\nLe départ\n\nUn paragraphe accentué : déjà.\n";
    Path file = Files.write(dir.resolve("latin1.txt"), text.getBytes(StandardCharsets.ISO_8859_1));

    for (Cli.Result result : new Cli.Result[] {
        Cli.run("parse", file.toString(), "--format", "html", "--source", "--charset", "ISO-8859-1"),
        Cli.runWithInput(Files.readAllBytes(file), "parse", "-", "--format", "html", "--source", "--charset",
            "ISO-8859-1")}) {
      assertThat(result.exit()).as("%s", result).isZero();
      Document page = Jsoup.parse(result.out());
      Element source = page.getElementById("source");
      assertThat(source).isNotNull();
      assertThat(source.selectFirst("pre").wholeText()).isEqualTo(text);
      assertThat(source.select("pre mark.heading")).hasSize(1);
      assertThat(page.selectFirst("h1").text()).isEqualTo("Un été à Paris");
    }
  }
}

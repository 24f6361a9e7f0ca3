package io.github.articlekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Refused inputs: one line on standard error, never a stack trace, exit 1, and the batch goes on. */
class RefusedInputTest {

  @TempDir
  Path dir;

  private Path write(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return file;
  }

  private static void assertOneErrorLine(Cli.Result result, Path file, String messageStart, String code) {
    assertThat(result.exit()).as("%s", result).isEqualTo(1);
    assertThat(result.out()).isEmpty();
    assertThat(result.err().lines()).singleElement().satisfies(line -> assertThat(line)
        .startsWith("articlekit: " + file + ": error: " + messageStart)
        .endsWith(" [" + code + "]"));
  }

  @Test
  void emptyFile() throws IOException {
    Path empty = write("empty.txt", new byte[0]);

    assertOneErrorLine(Cli.run("parse", empty.toString()), empty, "Input is empty", "EMPTY_INPUT");
  }

  @Test
  void blankOnlyFile() throws IOException {
    Path blank = write("blank.txt", " \n\t\n\u00a0\n".getBytes(StandardCharsets.UTF_8));

    assertOneErrorLine(Cli.run("parse", blank.toString()), blank, "Input holds only blank lines", "EMPTY_INPUT");
  }

  @Test
  void fileWithANulByte() throws IOException {
    Path nul = write("nul.txt", "Title\n\nA\u0000B\n".getBytes(StandardCharsets.UTF_8));

    assertOneErrorLine(Cli.run("parse", nul.toString()), nul, "Input is not text: control character U+0000",
        "NOT_TEXT");
  }

  @Test
  void malformedUtf8NamesTheByteOffset() throws IOException {
    byte[] bytes = "Titre caf\u00e9\n\nUn point\n\nUn point\n\nTexte.\n".getBytes(StandardCharsets.ISO_8859_1);
    Path latin1 = write("latin1.txt", bytes);

    Cli.Result result = Cli.run("parse", latin1.toString());

    assertOneErrorLine(result, latin1, "Input is not valid UTF-8", "MALFORMED_INPUT");
    assertThat(result.err()).contains("byte offset 9");
  }

  @Test
  void missingFile() {
    Path missing = dir.resolve("missing.txt");

    assertOneErrorLine(Cli.run("parse", missing.toString()), missing, "No such file", "UNREADABLE_INPUT");
    assertOneErrorLine(Cli.run("check", missing.toString()), missing, "No such file", "UNREADABLE_INPUT");
  }

  @Test
  void folderWithoutArticles() throws IOException {
    Files.createDirectories(dir.resolve("empty"));

    Cli.Result result = Cli.run("parse", dir.resolve("empty").toString());

    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.out()).isEqualTo("{\"source\":\"" + dir.resolve("empty")
        + "\",\"error\":{\"code\":\"NO_INPUT\",\"message\":\"No .txt file in this folder\"}}\n");
  }

  @Test
  void refusedInputsDoNotStopABatchAndNeverShowAStackTrace() throws IOException {
    Path empty = write("a-empty.txt", new byte[0]);
    Path nul = write("b-nul.txt", "T\u0000\n".getBytes(StandardCharsets.UTF_8));
    Path malformed = write("c-malformed.txt", new byte[] {'T', (byte) 0xC3, '\n'});
    Path good = dir.resolve("d-good.txt");
    Files.copy(Cli.article(Cli.REFERENCE), good);
    Path missing = dir.resolve("e-missing.txt");

    for (String format : new String[] {"json", "jsonl", "markdown", "text", "outline"}) {
      Cli.Result result = Cli.run("parse", empty.toString(), nul.toString(), malformed.toString(), good.toString(),
          missing.toString(), "--format", format);

      assertThat(result.exit()).as("%s", result).isEqualTo(1);
      assertThat(result.out()).contains(format.equals("json") ? "\"title\":\"La Corée du Sud" : "La Corée du Sud");
      assertThat(result.err().lines()).containsExactly(
          "articlekit: " + empty + ": error: Input is empty: an article needs at least a title line [EMPTY_INPUT]",
          "articlekit: " + nul + ": error: Input is not text: control character U+0000 at line 1, column 2 "
              + "(byte offset 1) [NOT_TEXT]",
          "articlekit: " + malformed + ": error: Input is not valid UTF-8: malformed byte sequence at byte offset 1 "
              + "(line 1, column 2); if the file is in another encoding, set the charset with ArticleParser.Builder.charset (--charset in the articlekit tool) [MALFORMED_INPUT]",
          "articlekit: " + missing + ": error: No such file: " + missing + " [UNREADABLE_INPUT]",
          result.err().lines().reduce((a, b) -> b).orElseThrow());
      assertThat(result.err()).endsWith("\n").contains("articlekit: 1 article parsed (0 with warnings), 4 refused; ")
          .doesNotContain("Exception").doesNotContain("\tat ");
    }
  }

  @Test
  void anUnexpectedFailureIsOneInternalErrorLineAndTheBatchGoesOn() {
    InputStream exploding = new InputStream() {
      @Override
      public int read() {
        throw new IllegalStateException("boom");
      }

      @Override
      public int read(byte[] buffer, int offset, int length) {
        throw new IllegalStateException("boom");
      }
    };
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int exit = ArticleKitCli.newCommandLine(Streams.of(exploding, out, err))
        .execute("parse", "-", Cli.article(Cli.REFERENCE).toString(), "-f", "jsonl");

    assertThat(exit).isEqualTo(1);
    assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(2).last().asString()
        .startsWith("{\"source\":\"<stdin>\",\"error\":{\"code\":\"INTERNAL_ERROR\"");
    assertThat(err.toString(StandardCharsets.UTF_8)).contains(
        "articlekit: <stdin>: error: internal error: java.lang.IllegalStateException: boom [INTERNAL_ERROR]\n")
        .doesNotContain("\tat ");
  }

  @Test
  void anUnreadableStandardInputIsRefused() {
    InputStream failing = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("device not ready");
      }
    };
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int exit = ArticleKitCli.newCommandLine(Streams.of(failing, new ByteArrayOutputStream(), err))
        .execute("check", "-");

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("articlekit: <stdin>: error: ")
        .contains("device not ready").endsWith("[UNREADABLE_INPUT]\n");
  }

  @Test
  void checkReportsOnlyDiagnosticsAndRefusals() throws IOException {
    Files.copy(Cli.article("missing-wrapped.txt"), dir.resolve("a.txt"));
    Files.copy(Cli.article(Cli.REFERENCE), dir.resolve("b.txt"));

    Cli.Result lenient = Cli.run("check", dir.toString());
    Cli.Result strict = Cli.run("check", "--strict", dir.toString());

    assertThat(lenient.exit()).isZero();
    assertThat(lenient.out()).isEmpty();
    assertThat(lenient.err().lines()).hasSize(2).first().asString()
        .isEqualTo(dir.resolve("a.txt") + ":5:1: warning: heading \"Les ONG dénoncent un recul\" is listed but "
            + "not found in the body [HEADING_NOT_FOUND]");
    assertThat(lenient.err().lines().toList().get(1)).startsWith("articlekit: 2 articles parsed (1 with warnings), "
        + "0 refused; ").matches(".* [KM]B/s");
    assertThat(strict.exit()).isEqualTo(1);
    assertThat(strict.out()).isEmpty();
    assertThat(strict.err()).contains("articlekit: " + dir.resolve("a.txt") + ": error: Strict parsing refused the input: 1 warning")
        .contains("articlekit: 1 article parsed (0 with warnings), 1 refused; ");
    assertThat(Cli.run("check", Cli.article(Cli.REFERENCE).toString()).err()).isEmpty();
  }
}

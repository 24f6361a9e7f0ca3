package io.github.articlekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batches: sorted, deterministic output whatever --jobs, with the closing summary line. */
class BatchTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path shared;

  @TempDir
  Path dir;

  private static Path corpus;

  @BeforeAll
  static void corpus() throws IOException {
    corpus = shared.resolve("corpus");
    CorpusGenerator.generate(corpus, 1_200, 7);
    Files.write(corpus.resolve("00/000500.txt"), new byte[0]); // refused in the middle of the batch
    Files.write(corpus.resolve("01/bad.txt"), new byte[] {'T', (byte) 0xFF, '\n'});
    Files.writeString(corpus.resolve("01/skipped.md"), "not a .txt file");
  }

  private static List<String> articleFiles() throws IOException {
    try (Stream<Path> files = Files.walk(corpus)) {
      return files.filter(p -> p.toString().endsWith(".txt")).map(Path::toString).sorted()
          .collect(Collectors.toList());
    }
  }

  private static String withoutSummary(String err) {
    return err.lines().filter(line -> !line.matches(".* [KM]B/s")).collect(Collectors.joining("\n"));
  }

  @Test
  void jsonlIsTheSameForOneJobAndFour() throws IOException {
    Cli.Result one = Cli.run("parse", corpus.toString(), "--jobs", "1");
    Cli.Result four = Cli.run("parse", corpus.toString(), "--jobs", "4");

    assertThat(one.exit()).isEqualTo(1);
    assertThat(four.exit()).isEqualTo(1);
    assertThat(four.out()).isEqualTo(one.out());
    assertThat(withoutSummary(four.err())).isEqualTo(withoutSummary(one.err()));

    List<String> sources = new ArrayList<>();
    for (String line : one.out().lines().toList()) {
      sources.add(JSON.readTree(line).get("source").asText());
    }
    assertThat(sources).isEqualTo(articleFiles()).isSortedAccordingTo(Comparator.naturalOrder()).hasSize(1_201);
    assertThat(one.out()).contains("{\"source\":\"" + corpus.resolve("00/000500.txt")
        + "\",\"error\":{\"code\":\"EMPTY_INPUT\"");
    assertThat(one.err().lines().filter(line -> line.startsWith("articlekit: " + corpus))).containsExactly(
        "articlekit: " + corpus.resolve("00/000500.txt") + ": error: Input is empty: an article needs at least a "
            + "title line [EMPTY_INPUT]",
        "articlekit: " + corpus.resolve("01/bad.txt") + ": error: Input is not valid UTF-8: malformed byte "
            + "sequence at byte offset 1 (line 1, column 2); if the file is in another encoding, set the charset with ArticleParser.Builder.charset (--charset in the articlekit tool) [MALFORMED_INPUT]");
  }

  @Test
  void diagnosticsComeInInputOrderAndTheSummaryCountsEverything() {
    Cli.Result result = Cli.run("check", corpus.toString(), "-j", "3");

    List<String> lines = result.err().lines().toList();
    List<String> located = lines.stream().filter(line -> line.startsWith(corpus.toString()))
        .map(line -> line.substring(0, line.indexOf(".txt:") + 4)).toList();
    assertThat(located).isNotEmpty().isSortedAccordingTo(Comparator.naturalOrder());
    long withWarnings = located.stream().distinct().count();
    assertThat(lines.get(lines.size() - 1)).matches(
        "articlekit: 1199 articles parsed \\(" + withWarnings + " with warnings\\), 2 refused; "
            + "\\d+\\.\\d [KM]B in \\d+\\.\\d\\d s, \\d+\\.\\d [KM]B/s");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void otherFormatsAreDeterministicToo() {
    for (String format : new String[] {"markdown", "text", "outline", "json"}) {
      Cli.Result one = Cli.run("parse", corpus.resolve("00").toString(), "-j", "1", "-f", format);
      Cli.Result three = Cli.run("parse", corpus.resolve("00").toString(), "-j", "3", "-f", format);
      assertThat(three.out()).as(format).isEqualTo(one.out()).isNotEmpty();
    }
  }

  @Test
  void outFileHoldsTheWholeBatch() throws IOException {
    Path out = dir.resolve("out.jsonl");

    Cli.Result result = Cli.run("parse", corpus.toString(), "-j", "2", "--out", out.toString());

    assertThat(result.out()).isEmpty();
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(Cli.run("parse", corpus.toString()).out());
  }

  @Test
  void aProgressBarIsDrawnOnlyForATerminal() {
    Cli.Result terminal = Cli.runWithInput(new byte[0], true, "check", corpus.resolve("01").toString());
    Cli.Result quiet = Cli.runWithInput(new byte[0], true, "check", "--no-progress", corpus.resolve("01").toString());
    Cli.Result pipe = Cli.run("check", corpus.resolve("01").toString());

    assertThat(terminal.err()).contains("\r").contains("Parsing");
    assertThat(terminal.err().lines().reduce((a, b) -> b).orElseThrow()).contains("articles parsed");
    assertThat(quiet.err()).doesNotContain("\r").doesNotContain("Parsing");
    assertThat(pipe.err()).doesNotContain("\r").doesNotContain("Parsing");
  }
}

package io.github.articlekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: runs the shaded {@code target/articlekit.jar} as a process, as a user would. Bound to
 * {@code mvn verify} by the failsafe plugin, after the jar is built.
 */
class JarIT {

  @TempDir
  Path dir;

  private record Run(int exit, String out, String err) {}

  private static Path jar() {
    Path jar = Path.of(System.getProperty("articlekit.jar", "target/articlekit.jar"));
    assertThat(jar).as("the runnable jar, built by mvn package").isRegularFile();
    return jar;
  }

  private Run java(List<String> jvm, byte[] stdin, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvm);
    command.add("-jar");
    command.add(jar().toString());
    command.addAll(List.of(args));
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    try (var in = process.getOutputStream()) {
      in.write(stdin);
    }
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the run ends").isTrue();
    return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private Run java(String... args) throws IOException, InterruptedException {
    return java(List.of(), new byte[0], args);
  }

  @Test
  void versionIsTheProjectVersion() throws Exception {
    Run run = java("--version");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).startsWith("articlekit " + System.getProperty("articlekit.version", ""));
    assertThat(run.out()).doesNotContain("unknown").doesNotContain("${");
  }

  @Test
  void theReadmeCommandPrintsTheReferenceOutline() throws Exception {
    Run run = java("parse", Cli.article(Cli.REFERENCE).toString(), "--format", "outline");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("La Corée du Sud exige le retrait des troupes nord-coréennes de Russie\n├── ")
        .contains("├── Des troupes en Russie                  1 paragraph, 1 cross-link\n")
        .endsWith("boilerplate: 2 blocks\ndiagnostics: 0\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void standardInputToJson() throws Exception {
    byte[] article = Files.readAllBytes(Cli.article("english-lead.txt"));

    Run run = java(List.of(), article, "parse", "-");

    assertThat(run.exit()).isZero();
    assertThat(run.out()).startsWith("{").contains("\"url\": \"https://www.example.org/sea-ice-record\"");
  }

  @Test
  void refusedInputsAndUsageErrors() throws Exception {
    Path empty = dir.resolve("empty.txt");
    Files.write(empty, new byte[0]);

    Run refused = java("parse", empty.toString(), Cli.article(Cli.REFERENCE).toString());
    Run usage = java("parse", "--format", "yaml", empty.toString());

    assertThat(refused.exit()).isEqualTo(1);
    assertThat(refused.out().lines()).hasSize(2);
    assertThat(refused.err()).contains("articlekit: " + empty + ": error: Input is empty")
        .doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(usage.exit()).isEqualTo(2);
    assertThat(usage.err()).startsWith("articlekit: error: ");
  }

  @Test
  void aLargeFolderStreamsInSortedOrderWithinASmallHeap() throws Exception {
    Path corpus = dir.resolve("corpus");
    long bytes = CorpusGenerator.generate(corpus, 3_000, 11);
    Path out = dir.resolve("out.jsonl");

    Run run = java(List.of("-Xmx32m"), new byte[0], "parse", corpus.toString(), "--jobs", "2", "--out",
        out.toString());

    assertThat(run.exit()).as(run.err()).isZero();
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(3_000);
    assertThat(Files.size(out)).as("more output than the heap could hold").isGreaterThan(bytes);
    List<String> sources = lines.stream().map(line -> line.substring(11, line.indexOf("\",\"article\""))).toList();
    assertThat(sources).isSorted().first().asString().endsWith("00/000000.txt");
    assertThat(run.err().lines().reduce((a, b) -> b).orElseThrow())
        .matches("articlekit: 3000 articles parsed \\(\\d+ with warnings\\), 0 refused; .* [KM]B/s");
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES) // only against a hang: each run takes a second or two
  void anInputTooBigForTheHeapIsOneErrorLineAndTheOthersGoOn() throws Exception {
    Path first = dir.resolve("a.txt");
    Path big = dir.resolve("b-big.txt");
    Path last = dir.resolve("c.txt");
    Files.copy(Cli.article(Cli.REFERENCE), first);
    Files.copy(Cli.article(Cli.REFERENCE), last);
    // 12 MiB of empty lines: under the 16 MiB input limit, far beyond what the parser fits in a 64 MiB heap.
    byte[] lines = new byte[12 << 20];
    java.util.Arrays.fill(lines, (byte) '\n');
    Files.write(big, "Title\n".getBytes(StandardCharsets.UTF_8));
    Files.write(big, lines, java.nio.file.StandardOpenOption.APPEND);

    for (String jobs : new String[] {"1", "2"}) {
      Run run = java(List.of("-Xmx64m"), new byte[0], "parse", "--format", "jsonl", "--jobs", jobs,
          first.toString(), big.toString(), last.toString());

      assertThat(run.exit()).as("--jobs %s: %s", jobs, run.err()).isEqualTo(1);
      List<String> rows = run.out().lines().toList();
      assertThat(rows).as("--jobs " + jobs).hasSize(3);
      assertThat(rows.get(0)).startsWith("{\"source\":\"" + first + "\",\"article\":{\"title\":\"La Corée du Sud");
      assertThat(rows.get(1)).startsWith("{\"source\":\"" + big + "\",\"error\":{\"code\":\"OUT_OF_MEMORY\","
          + "\"message\":\"not enough memory to parse this input (12.0 MiB)");
      assertThat(rows.get(2)).startsWith("{\"source\":\"" + last + "\",\"article\":{\"title\":\"La Corée du Sud");
      List<String> err = run.err().lines().toList();
      assertThat(err).as(run.err()).hasSize(2);
      assertThat(err.get(0)).startsWith("articlekit: " + big + ": error: not enough memory to parse this input "
          + "(12.0 MiB) in a heap of at most ").contains("raise java's -Xmx").endsWith(" [OUT_OF_MEMORY]");
      assertThat(err.get(1)).matches("articlekit: 2 articles parsed \\(0 with warnings\\), 1 refused; .* [KM]B/s");
      assertThat(run.err()).doesNotContain("Exception").doesNotContain("at java.").doesNotContain("\tat ");
    }
  }
}

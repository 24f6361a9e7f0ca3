package io.github.articlekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.articlekit.parser.ArticleParser;
import io.github.articlekit.parser.Language;
import io.github.articlekit.parser.ParseResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An input that does not fit in memory, or overflows the stack, is one refused row of its own: the batch
 * goes on in order, the summary is printed, the exit status is 1, and no stack trace is shown. The heap
 * running out is simulated by steps that throw for one input, as a heap too small for it would.
 */
class OutOfMemoryTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SUMMARY = "articlekit: 4 articles parsed (0 with warnings), 1 refused; ";

  @TempDir
  Path dir;

  private final List<Path> files = new ArrayList<>();

  @BeforeEach
  void fiveArticles() throws IOException {
    for (String name : new String[] {"a.txt", "b.txt", "c.txt", "d.txt", "e.txt"}) {
      Path file = dir.resolve(name);
      Files.copy(Cli.article(Cli.REFERENCE), file);
      files.add(file);
    }
  }

  private String[] args(String... options) {
    List<String> args = new ArrayList<>(List.of(options));
    files.forEach(file -> args.add(file.toString()));
    return args.toArray(new String[0]);
  }

  private Path file(String name) {
    return dir.resolve(name);
  }

  /** Steps that fail while parsing one input, and count the attempts per input. */
  private static final class FailingParse implements Steps {
    private final String name;
    private final Error error;
    final ConcurrentHashMap<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

    FailingParse(String name, Error error) {
      this.name = name;
      this.error = error;
    }

    @Override
    public ParseResult parse(ArticleParser parser, Input input, InputStream stdin) {
      attempts.computeIfAbsent(input.source(), s -> new AtomicInteger()).incrementAndGet();
      if (input.source().endsWith(name)) {
        throw error;
      }
      return Steps.super.parse(parser, input, stdin);
    }

    int attempts(Path file) {
      AtomicInteger count = attempts.get(file.toString());
      return count == null ? 0 : count.get();
    }
  }

  private static void assertNoStackTrace(Cli.Result result) {
    assertThat(result.err()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("at java.")
        .doesNotContain("Error:");
  }

  @ParameterizedTest(name = "--jobs {0}")
  @ValueSource(ints = {1, 3})
  void anInputThatRanOutOfMemoryWhileParsingIsOneRowAndTheBatchGoesOn(int jobs) throws IOException {
    FailingParse steps = new FailingParse("b.txt", new OutOfMemoryError("Java heap space"));

    Cli.Result result = Cli.runWithSteps(steps, args("parse", "--format", "jsonl", "--jobs", "" + jobs));

    assertThat(result.exit()).as("%s", result).isEqualTo(ArticleKitCli.EXIT_REFUSED);
    List<String> rows = result.out().lines().toList();
    assertThat(rows).hasSize(5);
    List<String> sources = new ArrayList<>();
    for (String row : rows) {
      JsonNode node = JSON.readTree(row); // every row whole
      sources.add(node.get("source").asText());
      assertThat(node.has("article")).as(row).isEqualTo(!row.contains("b.txt"));
    }
    assertThat(sources).containsExactly(files.stream().map(Path::toString).toArray(String[]::new));
    JsonNode error = JSON.readTree(rows.get(1)).get("error");
    assertThat(error.get("code").asText()).isEqualTo("OUT_OF_MEMORY");
    assertThat(error.get("message").asText())
        .matches("not enough memory to parse this input \\(\\d+\\.\\d KiB\\) in a heap of at most \\d+ MiB: .*")
        .contains("raise java's -Xmx", "--max-blocks");

    List<String> lines = result.err().lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).startsWith("articlekit: " + file("b.txt") + ": error: not enough memory to parse this "
        + "input").endsWith(" [OUT_OF_MEMORY]");
    assertThat(lines.get(1)).startsWith(SUMMARY).matches(".* [KM]B/s");
    assertNoStackTrace(result);
    // With several jobs the input runs once more, alone, before it is refused; with one job it already ran alone.
    assertThat(steps.attempts(file("b.txt"))).isEqualTo(jobs == 1 ? 1 : 2);
    assertThat(steps.attempts(file("c.txt"))).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"json", "jsonl", "markdown", "text", "outline"})
  void anInputThatRanOutOfMemoryWhileRenderingLeavesNoHalfRow(String format) {
    Steps steps = new Steps() {
      @Override
      public byte[] render(Format f, String source, ParseResult result, boolean batch,
          @Nullable Language language) {
        byte[] row = Steps.super.render(f, source, result, batch, language);
        if (source.endsWith("c.txt")) {
          throw new OutOfMemoryError("Java heap space"); // the row was half built
        }
        return row;
      }
    };
    String[] others = {"a.txt", "b.txt", "d.txt", "e.txt"};
    Cli.Result expected = Cli.run(files.stream().filter(f -> !f.endsWith("c.txt")).map(Path::toString)
        .collect(() -> new ArrayList<>(List.of("parse", "--format", format, "--jobs", "2")), List::add, List::addAll)
        .toArray(new String[0]));

    Cli.Result result = Cli.runWithSteps(steps, args("parse", "--format", format, "--jobs", "2"));

    assertThat(result.exit()).as("%s", result).isEqualTo(ArticleKitCli.EXIT_REFUSED);
    if (format.equals("jsonl") || format.equals("json")) {
      // json over several inputs is the jsonl rows in an array: "[", then a row per line.
      int first = format.equals("json") ? 1 : 0;
      List<String> rows = new ArrayList<>(result.out().lines().toList());
      assertThat(rows.remove(first + 2)).startsWith("{\"source\":\"" + file("c.txt") + "\",\"error\":{\"code\":\"OUT_OF_MEMORY\"");
      assertThat(String.join("\n", rows) + "\n").isEqualTo(expected.out());
    } else {
      assertThat(result.out()).as("the other inputs' output, nothing of c.txt").isEqualTo(expected.out());
    }
    assertThat(result.err().lines().toList()).hasSize(2).first().asString()
        .startsWith("articlekit: " + file("c.txt") + ": error: not enough memory").endsWith(" [OUT_OF_MEMORY]");
    assertThat(result.err()).contains(SUMMARY);
    assertNoStackTrace(result);
    assertThat(others).allSatisfy(name -> assertThat(result.err()).doesNotContain(name + ": error"));
  }

  @ParameterizedTest(name = "--jobs {0}")
  @ValueSource(ints = {1, 2})
  void checkReportsItInOneLineWithTheSummary(int jobs) {
    Cli.Result result = Cli.runWithSteps(new FailingParse("e.txt", new OutOfMemoryError("Java heap space")),
        args("check", "--jobs", "" + jobs));

    assertThat(result.exit()).isEqualTo(ArticleKitCli.EXIT_REFUSED);
    assertThat(result.out()).isEmpty();
    assertThat(result.err().lines()).hasSize(2).first().asString()
        .startsWith("articlekit: " + file("e.txt") + ": error: not enough memory to parse this input")
        .endsWith(" [OUT_OF_MEMORY]");
    assertThat(result.err()).contains(SUMMARY);
  }

  @Test
  void aStackOverflowIsOneRowToo() {
    Cli.Result result = Cli.runWithSteps(new FailingParse("d.txt", new StackOverflowError()),
        args("parse", "--format", "jsonl", "--jobs", "2"));

    assertThat(result.exit()).isEqualTo(ArticleKitCli.EXIT_REFUSED);
    assertThat(result.out().lines()).hasSize(5).element(3).asString()
        .startsWith("{\"source\":\"" + file("d.txt") + "\",\"error\":{\"code\":\"STACK_OVERFLOW\"");
    assertThat(result.err().lines()).hasSize(2).first().asString()
        .startsWith("articlekit: " + file("d.txt") + ": error: ran out of stack while parsing this input")
        .contains("-Xss").endsWith(" [STACK_OVERFLOW]");
    assertNoStackTrace(result);
  }

  @Test
  void standardInputIsNotReadTwice() {
    FailingParse steps = new FailingParse(Input.STDIN, new OutOfMemoryError("Java heap space"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    byte[] article = "Titre\n\nUn paragraphe.\n".getBytes(StandardCharsets.UTF_8);

    int exit = ArticleKitCli.execute(Streams.of(new ByteArrayInputStream(article), out, err), steps,
        "parse", "-", files.get(0).toString(), "--jobs", "2", "-f", "jsonl");

    assertThat(exit).isEqualTo(ArticleKitCli.EXIT_REFUSED);
    assertThat(steps.attempts.get(Input.STDIN).get()).isEqualTo(1);
    assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(2).last().asString()
        .startsWith("{\"source\":\"<stdin>\",\"error\":{\"code\":\"OUT_OF_MEMORY\"");
  }

  @Test
  void theMemoryOfTheFailedInputIsReleased() throws InterruptedException {
    AtomicReference<WeakReference<byte[]>> held = new AtomicReference<>();
    Steps steps = new Steps() {
      @Override
      public ParseResult parse(ArticleParser parser, Input input, InputStream stdin) {
        ParseResult result = Steps.super.parse(parser, input, stdin);
        if (input.source().endsWith("b.txt")) {
          byte[] partial = new byte[8 << 20]; // what the parse had built when the heap ran out
          held.set(new WeakReference<>(partial));
          throw new OutOfMemoryError("Java heap space (" + partial.length + " bytes held)");
        }
        return result;
      }
    };

    for (String jobs : new String[] {"1", "2"}) {
      Cli.Result result = Cli.runWithSteps(steps, args("check", "--jobs", jobs));
      assertThat(result.err()).contains(SUMMARY);
      for (int i = 0; i < 50 && held.get().get() != null; i++) {
        System.gc();
        Thread.sleep(20);
      }
      assertThat(held.get().get()).as("nothing keeps the failed input's memory, --jobs " + jobs).isNull();
    }
  }

  @ParameterizedTest(name = "--jobs {0}")
  @ValueSource(ints = {1, 2})
  void anErrorNoInputCanHandleIsOneLineWithItsOwnStatus(int jobs) throws IOException {
    Cli.Result result = Cli.runWithSteps(new FailingParse("c.txt", new InternalError("the JVM is confused")),
        args("parse", "--format", "jsonl", "--jobs", "" + jobs));

    assertThat(result.exit()).isEqualTo(ArticleKitCli.EXIT_FAILED);
    assertThat(result.err().lines().toList()).last().asString()
        .isEqualTo("articlekit: error: internal error: java.lang.InternalError: the JVM is confused");
    assertThat(result.err()).doesNotContain("\tat ");
    for (String row : result.out().lines().toList()) { // whole rows of the inputs before, if any
      assertThat(JSON.readTree(row).get("source").asText()).isIn(file("a.txt").toString(), file("b.txt").toString());
    }
  }

  @Test
  void theLastResortReportIsOneLine() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    LastResort lastResort = new LastResort(err);

    int status = lastResort.report(new OutOfMemoryError("Java heap space"));
    int again = lastResort.report(new OutOfMemoryError("Java heap space")); // another thread, the same failure

    assertThat(status).isEqualTo(again).isEqualTo(ArticleKitCli.EXIT_FAILED).isNotIn(0, 1, 2);
    assertThat(err.toString(StandardCharsets.UTF_8)).matches("articlekit: error: out of memory \\(Java heap space\\) "
        + "outside any one input, in a heap of at most \\d+ MiB: raise java's -Xmx or lower --jobs\n");
    assertThat(LastResort.failure(new OutOfMemoryError())).startsWith("articlekit: error: out of memory outside");
    assertThat(LastResort.failure(new StackOverflowError())).isEqualTo(
        "articlekit: error: out of stack outside any one input: raise java's -Xss");
    assertThat(LastResort.failure(new IllegalStateException("line\nbreak"))).isEqualTo(
        "articlekit: error: internal error: java.lang.IllegalStateException: line break");
  }
}

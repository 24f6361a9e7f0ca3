package io.github.articlekit.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Runs the tool in-process through picocli, with captured standard streams. */
final class Cli {
  private Cli() {}

  /** The reference article among the test articles: the shipped sample {@code examples/samples/000_e5549e3a27514e14.txt}. */
  static final String REFERENCE = "000_e5549e3a27514e14.txt";

  /**
   * What a run left behind.
   *
   * @param exit the exit status
   * @param out standard output, decoded as UTF-8
   * @param err standard error, decoded as UTF-8
   * @param outBytes standard output as bytes
   */
  record Result(int exit, String out, String err, byte[] outBytes) {
    @Override
    public String toString() {
      return "exit " + exit + "\n--- out:\n" + out + "\n--- err:\n" + err;
    }
  }

  static Result run(String... args) {
    return runWithInput(new byte[0], false, args);
  }

  static Result runWithInput(byte[] stdin, String... args) {
    return runWithInput(stdin, false, args);
  }

  static Result runWithInput(byte[] stdin, boolean errIsTerminal, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Streams streams = new Streams(new ByteArrayInputStream(stdin), out, err, errIsTerminal);
    int exit = ArticleKitCli.newCommandLine(streams).execute(args);
    return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
        out.toByteArray());
  }

  /** Runs the tool as {@code main} does, last-resort report included, with the given steps of each input. */
  static Result runWithSteps(Steps steps, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = ArticleKitCli.execute(Streams.of(new ByteArrayInputStream(new byte[0]), out, err), steps, args);
    return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
        out.toByteArray());
  }

  /** @return the path of a test article under {@code src/test/resources/articles} */
  static Path article(String name) {
    try {
      return Path.of(Cli.class.getResource("/articles/" + name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("no test article " + name, e);
    }
  }
}

package io.github.articlekit.benchmarks;

import io.github.articlekit.core.ArticleException;
import io.github.articlekit.parser.ArticleParser;
import io.github.articlekit.parser.ParseResult;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Every {@linkplain Shapes shape} at 16 MiB (16,777,216 characters, the default {@code maxInputSize}),
 * parsed once by the <em>default</em> parser ({@link ArticleParser#create()}): the time of the parse, or
 * of the refusal and its code. The target: each shape parses or is refused in under 2 s.
 *
 * <pre>
 * java -cp examples/benchmarks/target/benchmarks.jar io.github.articlekit.benchmarks.SixteenMegabytes [OPTIONS] [SHAPE...]
 * </pre>
 *
 * <p>Each shape runs in a JVM of its own (so that a parse that does not end can be stopped, and one
 * shape's garbage does not slow the next): the child builds the text, warms the parser up on the same
 * shape at 256 Ki characters (a few parses, at most about 3 s), says it is ready, then times one parse.
 * The parent waits {@code --timeout} seconds (default 30) from "ready" for the result, then stops the
 * child and reports the shape as not done. Options: {@code --timeout SECONDS}, {@code --xmx SIZE} (the
 * child's heap, default {@code 3g}). Exit status 0 when every shape parses or is refused within 2 s, else 1.
 */
public final class SixteenMegabytes {
  /** Characters of every input: 16 MiB, the default size limit. */
  static final int CHARS = 16 * 1024 * 1024;
  /** The target for one parse or refusal. */
  static final double TARGET_SECONDS = 2.0;
  private static final long BUILD_TIMEOUT_SECONDS = 300;

  private SixteenMegabytes() {}

  /**
   * Runs every shape named (default: all) and prints the table.
   *
   * @param args options, then shape names
   * @throws Exception if a child cannot be started
   */
  public static void main(String[] args) throws Exception {
    if (args.length == 2 && args[0].equals("--child")) {
      child(args[1]);
      return;
    }
    long timeout = 30;
    String xmx = "3g";
    List<String> shapes = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--timeout":
          timeout = Long.parseLong(args[++i]);
          break;
        case "--xmx":
          xmx = args[++i];
          break;
        default:
          Shapes.generator(args[i]); // fails early on an unknown name
          shapes.add(args[i]);
      }
    }
    if (shapes.isEmpty()) {
      shapes.addAll(Arrays.asList(Shapes.NAMES));
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classPath = System.getProperty("java.class.path");
    StringBuilder table = new StringBuilder();
    table.append("| shape | characters | outcome | code | time (s) | under 2 s |\n|---|---:|---|---|---:|---|\n");
    int missed = 0;
    for (String shape : shapes) {
      String[] row = runChild(java, classPath, xmx, shape, timeout);
      boolean met = row[4].equals("yes");
      if (!met) {
        missed++;
      }
      String line = String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s |%n", shape, row[0], row[1], row[2],
          row[3], met ? "yes" : "**no**");
      System.err.print(line); // progress, as each shape ends
      table.append(line);
    }
    System.out.println();
    System.out.print(table);
    System.out.printf(Locale.ROOT, "%n%d shapes at %,d characters, default parser; %d not parsed or refused within "
        + "%.0f s.%n", shapes.size(), CHARS, missed, TARGET_SECONDS);
    System.exit(missed == 0 ? 0 : 1);
  }

  /** Runs one shape in a child JVM: characters, outcome, code, seconds, "yes" if within the target. */
  private static String[] runChild(String java, String classPath, String xmx, String shape, long timeout)
      throws IOException, InterruptedException {
    Path errors = Files.createTempFile("sixteen-megabytes-", ".err");
    Process process = new ProcessBuilder(java, "-Xms" + xmx, "-Xmx" + xmx, "-cp", classPath,
        SixteenMegabytes.class.getName(), "--child", shape)
        .redirectError(errors.toFile())
        .start();
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
          StandardCharsets.UTF_8))) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          lines.add(line);
        }
      } catch (IOException e) {
        // the child was stopped
      } finally {
        lines.add("EOF");
      }
    });
    reader.setDaemon(true);
    reader.start();
    try {
      String ready = lines.poll(BUILD_TIMEOUT_SECONDS, TimeUnit.SECONDS);
      if (ready == null || !ready.startsWith("READY\t")) {
        return new String[] {"?", failure(ready, process, errors, "no input built within " + BUILD_TIMEOUT_SECONDS
            + " s"), "", "", "no"};
      }
      String characters = String.format(Locale.ROOT, "%,d", Long.parseLong(ready.split("\t")[1]));
      String result = lines.poll(timeout, TimeUnit.SECONDS);
      if (result == null) {
        return new String[] {characters, "**no result within " + timeout + " s** (stopped)", "",
            "> " + timeout, "no"};
      }
      if (!result.startsWith("RESULT\t")) {
        return new String[] {characters, failure(result, process, errors, ""), "", "", "no"};
      }
      // RESULT \t parsed|refused \t code \t nanos \t detail
      String[] fields = result.split("\t", -1);
      double seconds = Long.parseLong(fields[3]) / 1e9;
      String outcome = fields[1].equals("parsed") ? "parsed (" + fields[4] + ")" : "refused";
      return new String[] {characters, outcome, fields[2], String.format(Locale.ROOT, "%.3f", seconds),
          seconds < TARGET_SECONDS ? "yes" : "no"};
    } finally {
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
      Files.deleteIfExists(errors);
    }
  }

  private static String failure(String line, Process process, Path errors, String otherwise)
      throws IOException, InterruptedException {
    process.waitFor(5, TimeUnit.SECONDS);
    List<String> err = Files.readAllLines(errors, StandardCharsets.UTF_8);
    String last = err.isEmpty() ? "" : err.get(err.size() - 1).replace('|', '/');
    if (line != null && line.startsWith("CRASH\t")) {
      return "**CRASH** " + line.substring(6).replace('|', '/');
    }
    String exit = process.isAlive() ? "" : " (exit " + process.exitValue() + ")";
    return "**CRASH**" + exit + (last.isEmpty() ? " " + otherwise : " " + last);
  }

  /** In the child JVM: build, warm up, say READY, time one parse, say RESULT. */
  private static void child(String shape) {
    long buildStart = System.nanoTime();
    String text = Shapes.build(shape, CHARS);
    long buildNanos = System.nanoTime() - buildStart;
    ArticleParser parser = ArticleParser.create();
    String small = Shapes.build(shape, ShapeBenchmark.BASE_CHARS);
    long warmUpEnd = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
    for (int i = 0; i < 5 && System.nanoTime() < warmUpEnd; i++) {
      try {
        parser.parse(small);
      } catch (ArticleException e) {
        // warms the refusal's path as well
      }
    }
    System.gc();
    System.out.println("READY\t" + text.length() + "\t" + buildNanos);
    System.out.flush();
    String outcome;
    String code = "";
    String detail = "";
    long start = System.nanoTime();
    long nanos;
    try {
      ParseResult result = parser.parse(text);
      nanos = System.nanoTime() - start;
      outcome = "parsed";
      detail = result.article().sections().size() + " sections, " + result.diagnostics().size() + " diagnostics";
    } catch (ArticleException e) {
      nanos = System.nanoTime() - start;
      outcome = "refused";
      code = e.code().name();
    } catch (RuntimeException | Error e) {
      System.out.println("CRASH\t" + e.toString().replace('\t', ' ').replace('\n', ' '));
      System.out.flush();
      throw e;
    }
    System.out.println("RESULT\t" + outcome + "\t" + code + "\t" + nanos + "\t" + detail);
    System.out.flush();
  }
}

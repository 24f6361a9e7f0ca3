package io.github.articlekit.spark;

import io.github.articlekit.cli.ArticleKitCli;
import io.github.articlekit.cli.Streams;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/** Test support: one local Spark session for every test class of the run, and the CLI's own rows. */
final class LocalSpark {
  private static SparkSession session;

  private LocalSpark() {}

  /**
   * The session, started on first use (Spark's start-up is paid once per run) and stopped by Spark's
   * shutdown hook: local[2], no web UI, few shuffle partitions, a warehouse in a temporary folder.
   */
  static synchronized SparkSession session() {
    if (session == null) {
      try {
        session = SparkSession.builder()
            .appName("articlekit-spark-tests")
            .master("local[2]")
            .config("spark.ui.enabled", "false")
            .config("spark.ui.showConsoleProgress", "false")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.sql.shuffle.partitions", "2")
            .config("spark.sql.warehouse.dir", Files.createTempDirectory("spark-warehouse").toUri().toString())
            .getOrCreate();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      session.sparkContext().setLogLevel("WARN");
    }
    return session;
  }

  /** @return the shipped samples, copied as test resources: a folder of five articles */
  /** @return how many articles ({@code .txt} files) the shipped samples hold */
  static int sampleCount() {
    try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(samples())) {
      return (int) files.filter(file -> file.getFileName().toString().endsWith(".txt")).count();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static Path samples() {
    try {
      return Path.of(LocalSpark.class.getResource("/samples").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Runs {@code articlekit parse ARGS --format jsonl --no-progress} in-process.
   *
   * @return its rows, in its order
   */
  static List<String> cliRows(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<String> command = new ArrayList<>(List.of("parse"));
    command.addAll(Arrays.asList(args));
    command.addAll(List.of("--format", "jsonl", "--no-progress"));
    ArticleKitCli.newCommandLine(Streams.of(InputStream.nullInputStream(), out, new ByteArrayOutputStream()))
        .execute(command.toArray(new String[0]));
    return lines(out.toByteArray());
  }

  /** @return every line of every {@code part-*} file of a Spark output folder, in no set order */
  static List<String> partLines(Path folder) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.getFileName().toString().startsWith("part-")).sorted().toList()) {
        lines.addAll(lines(Files.readAllBytes(file)));
      }
    }
    return lines;
  }

  /** Lines of UTF-8 bytes, each ended by {@code \n}: a missing final line break is an error. */
  private static List<String> lines(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.isEmpty()) {
      return List.of();
    }
    if (!text.endsWith("\n")) {
      throw new AssertionError("no line break at the end of: " + text);
    }
    return Arrays.asList(text.substring(0, text.length() - 1).split("\n", -1));
  }
}

package io.github.articlekit.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the JSON results of {@link ParseBenchmark} ({@code -rf json}) into the README's Markdown
 * table: ops/s, MB/s of input (1 MB = 10^6 bytes of UTF-8 text), allocation per input byte, and the
 * targets' ratios.
 *
 * <pre>
 * java -cp examples/benchmarks/target/benchmarks.jar io.github.articlekit.benchmarks.Report jmh.json
 * </pre>
 */
public final class Report {
  private static final String[] INPUTS = {"reference", "long"};
  private static final String[] METHODS = {"articlekit", "linesFloor", "commonmark", "writeJson", "roundTrip"};

  private Report() {}

  /**
   * Prints the table.
   *
   * @param args the JSON results file
   * @throws IOException if it cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("Usage: Report JMH_RESULTS.json");
      System.exit(2);
    }
    JsonNode results = new ObjectMapper().readTree(Path.of(args[0]).toFile());
    Map<String, Double> score = new LinkedHashMap<>();
    Map<String, Double> error = new LinkedHashMap<>();
    Map<String, Double> alloc = new LinkedHashMap<>();
    for (JsonNode run : results) {
      String benchmark = run.path("benchmark").asText();
      if (!benchmark.startsWith(ParseBenchmark.class.getName() + ".")) {
        continue;
      }
      String key = benchmark.substring(benchmark.lastIndexOf('.') + 1) + "/" + run.path("params").path("input").asText();
      score.put(key, run.path("primaryMetric").path("score").asDouble());
      error.put(key, run.path("primaryMetric").path("scoreError").asDouble());
      JsonNode norm = run.path("secondaryMetrics").path("gc.alloc.rate.norm");
      if (!norm.isMissingNode()) {
        alloc.put(key, norm.path("score").asDouble());
      }
    }
    Map<String, Long> bytes = new LinkedHashMap<>();
    for (String input : INPUTS) {
      bytes.put(input, Inputs.utf8Bytes(Inputs.text(input)));
    }

    StringBuilder out = new StringBuilder();
    out.append("| Benchmark | Input | ops/s | ± (99.9%) | MB/s of input | Allocated B/op | Allocated B per input byte |\n");
    out.append("|---|---|---:|---:|---:|---:|---:|\n");
    for (String input : INPUTS) {
      for (String method : METHODS) {
        String key = method + "/" + input;
        if (!score.containsKey(key)) {
          continue;
        }
        double ops = score.get(key);
        Double norm = alloc.get(key);
        out.append(String.format(Locale.ROOT, "| %s | %s (%,d B) | %,.1f | %,.1f | %,.1f | %s | %s |%n",
            method, input, bytes.get(input), ops, error.get(key), ops * bytes.get(input) / 1e6,
            norm == null ? "n/a" : String.format(Locale.ROOT, "%,.0f", norm),
            norm == null ? "n/a" : String.format(Locale.ROOT, "%.2f", norm / bytes.get(input))));
      }
    }
    out.append('\n');
    out.append("| Target | Figure | Goal | Met |\n|---|---:|---|---|\n");
    target(out, "articlekit / linesFloor (reference, ops/s)",
        ratio(score, "articlekit/reference", "linesFloor/reference"), ">= 0.30", v -> v >= 0.3);
    target(out, "articlekit / commonmark (reference, ops/s)",
        ratio(score, "articlekit/reference", "commonmark/reference"), ">= 3.0", v -> v >= 3.0);
    Double longRate = rate(score, bytes, "articlekit/long", "long");
    Double referenceRate = rate(score, bytes, "articlekit/reference", "reference");
    target(out, "articlekit B/s, long / reference",
        longRate == null || referenceRate == null ? null : longRate / referenceRate, "0.75 .. 1.25",
        v -> v >= 0.75 && v <= 1.25);
    for (String input : INPUTS) {
      Double norm = alloc.get("articlekit/" + input);
      target(out, "articlekit allocation per input byte (" + input + ")",
          norm == null ? null : norm / bytes.get(input), "<= 8", v -> v <= 8);
    }
    System.out.print(out);
  }

  private static Double ratio(Map<String, Double> score, String a, String b) {
    return score.containsKey(a) && score.containsKey(b) ? score.get(a) / score.get(b) : null;
  }

  private static Double rate(Map<String, Double> score, Map<String, Long> bytes, String key, String input) {
    return score.containsKey(key) ? score.get(key) * bytes.get(input) : null;
  }

  private static void target(StringBuilder out, String what, Double value, String goal,
      java.util.function.DoublePredicate met) {
    out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s |%n", what,
        value == null ? "n/a" : String.format(Locale.ROOT, "%.2f", value), goal,
        value == null ? "n/a" : met.test(value) ? "yes" : "**no**"));
  }
}

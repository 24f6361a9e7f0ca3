package io.github.articlekit.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the JSON results of {@link ShapeBenchmark} ({@code -rf json}) into a Markdown table: for each
 * shape the time of one parse at n and at 8n, their ratio, and a verdict. A linear parser scores about 8,
 * a quadratic one about 64; a shape passes at 12 or less. Results of a run with {@code -prof gc} get one more
 * column, the ratio of the bytes allocated per parse: about 8 when the parser's work is linear, so a time
 * ratio well above 8 with an allocation ratio of 8 points at the garbage collector rather than the parser.
 *
 * <pre>
 * java -cp examples/benchmarks/target/benchmarks.jar io.github.articlekit.benchmarks.ShapeReport shapes.json
 * </pre>
 *
 * <p>Exit status 0 when every shape measured at both sizes passes, 1 otherwise (2 for a usage error).
 */
public final class ShapeReport {
  /** The largest 8n / n ratio that passes. */
  static final double MAX_RATIO = 12.0;

  private ShapeReport() {}

  /**
   * Prints the table.
   *
   * @param args the JSON results file
   * @throws IOException if it cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("Usage: ShapeReport JMH_RESULTS.json");
      System.exit(2);
    }
    JsonNode results = new ObjectMapper().readTree(Path.of(args[0]).toFile());
    // shape -> size factor -> [score in ms, error in ms]
    Map<String, Map<Integer, double[]>> scores = new LinkedHashMap<>();
    // shape -> size factor -> bytes allocated per parse (with -prof gc only)
    Map<String, Map<Integer, Double>> allocated = new LinkedHashMap<>();
    for (JsonNode run : results) {
      if (!run.path("benchmark").asText().equals(ShapeBenchmark.class.getName() + ".parse")) {
        continue;
      }
      JsonNode metric = run.path("primaryMetric");
      double toMillis = millisPer(metric.path("scoreUnit").asText(), run.path("mode").asText());
      double score = metric.path("score").asDouble();
      double error = metric.path("scoreError").asDouble(); // NaN with a single iteration
      double[] value = run.path("mode").asText().equals("thrpt")
          ? new double[] {toMillis / score, Double.NaN} : new double[] {score * toMillis, error * toMillis};
      String shape = run.path("params").path("shape").asText();
      int size = run.path("params").path("size").asInt();
      scores.computeIfAbsent(shape, s -> new LinkedHashMap<>()).put(size, value);
      JsonNode norm = run.path("secondaryMetrics").path("gc.alloc.rate.norm");
      if (!norm.isMissingNode()) {
        allocated.computeIfAbsent(shape, s -> new LinkedHashMap<>()).put(size, norm.path("score").asDouble());
      }
    }
    if (scores.isEmpty()) {
      System.err.println("ShapeReport: no " + ShapeBenchmark.class.getSimpleName() + " results in " + args[0]);
      System.exit(1);
    }
    List<String> order = new ArrayList<>();
    for (String name : Shapes.NAMES) {
      if (scores.containsKey(name)) {
        order.add(name);
      }
    }
    for (String name : scores.keySet()) {
      if (!order.contains(name)) {
        order.add(name);
      }
    }
    boolean withAllocation = !allocated.isEmpty();
    StringBuilder out = new StringBuilder();
    out.append("| shape | time at n (ms) | time at 8n (ms) | ratio 8n / n | verdict |")
        .append(withAllocation ? " allocated 8n / n |\n" : "\n");
    out.append("|---|---:|---:|---:|---|").append(withAllocation ? "---:|\n" : "\n");
    int failed = 0;
    int incomplete = 0;
    for (String shape : order) {
      double[] small = scores.get(shape).get(1);
      double[] large = scores.get(shape).get(8);
      String verdict;
      String ratio = "n/a";
      if (small == null || large == null) {
        verdict = "incomplete";
        incomplete++;
      } else {
        double r = large[0] / small[0];
        ratio = String.format(Locale.ROOT, "%.1f", r);
        if (r <= MAX_RATIO) {
          verdict = "pass";
        } else {
          verdict = r >= 40 ? "**FAIL** (quadratic-like)" : "**FAIL**";
          failed++;
        }
      }
      out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |", shape, time(small), time(large), ratio,
          verdict));
      if (withAllocation) {
        Map<Integer, Double> bytes = allocated.getOrDefault(shape, Map.of());
        out.append(bytes.containsKey(1) && bytes.containsKey(8)
            ? String.format(Locale.ROOT, " %.1f |", bytes.get(8) / bytes.get(1)) : " n/a |");
      }
      out.append(System.lineSeparator());
    }
    out.append(String.format(Locale.ROOT, "%n%d shapes, %d fail (ratio above %.0f), %d incomplete. Linear is 8, "
        + "quadratic 64.%n", order.size(), failed, MAX_RATIO, incomplete));
    System.out.print(out);
    System.exit(failed == 0 && incomplete == 0 ? 0 : 1);
  }

  private static String time(double[] value) {
    if (value == null) {
      return "n/a";
    }
    return Double.isNaN(value[1]) ? String.format(Locale.ROOT, "%,.3f", value[0])
        : String.format(Locale.ROOT, "%,.3f ± %,.3f", value[0], value[1]);
  }

  /** Milliseconds per unit of a JMH score unit such as {@code ms/op}, {@code us/op} or {@code ops/s}. */
  private static double millisPer(String unit, String mode) {
    String time = mode.equals("thrpt") ? unit.substring(unit.indexOf('/') + 1) : unit.substring(0, unit.indexOf('/'));
    switch (time) {
      case "ns":
        return 1e-6;
      case "us":
        return 1e-3;
      case "ms":
        return 1;
      case "s":
        return 1e3;
      case "min":
        return 60e3;
      default:
        throw new IllegalArgumentException("Unknown time unit in score unit \"" + unit + "\"");
    }
  }
}

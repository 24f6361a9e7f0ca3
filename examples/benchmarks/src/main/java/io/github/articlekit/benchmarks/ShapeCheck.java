package io.github.articlekit.benchmarks;

import io.github.articlekit.core.ArticleException;
import io.github.articlekit.parser.ArticleParser;
import io.github.articlekit.parser.ParseResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.annotations.Param;

/**
 * A quick check of the shapes, not a benchmark: each shape's text is within 10% of its size at n and 8n
 * (and built the same twice), {@link ShapeBenchmark}'s parameters name every shape, and both the default
 * and the high-limit parser run on the n-size input throwing nothing but {@link ArticleException}. With
 * {@code --time}, one cold parse at n and at 8n is timed too (a rough ratio; JMH gives the real one).
 *
 * <pre>
 * java -cp examples/benchmarks/target/benchmarks.jar io.github.articlekit.benchmarks.ShapeCheck [--time] [SHAPE...]
 * </pre>
 *
 * Exit status 1 if a check fails.
 */
public final class ShapeCheck {
  private ShapeCheck() {}

  /**
   * Runs the checks.
   *
   * @param args {@code --time}, then shape names (default: all)
   * @throws Exception if the benchmark's parameters cannot be read
   */
  public static void main(String[] args) throws Exception {
    boolean time = false;
    List<String> shapes = new ArrayList<>();
    for (String arg : args) {
      if (arg.equals("--time")) {
        time = true;
      } else {
        shapes.add(arg);
      }
    }
    if (shapes.isEmpty()) {
      shapes.addAll(Arrays.asList(Shapes.NAMES));
    }
    int failures = 0;
    String[] params = ShapeBenchmark.class.getField("shape").getAnnotation(Param.class).value();
    if (!Arrays.equals(params, Shapes.NAMES)) {
      System.out.println("FAIL: ShapeBenchmark's @Param differs from Shapes.NAMES");
      failures++;
    }
    ArticleParser defaults = ArticleParser.create();
    ArticleParser high = ShapeBenchmark.highLimitParser();
    System.out.println("| shape | chars n | chars 8n | default parser at n | high-limit parser at n | ms n | ms 8n | ratio |");
    System.out.println("|---|---:|---:|---|---|---:|---:|---:|");
    for (String shape : shapes) {
      int n = ShapeBenchmark.BASE_CHARS;
      String small = Shapes.build(shape, n);
      String large = Shapes.build(shape, 8 * n);
      boolean ok = within(small, n) && within(large, 8 * n) && small.equals(Shapes.build(shape, n));
      String byDefault = outcome(defaults, small);
      String byHigh = outcome(high, small);
      ok &= !byDefault.startsWith("CRASH") && byHigh.startsWith("parsed");
      String msSmall = "";
      String msLarge = "";
      String ratio = "";
      if (time) {
        double a = millis(high, small);
        double b = millis(high, large);
        msSmall = String.format(Locale.ROOT, "%.1f", a);
        msLarge = String.format(Locale.ROOT, "%.1f", b);
        ratio = String.format(Locale.ROOT, "%.1f", b / a);
      }
      System.out.printf(Locale.ROOT, "| %s%s | %,d | %,d | %s | %s | %s | %s | %s |%n", ok ? "" : "FAIL ", shape,
          small.length(), large.length(), byDefault, byHigh, msSmall, msLarge, ratio);
      if (!ok) {
        failures++;
      }
    }
    System.out.println(failures == 0 ? "all checks passed" : failures + " check(s) failed");
    System.exit(failures == 0 ? 0 : 1);
  }

  private static boolean within(String text, int target) {
    return text.length() <= target && text.length() >= target * 0.9;
  }

  private static String outcome(ArticleParser parser, String text) {
    try {
      ParseResult result = parser.parse(text);
      return "parsed: " + result.article().sections().size() + " sections, " + result.diagnostics().size()
          + " diagnostics";
    } catch (ArticleException e) {
      return "refused " + e.code();
    } catch (RuntimeException | StackOverflowError e) {
      return "CRASH " + e;
    }
  }

  private static double millis(ArticleParser parser, String text) {
    long start = System.nanoTime();
    try {
      parser.parse(text);
    } catch (ArticleException e) {
      // timed all the same
    }
    return (System.nanoTime() - start) / 1e6;
  }
}

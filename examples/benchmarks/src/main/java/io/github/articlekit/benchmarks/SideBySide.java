package io.github.articlekit.benchmarks;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Two builds of the parser timed in one JVM: each benchmark jar in a class loader of its own, parsing
 * the same input ({@code reference} or {@code long}, as {@link ParseBenchmark} makes them) in
 * alternating rounds, and the median of the per-round speed ratios printed. The machine's slow and
 * fast phases then fall on both builds alike, which two JMH runs one after the other cannot promise.
 *
 * <pre>
 * java -cp examples/benchmarks/target/benchmarks.jar io.github.articlekit.benchmarks.SideBySide \
 *     OLD/benchmarks.jar NEW/benchmarks.jar reference 30 0.4
 * </pre>
 *
 * <p>Arguments: the two jars (A, then B), the input, the number of rounds, and the seconds of one
 * round per build. It prints the median of B's parses per second over A's, with the lowest and
 * highest round.
 */
public final class SideBySide {
  private static final int BATCH = 16;
  private static final int WARM_UP_ROUNDS = 3;

  /** Keeps the results alive so that no parse is optimised away. */
  private static volatile Object sink;

  private SideBySide() {}

  /** One build: its parser and the input's text as that build makes it. */
  private record Build(Object parser, Method parse, String text) {
    double parsesPerSecond(long nanos) throws ReflectiveOperationException {
      long start = System.nanoTime();
      long end = start + nanos;
      long parses = 0;
      long now;
      do {
        for (int i = 0; i < BATCH; i++) {
          sink = parse.invoke(parser, text);
        }
        parses += BATCH;
        now = System.nanoTime();
      } while (now < end);
      return parses / ((now - start) / 1e9);
    }
  }

  /**
   * Runs the comparison; see the class comment for the arguments.
   *
   * @param args the two jars, the input, the rounds and the seconds per round
   * @throws Exception if a jar cannot be loaded or a parse fails
   */
  public static void main(String[] args) throws Exception {
    if (args.length != 5) {
      System.err.println("usage: SideBySide A.jar B.jar reference|long ROUNDS SECONDS_PER_ROUND");
      System.exit(2);
    }
    Build a = load(Path.of(args[0]), args[2]);
    Build b = load(Path.of(args[1]), args[2]);
    int rounds = Integer.parseInt(args[3]);
    long nanos = (long) (Double.parseDouble(args[4]) * 1e9);
    for (int i = 0; i < WARM_UP_ROUNDS; i++) {
      a.parsesPerSecond(nanos);
      b.parsesPerSecond(nanos);
    }
    double[] ratios = new double[rounds];
    for (int round = 0; round < rounds; round++) {
      // The order alternates, so that neither build always runs second (after the other's garbage).
      boolean aFirst = (round & 1) == 0;
      double first = (aFirst ? a : b).parsesPerSecond(nanos);
      double second = (aFirst ? b : a).parsesPerSecond(nanos);
      ratios[round] = aFirst ? second / first : first / second;
    }
    Arrays.sort(ratios);
    System.out.printf(Locale.ROOT, "%s: median speed B/A %.3f (lowest %.3f, highest %.3f, %d rounds)%n", args[2],
        ratios[rounds / 2], ratios[0], ratios[rounds - 1], rounds);
  }

  private static Build load(Path jar, String input) throws ReflectiveOperationException, java.io.IOException {
    if (!Files.isRegularFile(jar)) {
      throw new java.io.FileNotFoundException(jar.toString());
    }
    URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    Method text = loader.loadClass(Inputs.class.getName()).getDeclaredMethod("text", String.class);
    text.setAccessible(true);
    Class<?> parserClass = loader.loadClass("io.github.articlekit.parser.ArticleParser");
    Object parser = parserClass.getMethod("create").invoke(null);
    return new Build(parser, parserClass.getMethod("parse", String.class), (String) text.invoke(null, input));
  }
}

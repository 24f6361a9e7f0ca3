package io.github.articlekit.benchmarks;

import io.github.articlekit.core.ArticleException;
import io.github.articlekit.parser.ArticleParser;
import io.github.articlekit.parser.ParseResult;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One whole {@code parse(String)} of each {@linkplain Shapes shape} at n (256 Ki characters) and 8n
 * (2 Mi characters), through the public API only, with every limit raised so that the parse, not a
 * refusal, is timed. {@link ShapeReport} turns the JSON results into the table of 8n / n ratios: about
 * 8 for a linear parser, 64 for a quadratic one.
 *
 * <pre>
 * java -jar examples/benchmarks/target/benchmarks.jar ShapeBenchmark -rf json -rff shapes.json
 * java -cp examples/benchmarks/target/benchmarks.jar io.github.articlekit.benchmarks.ShapeReport shapes.json
 * </pre>
 *
 * <p>The trial's set-up builds the input, checks its size, and parses it once: an input that the
 * high-limit parser refuses fails the trial there, loudly, rather than timing a refusal.
 *
 * <p>With the limits off, a parse of {@code tinyBlocks} at 8n makes a section of 584,000 paragraphs.
 * While the model kept its lists in one array each, that array was a G1 "humongous" object, which JDK 17
 * frees only in a concurrent cycle: the young collections copied every paragraph of every earlier
 * parse, and the ratio was 18 (run with {@code -prof gc} to see gc.time, and the allocation ratio
 * that {@link ShapeReport} prints beside the time ratio). The model's lists are now kept in chunks
 * (core's {@code ChunkedList}), so no dead array outlives its parse for long.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 3, time = 2, timeUnit = TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ShapeBenchmark {
  /** Characters of an input at size factor 1. */
  public static final int BASE_CHARS = 256 * 1024;

  /** The shape, one of {@link Shapes#NAMES}. */
  @Param({
    "realistic", "numberedVariable", "numberedFixed", "numberedNearMiss", "identical", "identicalFewerBack",
    "prefixChains", "sharedMiddle", "hashAaBB", "hashFolded", "hashSampled", "shuffled", "reversed",
    "outOfOrderSwaps", "missing", "repeatedMix", "combiningMarks", "looseVariants", "crossLinks",
    "markerRuns", "parentheses", "boilerplateTail", "phraseHeavy", "inferred", "inferredHostile", "blanks",
    "blankRuns", "crOnly", "crlf", "mixedEnds", "longLine", "singleLine", "shortLinesParagraph",
    "tinyBlocks", "lineFeeds", "hugeList", "hugeListNearMiss", "punctuation"
  })
  public String shape;

  /** The size factor: 1 (n, 256 Ki characters) or 8 (8n, 2 Mi characters). */
  @Param({"1", "8"})
  public int size;

  private String text;
  private ArticleParser parser;

  /** The parser the benchmark uses: limits far above any shape, so that nothing is refused for its size or counts. */
  static ArticleParser highLimitParser() {
    return ArticleParser.builder()
        .maxInputSize(Integer.MAX_VALUE - 16)
        .maxHeadings(Integer.MAX_VALUE)
        .maxBlocks(Integer.MAX_VALUE)
        .build();
  }

  /** Builds the input, checks its size and that the parser accepts it. */
  @Setup(Level.Trial)
  public void setUp() {
    int target = BASE_CHARS * size;
    text = Shapes.build(shape, target);
    if (text.length() > target || text.length() < target * 0.9) {
      throw new IllegalStateException("Shape " + shape + " at size " + size + " has " + text.length()
          + " characters, not within 10% of " + target);
    }
    parser = highLimitParser();
    try {
      parser.parse(text);
    } catch (ArticleException e) {
      throw new IllegalStateException("Shape " + shape + " at size " + size + " (" + text.length()
          + " characters) is refused by the high-limit parser, so the benchmark would time a refusal: "
          + e.code() + ": " + e.getMessage(), e);
    }
  }

  /** One whole parse of the input. */
  @Benchmark
  public ParseResult parse() {
    return parser.parse(text);
  }
}

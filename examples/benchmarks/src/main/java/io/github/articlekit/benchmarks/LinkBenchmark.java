package io.github.articlekit.benchmarks;

import io.github.articlekit.parser.links.CrossLinkResolver;
import io.github.articlekit.parser.links.LinkGraph;
import io.github.articlekit.parser.links.LinkStatus;
import io.github.articlekit.parser.links.ResolvedLink;
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
 * The cross-link resolver over a generated corpus ({@link LinkCorpus}): 100,000 articles with 3 cross-links
 * each, titles only. One operation adds every title and link, resolves, and reads every row; links per
 * second = 300,000 / the score in seconds. {@link LinkHeap} measures the heap the resolver keeps.
 *
 * <pre>
 * java -jar examples/benchmarks/target/benchmarks.jar LinkBenchmark -prof gc
 * java -cp examples/benchmarks/target/benchmarks.jar io.github.articlekit.benchmarks.LinkHeap
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 5, timeUnit = TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class LinkBenchmark {
  /** How many articles. */
  @Param({"100000"})
  public int articles;

  private LinkCorpus corpus;

  /** Generates the corpus and checks that every status occurs. */
  @Setup(Level.Trial)
  public void setUp() {
    corpus = LinkCorpus.generate(articles, 14);
    int[] counts = resolveAll();
    for (int count : counts) {
      if (count == 0) {
        throw new IllegalStateException("a status never occurs: " + java.util.Arrays.toString(counts));
      }
    }
  }

  /** @return the count of each status */
  @Benchmark
  public int[] resolveAll() {
    return countStatuses(corpus.addTo(CrossLinkResolver.create()).resolve());
  }

  private static int[] countStatuses(LinkGraph graph) {
    int[] counts = new int[LinkStatus.values().length];
    for (ResolvedLink link : graph.links()) {
      counts[link.status().ordinal()]++;
    }
    return counts;
  }
}

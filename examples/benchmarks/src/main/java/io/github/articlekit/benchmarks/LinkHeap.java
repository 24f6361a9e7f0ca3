package io.github.articlekit.benchmarks;

import io.github.articlekit.parser.links.CrossLinkResolver;
import io.github.articlekit.parser.links.LinkGraph;
import io.github.articlekit.parser.links.LinkStatus;
import io.github.articlekit.parser.links.ResolvedLink;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * The heap the cross-link resolver keeps per article of a generated corpus ({@link LinkCorpus}: 3 links
 * each, titles only): used heap after full collections, with the resolver holding every title and link
 * (the corpus's own arrays dropped, so the strings count), then with the resolved graph as well. Then the
 * thread's CPU time for adding, resolving and reading every row, best of 10 rounds: on a shared machine, a
 * figure that waiting for a core does not inflate, beside {@link LinkBenchmark}'s wall-clock time.
 *
 * <pre>
 * java -cp examples/benchmarks/target/benchmarks.jar io.github.articlekit.benchmarks.LinkHeap [ARTICLES]
 * </pre>
 */
public final class LinkHeap {
  private LinkHeap() {}

  /**
   * Prints the heap per article.
   *
   * @param args the number of articles (default 100,000)
   */
  public static void main(String[] args) {
    int articles = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    long before = usedAfterCollection();
    CrossLinkResolver resolver = LinkCorpus.generate(articles, 14).addTo(CrossLinkResolver.create());
    long added = usedAfterCollection();
    LinkGraph graph = resolver.resolve();
    long resolved = usedAfterCollection();
    System.out.printf(Locale.ROOT, "%,d articles, %,d links: %,d bytes per article added, %,d with the resolved graph "
        + "(%s)%n", articles, graph.links().size(), (added - before) / articles, (resolved - before) / articles,
        Runtime.version());
    graph = null;
    resolver = null;
    LinkCorpus corpus = LinkCorpus.generate(articles, 14);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long best = Long.MAX_VALUE;
    for (int round = 0; round < 10; round++) {
      long start = threads.getCurrentThreadCpuTime();
      LinkGraph again = corpus.addTo(CrossLinkResolver.create()).resolve();
      int resolvedLinks = 0;
      for (ResolvedLink link : again.links()) {
        resolvedLinks += link.status() == LinkStatus.RESOLVED ? 1 : 0;
      }
      best = Math.min(best, threads.getCurrentThreadCpuTime() - start);
      if (resolvedLinks == 0) {
        throw new IllegalStateException("nothing resolved");
      }
    }
    long links = (long) articles * LinkCorpus.LINKS_PER_ARTICLE;
    System.out.printf(Locale.ROOT, "add, resolve and read %,d links: %,d ms of CPU time (best of 10), %,d links/s%n",
        links, best / 1_000_000, links * 1_000_000_000L / best);
  }

  private static long usedAfterCollection() {
    Runtime runtime = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
    }
    return used;
  }
}

package io.github.articlekit.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a folder of generated articles for batch timings: {@code COUNT} files of about 4 KB each,
 * varied, in the layout (see {@link ArticleGenerator#corpusArticle()}). Deterministic: the same
 * {@code SEED} (default 42) gives the same files.
 *
 * <pre>
 * java -cp examples/benchmarks/target/benchmarks.jar io.github.articlekit.benchmarks.GenerateCorpus DIR COUNT [SEED]
 * </pre>
 */
public final class GenerateCorpus {
  private GenerateCorpus() {}

  /**
   * Runs the generator.
   *
   * @param args the folder (created if missing), the number of articles, optionally the seed
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2 || args.length > 3) {
      System.err.println("Usage: GenerateCorpus DIR COUNT [SEED]");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    int count = Integer.parseInt(args[1]);
    long seed = args.length == 3 ? Long.parseLong(args[2]) : 42L;
    Files.createDirectories(dir);
    ArticleGenerator generator = new ArticleGenerator(seed);
    long bytes = 0;
    for (int i = 0; i < count; i++) {
      byte[] article = generator.corpusArticle().getBytes(StandardCharsets.UTF_8);
      // Named like the reference corpus: a number and a hex id.
      String name = String.format("%05d_%016x.txt", i, mix(seed, i));
      Files.write(dir.resolve(name), article);
      bytes += article.length;
    }
    System.out.printf("%d articles, %d bytes (%.1f MB) in %s%n", count, bytes, bytes / 1e6, dir);
  }

  private static long mix(long seed, long i) {
    long z = seed * 0x9E3779B97F4A7C15L + i;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}

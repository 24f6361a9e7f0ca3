package io.github.articlekit.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * The report of a failure that nothing else handled, on any thread of a run: one line on standard error,
 * never a stack trace, and the status {@link ArticleKitCli#EXIT_FAILED}.
 *
 * <p>It is made ready before the run, because it is needed when the heap is exhausted: the printer exists,
 * and a reserve of heap is let go just before the line is written. Only the first failure of a run is
 * reported: threads that die with it would otherwise repeat it.
 */
final class LastResort {
  /** Heap set aside for the report, let go when it is written. */
  private static final int RESERVE = 1 << 16;

  private final PrintStream err;
  private boolean reported; // guarded by this: a monitor takes no heap, unlike an atomic's first use
  @SuppressWarnings("unused") // held only to be let go
  private byte @Nullable [] reserve = new byte[RESERVE];

  /**
   * Makes the report ready.
   *
   * @param err standard error
   */
  LastResort(OutputStream err) {
    this.err = new PrintStream(err, true, StandardCharsets.UTF_8);
  }

  /**
   * Reports a failure in one line, unless one was reported already. Never throws.
   *
   * @param e the failure
   * @return {@link ArticleKitCli#EXIT_FAILED}
   */
  synchronized int report(Throwable e) {
    if (!reported) {
      reported = true;
      reserve = null; // room to write the line in
      try {
        err.println(failure(e));
        err.flush();
      } catch (Throwable again) { // nothing is left to report it with; the status still says it
        // ignored
      }
    }
    return ArticleKitCli.EXIT_FAILED;
  }

  /** @return the one line that reports a failure of the tool itself */
  static String failure(Throwable e) {
    // A builder, not string concatenation: that is linked on first use, which takes memory there may not be.
    StringBuilder line = new StringBuilder(160).append("articlekit: error: ");
    if (e instanceof OutOfMemoryError) {
      line.append("out of memory");
      String message = e.getMessage();
      if (message != null && !message.isBlank()) {
        line.append(" (").append(Outcome.oneLine(message)).append(')');
      }
      return line.append(" outside any one input, in a heap of at most ")
          .append(Runtime.getRuntime().maxMemory() >> 20).append(" MiB: raise java's -Xmx or lower --jobs")
          .toString();
    }
    if (e instanceof StackOverflowError) {
      return line.append("out of stack outside any one input: raise java's -Xss").toString();
    }
    return line.append("internal error: ").append(Outcome.describe(e)).toString();
  }
}

package io.github.articlekit.cli;

import io.github.articlekit.parser.Diagnostic;
import java.io.PrintStream;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jspecify.annotations.Nullable;

/**
 * Standard error of a run: diagnostics and refusals in compiler style, in input order; the progress bar
 * when standard error is a terminal; the closing summary of a batch. Used from one thread.
 */
final class Reporter {
  /** Moves to the start of the line and clears it, so that a report replaces the progress bar's line. */
  private static final String CLEAR_LINE = "\r\u001b[K";

  private final PrintStream err;
  private @Nullable ProgressBar bar;
  private boolean barByBytes;
  private int inputs;
  private long parsed;
  private long withWarnings;
  private long refused;
  private long bytes;

  Reporter(PrintStream err) {
    this.err = err;
  }

  /** Writes one line on standard error. */
  void line(String text) {
    err.println(bar != null ? CLEAR_LINE + text : text);
  }

  /**
   * Reports one input's diagnostics and refusal, and counts it.
   *
   * @param outcome what became of the input
   */
  void report(Outcome outcome) {
    for (Diagnostic diagnostic : outcome.diagnostics()) {
      line(outcome.source() + ":" + diagnostic.format());
    }
    if (outcome.isRefused()) {
      refused++;
      line("articlekit: " + outcome.source() + ": error: " + outcome.errorMessage() + " [" + outcome.errorCode() + "]");
    } else {
      parsed++;
      if (outcome.warnings()) {
        withWarnings++;
      }
    }
    bytes += outcome.bytes();
    ProgressBar progress = bar;
    if (progress != null) {
      progress.stepBy(barByBytes ? outcome.bytes() : 1);
      progress.setExtraMessage(" " + (parsed + refused) + "/" + inputs + " files");
    }
  }

  /** @return the number of refused inputs so far */
  long refused() {
    return refused;
  }

  /**
   * Starts drawing a progress bar; call only when standard error is a terminal.
   *
   * @param totalBytes the inputs' total size, when known
   * @param inputs the number of inputs
   */
  void startProgress(long totalBytes, int inputs) {
    this.inputs = inputs;
    this.barByBytes = totalBytes > 0;
    try {
      ProgressBarBuilder builder = new ProgressBarBuilder()
          .setTaskName("Parsing")
          .setInitialMax(barByBytes ? totalBytes : inputs)
          .setStyle(ProgressBarStyle.ASCII)
          .setUpdateIntervalMillis(200)
          .setConsumer(new ConsoleProgressBarConsumer(err))
          .clearDisplayOnFinish();
      if (barByBytes) {
        builder.setUnit(" MB", 1_000_000).showSpeed();
      }
      bar = builder.build();
    } catch (RuntimeException | LinkageError e) {
      bar = null; // no bar is better than no run
    }
  }

  /** Stops and clears the progress bar, if any. */
  void stopProgress() {
    ProgressBar progress = bar;
    if (progress != null) {
      bar = null;
      progress.close();
      err.print(CLEAR_LINE);
      err.flush();
    }
  }

  /**
   * Writes the closing summary of a batch.
   *
   * @param nanos how long the run took
   */
  void summary(long nanos) {
    double seconds = nanos / 1e9;
    // Small runs in KB, so that they do not read "0.0 MB".
    boolean small = bytes < 1_000_000;
    String unit = small ? "KB" : "MB";
    double size = bytes / (small ? 1e3 : 1e6);
    double speed = seconds > 0 ? size / seconds : 0;
    line(String.format(Locale.ROOT, "articlekit: %s parsed (%d with warnings), %d refused; %.1f %s in %.2f s, %.1f %s/s",
        Outline.plural(parsed, "article"), withWarnings, refused, size, unit, seconds, speed, unit));
  }
}

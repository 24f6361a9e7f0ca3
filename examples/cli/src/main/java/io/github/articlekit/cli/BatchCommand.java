package io.github.articlekit.cli;

import io.github.articlekit.core.ArticleException;
import io.github.articlekit.parser.ArticleParser;
import io.github.articlekit.parser.Diagnostic;
import io.github.articlekit.parser.ParseResult;
import java.io.BufferedOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What {@code parse} and {@code check} share: collect the inputs, parse them in parallel through the
 * ordered {@link Pipeline}, report diagnostics and refusals on standard error in input order, and write
 * each rendered article as soon as it is next.
 */
abstract class BatchCommand implements Callable<Integer> {
  private static final int OUTPUT_BUFFER = 1 << 16;
  /** Inputs in flight per job: chunks of 64 (see {@link Pipeline}) amortize the thread hand-offs. */
  private static final int WINDOW_PER_JOB = 256;

  @ParentCommand
  ArticleKitCli parent;

  @Spec
  CommandSpec spec;

  @Mixin
  InputOptions options;

  /**
   * Runs the command.
   *
   * @param writesOutput whether the command writes articles (parse) or only reports (check)
   * @param format the output format; null for the default: json for one input, jsonl for a batch
   * @param outFile where to write the output, or null for standard output
   * @return the exit status
   */
  final int run(boolean writesOutput, @Nullable Format format, @Nullable Path outFile) {
    long start = System.nanoTime();
    Streams streams = parent.streams();
    ArticleParser parser = options.parser(spec.commandLine());
    Input.Collected collected = Input.collect(options.inputs);
    boolean batch = collected.batch();
    Format resolved = !writesOutput ? null : format != null ? format : batch ? Format.JSONL : Format.JSON;
    PrintStream err = new PrintStream(streams.err(), true, StandardCharsets.UTF_8);
    Reporter reporter = new Reporter(err);

    OutputStream out = null;
    if (resolved != null) {
      if (outFile != null) {
        refuseToOverwriteAnInput(outFile, collected);
        try {
          out = new BufferedOutputStream(Files.newOutputStream(outFile), OUTPUT_BUFFER);
        } catch (IOException | RuntimeException e) {
          reporter.line("articlekit: " + outFile + ": error: cannot write the output: " + reason(e)
              + " [UNWRITABLE_OUTPUT]");
          return ArticleKitCli.EXIT_REFUSED;
        }
      } else {
        out = new BufferedOutputStream(streams.out(), OUTPUT_BUFFER);
      }
    }

    if (batch && streams.errIsTerminal() && !options.noProgress) {
      reporter.startProgress(collected.totalBytes(), collected.inputs().size());
    }
    int jobs = options.jobs;
    long byteBudget = Math.max(16L << 20, Runtime.getRuntime().maxMemory() / 16);
    InputStream stdin = streams.in();
    boolean strict = options.strict;
    int status = 0;
    try {
      OutputStream sink = out;
      Steps steps = steps(parent.steps());
      // An input that ran out of memory on a worker may only have lacked the memory the other workers held:
      // it runs again alone before it is refused. Standard input cannot be read twice.
      Pipeline.run(collected.inputs(), jobs, WINDOW_PER_JOB * jobs, byteBudget,
          input -> process(steps, parser, input, resolved, batch, strict, stdin),
          (input, outcome) -> outcome.isOutOfMemory() && input instanceof Input.File,
          outcome -> {
            reporter.report(outcome);
            if (sink != null && outcome.output() != null) {
              try {
                sink.write(outcome.output());
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            }
          });
      if (out != null) {
        out.write(trailer());
        OutputStream finished = out;
        out = null;
        if (outFile != null) {
          finished.close();
        } else {
          finished.flush(); // standard output stays open
        }
      }
    } catch (IOException | UncheckedIOException e) {
      if (outFile == null) {
        out = null; // standard output failed: do not write its buffer twice
      }
      reporter.stopProgress();
      reporter.line("articlekit: " + (outFile != null ? outFile : "<stdout>") + ": error: cannot write the output: "
          + reason(e) + " [UNWRITABLE_OUTPUT]");
      status = ArticleKitCli.EXIT_REFUSED;
    } finally {
      reporter.stopProgress();
      if (out != null) {
        try {
          // After a failure of the tool itself (it goes on to the last-resort report): keep the rows written
          // so far, whole since each row is written by one call, and release the file.
          if (outFile != null) {
            out.close();
          } else {
            out.flush();
          }
        } catch (IOException e) {
          // already reported
        }
      }
    }
    if (batch) {
      reporter.summary(System.nanoTime() - start);
    }
    err.flush();
    return status != 0 || reporter.refused() > 0 ? ArticleKitCli.EXIT_REFUSED : 0;
  }

  /**
   * How each input is parsed and rendered; a command with rows of its own (sources) renders through its own
   * steps, the parsing step staying the tool's.
   *
   * @param toolSteps the tool's steps
   * @return the steps of this command
   */
  Steps steps(Steps toolSteps) {
    return toolSteps;
  }

  /** @return what is written after the last input's output, e.g. a summary over every input; empty by default */
  byte[] trailer() {
    return new byte[0];
  }

  /** Opening {@code --out} truncates the file: it must not be one of the inputs. */
  private void refuseToOverwriteAnInput(Path outFile, Input.Collected collected) {
    Path target = outFile.toAbsolutePath().normalize();
    for (Input input : collected.inputs()) {
      if (input instanceof Input.File file && file.path().toAbsolutePath().normalize().equals(target)) {
        throw new ParameterException(spec.commandLine(),
            "--out " + outFile + " is also an input: it would be overwritten before it is read");
      }
    }
  }

  /**
   * Parses and renders one input on a worker thread. Never throws for an input: a refusal, a failure of the
   * tool, a heap or a stack too small for the input each become a refused outcome of this input alone.
   */
  static Outcome process(Steps steps, ArticleParser parser, Input input, @Nullable Format format, boolean batch,
      boolean strict, InputStream stdin) {
    String source = input.source();
    if (input instanceof Input.Refused refused) {
      return refusal(format, source, 0, List.of(), refused.code(), refused.message());
    }
    CountingInputStream counting = input instanceof Input.Stdin ? new CountingInputStream(stdin) : null;
    try {
      return attempt(steps, parser, input, format, batch, strict, counting);
    } catch (ArticleException e) {
      String message = e.getMessage() == null ? e.code() : e.getMessage();
      return refusal(format, source, bytesRead(input, counting), List.of(), e.code(), message);
    } catch (OutOfMemoryError e) {
      // The input's bytes, text, article and half-rendered row were referenced only from attempt's frames,
      // gone now: they are garbage, and the next inputs have the heap back. Nothing of the row was written.
      long bytes = bytesRead(input, counting);
      return refusal(format, source, bytes, List.of(), Outcome.OUT_OF_MEMORY, outOfMemoryMessage(bytes));
    } catch (StackOverflowError e) {
      long bytes = bytesRead(input, counting);
      return refusal(format, source, bytes, List.of(), Outcome.STACK_OVERFLOW, "ran out of stack while parsing "
          + "this input (" + megabytes(bytes) + "), e.g. on a very long line: raise java's -Xss (e.g. -Xss16m)");
    } catch (RuntimeException | AssertionError e) {
      return refusal(format, source, bytesRead(input, counting), List.of(), Outcome.INTERNAL_ERROR,
          "internal error: " + Outcome.describe(e));
    }
  }

  /**
   * The steps that take memory in proportion to the input. Whatever they hold is referenced from this
   * method's frame only, so that it is garbage as soon as a failure leaves it.
   */
  private static Outcome attempt(Steps steps, ArticleParser parser, Input input, @Nullable Format format,
      boolean batch, boolean strict, @Nullable CountingInputStream counting) {
    String source = input.source();
    ParseResult result = steps.parse(parser, input, counting != null ? counting : InputStream.nullInputStream());
    long bytes = bytesRead(input, counting);
    boolean warnings = result.hasWarnings();
    if (strict && warnings) {
      return strictRefusal(format, source, bytes, result.diagnostics());
    }
    byte[] output = format == null ? null : steps.render(format, source, result, batch);
    return Outcome.parsed(source, bytes, output, result.diagnostics(), warnings);
  }

  private static long bytesRead(Input input, @Nullable CountingInputStream counting) {
    return counting != null ? counting.count : input.size();
  }

  /** @return what a user can do about an input that did not fit in the heap */
  static String outOfMemoryMessage(long bytes) {
    return "not enough memory to parse this input (" + megabytes(bytes) + ") in a heap of at most "
        + (Runtime.getRuntime().maxMemory() >> 20) + " MiB: raise java's -Xmx, or lower --max-blocks "
        + "or --max-headings to refuse such inputs sooner";
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MiB", bytes / (double) (1 << 20));
  }

  /** Under {@code --strict}, an input with warnings is refused with its first warning's code. */
  private static Outcome strictRefusal(@Nullable Format format, String source, long bytes,
      List<Diagnostic> diagnostics) {
    Diagnostic first = null;
    int warnings = 0;
    for (Diagnostic diagnostic : diagnostics) {
      if (diagnostic.severity() == Diagnostic.Severity.WARNING) {
        warnings++;
        if (first == null) {
          first = diagnostic;
        }
      }
    }
    if (first == null) {
      throw new IllegalStateException("no warning among " + diagnostics);
    }
    String message = "refused under --strict: " + Outline.plural(warnings, "warning") + ", the first at "
        + first.line() + ":" + first.column() + ": " + first.message();
    return refusal(format, source, bytes, diagnostics, first.code().name(), message);
  }

  private static Outcome refusal(@Nullable Format format, String source, long bytes, List<Diagnostic> diagnostics,
      String code, String message) {
    String oneLine = Outcome.oneLine(message);
    byte[] output = format == null ? null : format.renderRefusal(source, code, oneLine);
    return Outcome.refused(source, bytes, diagnostics, code, oneLine, output);
  }

  private static String reason(Exception e) {
    Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
    if (cause instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (cause instanceof java.nio.file.NoSuchFileException) {
      return "no such file or folder";
    }
    String message = cause.getMessage();
    return Outcome.oneLine(message == null || message.isBlank() ? cause.getClass().getSimpleName() : message);
  }

  /** Counts the bytes read from standard input, for the throughput figure. */
  private static final class CountingInputStream extends FilterInputStream {
    long count;

    CountingInputStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        count += n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      count += skipped;
      return skipped;
    }

    @Override
    public void close() {
      // standard input stays open
    }
  }
}

package io.github.articlekit.cli;

import io.github.articlekit.core.ArticleException;
import io.github.articlekit.parser.ArticleParser;
import io.github.articlekit.parser.Diagnostic;
import io.github.articlekit.parser.Language;
import io.github.articlekit.parser.ParseResult;
import io.github.articlekit.parser.ParsedText;
import io.github.articlekit.parser.StrictParseException;
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
  /** {@code --format json} over several inputs: one JSON document, an array of the jsonl rows. */
  private static final byte[] ARRAY_START = "[\n".getBytes(StandardCharsets.UTF_8);
  private static final byte[] ARRAY_SEPARATOR = ",\n".getBytes(StandardCharsets.UTF_8);
  private static final byte[] ARRAY_END = "\n]\n".getBytes(StandardCharsets.UTF_8);
  private static final byte[] EMPTY_ARRAY = "[]\n".getBytes(StandardCharsets.UTF_8);

  @ParentCommand
  ArticleKitCli parent;

  @Spec
  CommandSpec spec;

  @Mixin
  InputOptions options;

  /** Whether HTML pages show the text they were parsed from (parse's {@code --source}). */
  boolean withSource;

  /**
   * Runs the command.
   *
   * @param writesOutput whether the command writes articles (parse) or only reports (check)
   * @param format the output format; null for the default: json for one input, jsonl for a batch
   * @param outFile where to write the output, or null for standard output
   * @return the exit status
   */
  final int run(boolean writesOutput, @Nullable Format format, @Nullable Path outFile) {
    return run(writesOutput, format, null, outFile);
  }

  /**
   * Runs a command that writes once, after the last input, what it gathered of them all.
   *
   * @param gather what to keep of each input, and what to write at the end
   * @param outFile where to write the output, or null for standard output
   * @return the exit status
   */
  final int run(Gather gather, @Nullable Path outFile) {
    return run(true, null, gather, outFile);
  }

  private int run(boolean writesOutput, @Nullable Format format, @Nullable Gather gather, @Nullable Path outFile) {
    long start = System.nanoTime();
    Streams streams = parent.streams();
    ArticleParser parser = options.parser(spec.commandLine());
    Input.Collected collected = Input.collect(options.inputs);
    boolean batch = collected.batch();
    Format resolved = !writesOutput || gather != null ? null : format != null ? format : batch ? Format.JSONL
        : Format.JSON;
    PrintStream err = new PrintStream(streams.err(), true, StandardCharsets.UTF_8);
    Reporter reporter = new Reporter(err);

    OutputStream out = null;
    HtmlSite site = null;
    if (resolved == Format.HTML && outFile != null && (batch || Files.isDirectory(outFile))) {
      try {
        site = HtmlSite.open(outFile);
      } catch (IOException | RuntimeException e) {
        reporter.line("articlekit: " + outFile + ": error: cannot write the output: " + reason(e)
            + " [UNWRITABLE_OUTPUT]");
        return ArticleKitCli.EXIT_REFUSED;
      }
    } else if (resolved == Format.HTML && batch) {
      throw new ParameterException(spec.commandLine(),
          "--format html with several inputs writes one page per input and an index: give --out FOLDER");
    } else if (resolved != null || gather != null) {
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
    boolean asArray = resolved == Format.JSON && batch;
    Format rows = asArray ? Format.JSONL : resolved;
    boolean pagesWithSource = withSource && resolved == Format.HTML;
    Language language = options.language();
    int status = 0;
    boolean[] rowsWritten = {false}; // written by the one thread that takes the outcomes in order
    try {
      OutputStream sink = out;
      HtmlSite pages = site;
      Steps steps = steps(parent.steps());
      // An input that ran out of memory on a worker may only have lacked the memory the other workers held:
      // it runs again alone before it is refused. Standard input cannot be read twice.
      Pipeline.run(collected.inputs(), jobs, WINDOW_PER_JOB * jobs, byteBudget,
          input -> process(steps, parser, input, rows, batch, stdin, pagesWithSource, language, gather),
          (input, outcome) -> outcome.isOutOfMemory() && input instanceof Input.File,
          outcome -> {
            reporter.report(gather == null ? outcome : gathered(gather, outcome));
            if (pages != null) {
              pages.add(outcome);
            } else if (sink != null && outcome.output() != null) {
              rowsWritten[0] = write(sink, outcome.output(), asArray, rowsWritten[0]);
            }
          });
      if (site != null) {
        site.finish();
      }
      if (gather != null && out != null) {
        reporter.stopProgress();
        gather.finish(out);
      }
      if (out != null && asArray) {
        out.write(rowsWritten[0] ? ARRAY_END : EMPTY_ARRAY);
      }
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
    if (gather != null && status == 0) {
      gather.summary(reporter);
    }
    err.flush();
    return status != 0 || reporter.refused() > 0 ? ArticleKitCli.EXIT_REFUSED : 0;
  }

  /**
   * Writes one input's output; in an array, the row without its line break, after the array's start or
   * a separator.
   *
   * @return true: a row was written
   */
  private static boolean write(OutputStream sink, byte[] output, boolean asArray, boolean afterARow) {
    try {
      if (asArray) {
        sink.write(afterARow ? ARRAY_SEPARATOR : ARRAY_START);
        sink.write(output, 0, output.length - 1);
      } else {
        sink.write(output);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return true;
  }

  /**
   * What a command that writes at the end (links) does with each input instead of rendering it: the worker
   * keeps a small part of the parsed input, the calling thread gathers it in input order, and the output is
   * written once after the last input.
   */
  interface Gather {
    /**
     * On the worker, after the parse: what to keep of the input. It should be small: the article is garbage
     * afterwards.
     *
     * @param source the input's name
     * @param result the parse result
     * @return what to keep
     */
    Object keep(String source, ParseResult result);

    /**
     * On the calling thread, in input order.
     *
     * @param source the input's name
     * @param kept what {@link #keep} returned
     * @throws ArticleException to refuse the input, e.g. past a limit
     */
    void accept(String source, Object kept);

    /**
     * After the last input: writes the output.
     *
     * @param out where to write
     * @throws IOException when writing fails
     */
    void finish(OutputStream out) throws IOException;

    /**
     * After the batch's summary line: the command's own summary on standard error.
     *
     * @param reporter standard error
     */
    void summary(Reporter reporter);
  }

  /** Hands what the worker kept to the command; an input it refuses is reported as refused. */
  private static Outcome gathered(Gather gather, Outcome outcome) {
    Object kept = outcome.kept();
    if (kept == null) {
      return outcome;
    }
    try {
      gather.accept(outcome.source(), kept);
      return outcome.withKept(null);
    } catch (ArticleException e) {
      String message = e.getMessage() == null ? e.code().name() : e.getMessage();
      return Outcome.refused(outcome.source(), outcome.bytes(), outcome.diagnostics(), e.code().name(), message, null);
    }
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
   * tool, a heap or a stack too small for the input each become a refused outcome of this input alone. With
   * {@code gather}, the outcome keeps what {@link Gather#keep} keeps of the parsed input.
   */
  static Outcome process(Steps steps, ArticleParser parser, Input input, @Nullable Format format, boolean batch,
      InputStream stdin, boolean withSource, @Nullable Language language, @Nullable Gather gather) {
    String source = input.source();
    if (input instanceof Input.Refused refused) {
      return refusal(format, source, 0, List.of(), refused.code(), refused.message());
    }
    CountingInputStream counting = input instanceof Input.Stdin ? new CountingInputStream(stdin) : null;
    try {
      return attempt(steps, parser, input, format, batch, counting, withSource, language, gather);
    } catch (StrictParseException e) {
      // Under --strict: every diagnostic is reported, then the refusal, in the library's words.
      return refusal(format, source, bytesRead(input, counting), e.diagnostics(), e.code().name(),
          String.valueOf(e.getMessage()));
    } catch (ArticleException e) {
      String message = e.getMessage() == null ? e.code().name() : e.getMessage();
      return refusal(format, source, bytesRead(input, counting), List.of(), e.code().name(), message);
    } catch (OutOfMemoryError e) {
      // The input's bytes, text, article and half-rendered row were referenced only from attempt's frames,
      // gone now: they are garbage, and the next inputs have the heap back. Nothing of the row was written.
      long bytes = bytesRead(input, counting);
      return refusal(format, source, bytes, List.of(), Outcome.OUT_OF_MEMORY, outOfMemoryMessage(bytes));
    } catch (StackOverflowError e) {
      long bytes = bytesRead(input, counting);
      return refusal(format, source, bytes, List.of(), Outcome.STACK_OVERFLOW, "ran out of stack while parsing "
          + "this input (" + size(bytes) + "), e.g. on a very long line: raise java's -Xss (e.g. -Xss16m)");
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
      boolean batch, @Nullable CountingInputStream counting, boolean withSource, @Nullable Language language,
      @Nullable Gather gather) {
    String source = input.source();
    InputStream stdin = counting != null ? counting : InputStream.nullInputStream();
    String text = null;
    ParseResult result;
    if (withSource) {
      // --source: the page shows the very string the spans index, decoded once by the parser.
      ParsedText parsed = input instanceof Input.File file ? parser.parseWithText(file.path())
          : parser.parseWithText(stdin);
      text = parsed.text();
      result = parsed.result();
    } else {
      result = steps.parse(parser, input, stdin);
    }
    long bytes = bytesRead(input, counting);
    byte[] output = format == null ? null
        : text != null ? Format.renderPageWithSource(result, text, language)
        : steps.render(format, source, result, batch, language);
    Outcome outcome = Outcome.parsed(source, bytes, output, result.diagnostics(), result.hasWarnings());
    return gather == null ? outcome : outcome.withKept(gather.keep(source, result));
  }

  private static long bytesRead(Input input, @Nullable CountingInputStream counting) {
    return counting != null ? counting.count : input.size();
  }

  /** @return what a user can do about an input that did not fit in the heap */
  static String outOfMemoryMessage(long bytes) {
    return "not enough memory to parse this input (" + size(bytes) + ") in a heap of at most "
        + (Runtime.getRuntime().maxMemory() >> 20) + " MiB: raise java's -Xmx, or lower --max-blocks "
        + "or --max-headings to refuse such inputs sooner";
  }

  /** @return the size in the unit that shows it: bytes, KiB or MiB */
  static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + (bytes == 1 ? " byte" : " bytes");
    }
    return bytes < 1 << 20 ? String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0)
        : String.format(Locale.ROOT, "%.1f MiB", bytes / (double) (1 << 20));
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

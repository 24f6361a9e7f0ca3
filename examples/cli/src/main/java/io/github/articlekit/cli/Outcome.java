package io.github.articlekit.cli;

import io.github.articlekit.parser.Diagnostic;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What became of one input, ready to be reported in order: the output in UTF-8 (already rendered and
 * encoded by the worker that parsed it, so that the writing thread only copies it), the diagnostics, or the refusal.
 *
 * @param source the input's name
 * @param bytes how many bytes were read
 * @param output the output in UTF-8, if any
 * @param diagnostics the parser's diagnostics, in input order
 * @param warnings whether some diagnostic is a warning
 * @param errorCode the refusal's code, when refused
 * @param errorMessage the refusal's message, when refused
 * @param kept what a command that writes at the end keeps of the input (see {@link BatchCommand.Gather}), if any
 */
record Outcome(String source, long bytes, byte @Nullable [] output, List<Diagnostic> diagnostics,
    boolean warnings, @Nullable String errorCode, @Nullable String errorMessage, @Nullable Object kept) {

  /** Code of a failure of the tool itself, reported per input. */
  static final String INTERNAL_ERROR = "INTERNAL_ERROR";
  /** Code of an input that did not fit in the heap: reading, parsing or rendering it ran out of memory. */
  static final String OUT_OF_MEMORY = "OUT_OF_MEMORY";
  /** Code of an input whose parsing or rendering overflowed the thread's stack. */
  static final String STACK_OVERFLOW = "STACK_OVERFLOW";

  static Outcome parsed(String source, long bytes, byte @Nullable [] output, List<Diagnostic> diagnostics,
      boolean warnings) {
    return new Outcome(source, bytes, output, diagnostics, warnings, null, null, null);
  }

  static Outcome refused(String source, long bytes, List<Diagnostic> diagnostics, String code, String message,
      byte @Nullable [] output) {
    return new Outcome(source, bytes, output, diagnostics, false, code, oneLine(message), null);
  }

  /** @return this outcome, keeping {@code kept} for the command */
  Outcome withKept(@Nullable Object kept) {
    return new Outcome(source, bytes, output, diagnostics, warnings, errorCode, errorMessage, kept);
  }

  boolean isRefused() {
    return errorCode != null;
  }

  /** @return whether the input was refused because the heap could not hold it */
  boolean isOutOfMemory() {
    return OUT_OF_MEMORY.equals(errorCode);
  }

  /** @return a throwable's class and message on one line, for a report without a stack trace */
  static String describe(Throwable e) {
    String message = e.getMessage();
    return oneLine(e.getClass().getName() + (message == null || message.isBlank() ? "" : ": " + message));
  }

  /** @return the text with its line breaks replaced by spaces: every report is one line */
  static String oneLine(@Nullable String text) {
    if (text == null) {
      return "";
    }
    return text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
  }
}

package io.github.articlekit.parser;

import java.util.Objects;

/**
 * Something the parser noticed and worked around, located in the input.
 *
 * @param severity how much it matters
 * @param code the stable code
 * @param message what was noticed, fit to show a user
 * @param line 1-based line in the input
 * @param column 1-based column in the input
 */
public record Diagnostic(Severity severity, DiagnosticCode code, String message, int line, int column) {

  /** How much a diagnostic matters. */
  public enum Severity {
    /** The model may not say what the author meant; strict parsing refuses the input. */
    WARNING,
    /** Worth knowing; strict parsing lets it pass. */
    INFO;

    /** @return the lower-case word used in {@link Diagnostic#format()} */
    public String label() {
      return this == WARNING ? "warning" : "info";
    }
  }

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if line or column is below 1
   */
  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column must be at least 1, were " + line + ":" + column);
    }
  }

  /**
   * Formats the diagnostic in compiler style.
   *
   * @return {@code LINE:COL: warning: MESSAGE [CODE]}
   */
  public String format() {
    return line + ":" + column + ": " + severity.label() + ": " + message + " [" + code + "]";
  }

  @Override
  public String toString() {
    return format();
  }
}

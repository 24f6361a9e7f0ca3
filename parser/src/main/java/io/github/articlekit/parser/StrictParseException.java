package io.github.articlekit.parser;

import io.github.articlekit.core.ArticleException;
import io.github.articlekit.core.ErrorCode;
import java.util.ArrayList;
import java.util.List;

/**
 * The refusal of a strict parser ({@link ArticleParser.Builder#strict(boolean)}): the text parsed, but
 * with warnings. Its code is {@link ErrorCode#STRICT_WARNINGS}, its line and column are the first
 * warning's, and it carries the whole lenient result, every diagnostic included, so that a caller can
 * report them all or use the article anyway.
 *
 * <p>The message reads {@code Strict parsing refused the input: 2 warnings, the first at 5:1: section
 * "..." is listed but never appears in the body [MISSING_HEADING]}.
 */
public final class StrictParseException extends ArticleException {
  private static final long serialVersionUID = 1L;

  /** Not serialized: a deserialized copy keeps the message, code and place only. */
  private final transient ParseResult result;

  private StrictParseException(String message, Diagnostic first, ParseResult result) {
    super(ErrorCode.STRICT_WARNINGS, message, first.line(), first.column(), -1, null);
    this.result = result;
  }

  /**
   * The refusal of a result with warnings.
   *
   * @param result what the lenient parse gave
   * @return the exception, to throw
   * @throws IllegalArgumentException if the result has no warning
   */
  public static StrictParseException of(ParseResult result) {
    List<Diagnostic> warnings = warnings(result);
    if (warnings.isEmpty()) {
      throw new IllegalArgumentException("A result without warnings is not refused under strict parsing");
    }
    Diagnostic first = warnings.get(0);
    String count = warnings.size() == 1 ? "1 warning" : warnings.size() + " warnings";
    return new StrictParseException("Strict parsing refused the input: " + count + ", the first at "
        + first.format(), first, result);
  }

  /** @return what the lenient parse gave: the article and every diagnostic, in input order */
  public ParseResult result() {
    return result;
  }

  /** @return every diagnostic, infos included, in input order */
  public List<Diagnostic> diagnostics() {
    return result.diagnostics();
  }

  /** @return the warnings alone, in input order; never empty */
  public List<Diagnostic> warnings() {
    return warnings(result);
  }

  private static List<Diagnostic> warnings(ParseResult result) {
    List<Diagnostic> warnings = new ArrayList<>();
    for (Diagnostic diagnostic : result.diagnostics()) {
      if (diagnostic.severity() == Diagnostic.Severity.WARNING) {
        warnings.add(diagnostic);
      }
    }
    return List.copyOf(warnings);
  }
}

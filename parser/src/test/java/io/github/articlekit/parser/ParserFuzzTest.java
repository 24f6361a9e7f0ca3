package io.github.articlekit.parser;

import static io.github.articlekit.testing.Checks.check;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.articlekit.core.ArticleException;
import io.github.articlekit.core.ErrorCode;
import io.github.articlekit.testing.FuzzInput;

/**
 * Coverage-guided fuzz targets for the parser's text and byte entry points (Jazzer).
 *
 * <p>The normal test run only replays the committed inputs under
 * {@code src/test/resources/io/github/articlekit/parser/ParserFuzzTestInputs/<method>/}: seeds (the
 * reference article, the fixtures, hostile snippets) and every finding, kept as a regression input. To
 * fuzz for real, see the README, "Contributing" ({@code mvn -Pfuzz ... -Dtest=ParserFuzzTest#parseText}).
 *
 * <p>Each target asserts the contract in {@link Contracts}: only {@link ArticleException} escapes, and
 * only for input that deserves it; on success spans hold their elements and nothing is lost.
 */
class ParserFuzzTest {
  private static final ArticleParser PARSER = ArticleParser.create();
  private static final ArticleParser STRICT = ArticleParser.builder().strict(true).build();

  /**
   * The text entry point, the bytes read by {@link FuzzInput#decode}: UTF-8 (malformed sequences read as
   * U+FFFD), except that {@code 0xFF hi lo} stands for the UTF-16 unit {@code hi lo}.
   */
  @FuzzTest(maxDuration = "10m")
  void parseText(byte[] data) {
    String text = FuzzInput.decode(data);
    ParseResult result = Contracts.parseChecked(PARSER, text, ArticleParser.DEFAULT_MAX_INPUT_SIZE);
    // Strict parsing refuses exactly the texts with a warning, at the first warning's line, with the lenient result.
    ParseResult strict;
    try {
      strict = STRICT.parse(text);
    } catch (ArticleException e) {
      if (result == null) {
        check(Contracts.TEXT_REFUSALS.contains(e.code()), () -> "strict refused with " + e.code());
        return;
      }
      Diagnostic first = result.diagnostics().stream()
          .filter(d -> d.severity() == Diagnostic.Severity.WARNING).findFirst().orElse(null);
      check(first != null, () -> "strict refused a text without warnings: " + e.getMessage());
      check(e instanceof StrictParseException strictRefusal && e.code() == ErrorCode.STRICT_WARNINGS
              && e.line().orElse(-1) == first.line()
              && Contracts.sameResult(strictRefusal.result(), result),
          () -> "strict refused with " + e.code() + " at line " + e.line() + ", first warning is " + first);
      return;
    }
    check(result != null && !result.hasWarnings(), () -> "strict accepted what lenient refused or warned about");
    check(Contracts.sameResult(strict, result),
        () -> "strict and lenient results differ");
  }

  /** The byte entry point (UTF-8): malformed bytes refused at the right offset, the rest as the text entry point. */
  @FuzzTest(maxDuration = "10m")
  void parseBytes(byte[] data) {
    Contracts.parseBytesChecked(PARSER, data, ArticleParser.DEFAULT_MAX_INPUT_SIZE);
  }
}

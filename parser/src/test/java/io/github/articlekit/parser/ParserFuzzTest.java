package io.github.articlekit.parser;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.articlekit.core.ArticleException;
import java.nio.charset.StandardCharsets;

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
   * The text entry point. The bytes are UTF-8 (malformed sequences read as U+FFFD), except that
   * {@code 0xFF hi lo} stands for the UTF-16 unit {@code hi lo}: seeds stay plain text files, and the
   * fuzzer still reaches lone surrogates and any control character.
   */
  @FuzzTest(maxDuration = "10m")
  void parseText(byte[] data) {
    String text = FuzzText.decode(data);
    ParseResult result = Contracts.parseChecked(PARSER, text, ArticleParser.DEFAULT_MAX_INPUT_SIZE);
    // Strict parsing refuses exactly the texts with a warning, with the first warning's code and line.
    ParseResult strict;
    try {
      strict = STRICT.parse(text);
    } catch (ArticleException e) {
      if (result == null) {
        Contracts.check(Contracts.TEXT_REFUSALS.contains(e.code()), () -> "strict refused with " + e.code());
        return;
      }
      Diagnostic first = result.diagnostics().stream()
          .filter(d -> d.severity() == Diagnostic.Severity.WARNING).findFirst().orElse(null);
      Contracts.check(first != null, () -> "strict refused a text without warnings: " + e.getMessage());
      Contracts.check(e.code().equals(first.code().name()) && e.line().orElse(-1) == first.line(),
          () -> "strict refused with " + e.code() + " at line " + e.line() + ", first warning is " + first);
      return;
    }
    Contracts.check(result != null && !result.hasWarnings(), () -> "strict accepted what lenient refused or warned about");
    Contracts.check(Contracts.sameResult(strict, result),
        () -> "strict and lenient results differ");
  }

  /** The byte entry point (UTF-8): malformed bytes refused at the right offset, the rest as the text entry point. */
  @FuzzTest(maxDuration = "10m")
  void parseBytes(byte[] data) {
    Contracts.parseBytesChecked(PARSER, data, ArticleParser.DEFAULT_MAX_INPUT_SIZE);
  }

  /** Decodes fuzzer bytes to text; see {@link #parseText}. */
  static final class FuzzText {
    private FuzzText() {}

    static String decode(byte[] data) {
      StringBuilder out = new StringBuilder(data.length);
      int segment = 0;
      int i = 0;
      while (i < data.length) {
        if (data[i] != (byte) 0xFF) {
          i++;
          continue;
        }
        out.append(new String(data, segment, i - segment, StandardCharsets.UTF_8));
        if (i + 2 < data.length) {
          out.append((char) (((data[i + 1] & 0xFF) << 8) | (data[i + 2] & 0xFF)));
        }
        i += 3;
        segment = Math.min(i, data.length);
      }
      out.append(new String(data, segment, data.length - segment, StandardCharsets.UTF_8));
      return out.toString();
    }
  }
}

package io.github.articlekit.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Diagnostics quote input text on one line, whatever it holds. */
class ParseStateTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "plain | \"plain\"",
      "a\u2028b | \"a\\u2028b\"",
      "\u2029x\u0085 | \"\\u2029x\\u0085\"",
      "v\u000Bf\u000Cz | \"v\\u000Bf\\u000Cz\"",
      "s\u001C\u001D\u001E\u001Fz | \"s\\u001C\\u001D\\u001E\u001Fz\"",
  })
  void quotedTextKeepsADiagnosticOnOneLine(String text, String quoted) {
    assertThat(ParseState.quote(text)).isEqualTo(quoted);
    assertThat(ParseState.quote(text).lines()).hasSize(1);
  }
}

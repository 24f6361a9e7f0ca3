package io.github.articlekit.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.articlekit.core.ArticleException;
import io.github.articlekit.core.ErrorCode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Input the parser refuses: one exception type, a stable code, a message a user can act on. */
class RefusalTest {
  private static final ArticleParser PARSER = ArticleParser.create();

  @Test
  void emptyInputIsRefused() {
    ArticleException e = catchThrowableOfType(ArticleException.class, () -> PARSER.parse(""));
    assertThat(e.code()).isEqualTo(ErrorCode.EMPTY_INPUT);
    assertThat(e.getMessage()).contains("empty");
  }

  @ParameterizedTest
  @ValueSource(strings = {" ", "\n\n\n", "\u00A0\r\n\t\u200B\n\uFEFF", "\u2007\u202F"})
  void blankOnlyInputIsRefused(String blank) {
    ArticleException e = catchThrowableOfType(ArticleException.class, () -> PARSER.parse(blank));
    assertThat(e.code()).isEqualTo(ErrorCode.EMPTY_INPUT);
    assertThat(e.getMessage()).contains("blank");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Title\n\nText\u0000more", "Title\n\nbell\u0007", "Title\n\u001B[31m", "Title\n\u0080"})
  void controlCharactersAreRefusedWithTheirPlace(String text) {
    ArticleException e = catchThrowableOfType(ArticleException.class, () -> PARSER.parse(text));
    assertThat(e.code()).isEqualTo(ErrorCode.NOT_TEXT);
    assertThat(e.line()).isPresent();
    assertThat(e.getMessage()).contains("control character U+00").contains("line " + e.line().getAsInt());
  }

  @Test
  void nulIsReportedAtItsLineAndColumn() {
    ArticleException e = catchThrowableOfType(ArticleException.class, () -> PARSER.parse("Title\n\nab\u0000"));
    assertThat(e.line()).hasValue(3);
    assertThat(e.column()).hasValue(3);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Title \uD800 lone high", "Title \uDC00 lone low", "Title\n\ntrailing \uD83D"})
  void loneSurrogatesAreRefused(String text) {
    ArticleException e = catchThrowableOfType(ArticleException.class, () -> PARSER.parse(text));
    assertThat(e.code()).isEqualTo(ErrorCode.NOT_TEXT);
    assertThat(e.getMessage()).contains("lone surrogate");
  }

  @Test
  void surrogatePairsAcrossEveryChunkBoundaryAreText() {
    for (int prefix = 4090; prefix < 4100; prefix++) {
      String text = "T".repeat(prefix) + "\uD83D\uDE00" + "x\n\nBody " + "\uD83D\uDE00".repeat(3000);
      assertThat(PARSER.parseArticle(text).title()).endsWith("\uD83D\uDE00x");
    }
    String lone = "T".repeat(4095) + "\uD83D" + "x";
    assertThat(catchThrowableOfType(ArticleException.class, () -> PARSER.parse(lone)).column()).hasValue(4096);
  }

  @Test
  void surrogatePairsAndTabsAreText() {
    assertThat(PARSER.parseArticle("Emoji \uD83D\uDE00 title\t\f").title()).isEqualTo("Emoji \uD83D\uDE00 title");
  }

  @Test
  void malformedUtf8IsRefusedWithItsByteOffset() {
    byte[] bytes = "Titre\n\nDéjà vu ".getBytes(StandardCharsets.UTF_8);
    byte[] malformed = new byte[bytes.length + 3];
    System.arraycopy(bytes, 0, malformed, 0, bytes.length);
    malformed[bytes.length] = (byte) 0xC3; // a lead byte with no continuation
    malformed[bytes.length + 1] = 'x';
    malformed[bytes.length + 2] = '\n';

    ArticleException e = catchThrowableOfType(ArticleException.class,
        () -> PARSER.parse(new ByteArrayInputStream(malformed)));

    assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_INPUT);
    assertThat(e.byteOffset()).hasValue(bytes.length);
    assertThat(e.line()).hasValue(3);
    assertThat(e.getMessage()).contains("byte offset " + bytes.length).contains("UTF-8");
  }

  @Test
  void otherCharsetsDecodeWhenGiven() {
    byte[] latin1 = "Titre déjà vu\n\nTexte.".getBytes(StandardCharsets.ISO_8859_1);

    assertThat(PARSER.parse(new ByteArrayInputStream(latin1), StandardCharsets.ISO_8859_1).article().title())
        .isEqualTo("Titre déjà vu");
    assertThatThrownBy(() -> PARSER.parse(new ByteArrayInputStream(latin1)))
        .isInstanceOf(ArticleException.class)
        .hasMessageContaining("byte offset 7");
  }

  @Test
  void inputJustOverTheLimitIsRefusedAndAtTheLimitAccepted() {
    ArticleParser small = ArticleParser.builder().maxInputSize(10).build();
    String atLimit = "0123456789";
    String overLimit = atLimit + "!";

    assertThat(small.parseArticle(atLimit).title()).isEqualTo(atLimit);
    for (Runnable parse : new Runnable[] {
        () -> small.parse(overLimit),
        () -> small.parse(new StringReader(overLimit)),
        () -> small.parse(new ByteArrayInputStream(overLimit.getBytes(StandardCharsets.UTF_8)))}) {
      ArticleException e = catchThrowableOfType(ArticleException.class, parse::run);
      assertThat(e.code()).isEqualTo(ErrorCode.INPUT_TOO_LARGE);
      assertThat(e.getMessage()).contains("10").contains("maxInputSize");
    }
  }

  @Test
  void aMissingFileIsRefusedNotThrownAsIoException(@TempDir Path dir) {
    ArticleException e = catchThrowableOfType(ArticleException.class, () -> PARSER.parse(dir.resolve("nope.txt")));
    assertThat(e.code()).isEqualTo(ErrorCode.UNREADABLE_INPUT);
    assertThat(e.getMessage()).contains("nope.txt");
  }

  @Test
  void aFailingStreamIsRefused() {
    InputStream failing = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk on fire");
      }
    };
    ArticleException e = catchThrowableOfType(ArticleException.class, () -> PARSER.parse(failing));
    assertThat(e.code()).isEqualTo(ErrorCode.UNREADABLE_INPUT);
    assertThat(e.getMessage()).contains("disk on fire");
  }

  @Test
  void strictModeRefusesTextWithWarningsAndCarriesEveryDiagnostic() {
    ArticleParser strict = ArticleParser.builder().strict(true).build();
    String text = Fixtures.text("missing-heading-wrapped");
    ParseResult lenient = PARSER.parse(text);

    StrictParseException e = catchThrowableOfType(StrictParseException.class, () -> strict.parse(text));

    assertThat(strict.isStrict()).isTrue();
    assertThat(e.code()).isEqualTo(ErrorCode.STRICT_WARNINGS);
    assertThat(e.line()).hasValue(5);
    assertThat(e.column()).hasValue(1);
    assertThat(e.getMessage()).isEqualTo("Strict parsing refused the input: 1 warning, the first at "
        + lenient.diagnostics().get(0).format()).contains("Les ONG dénoncent un recul", "[HEADING_NOT_FOUND]");
    assertThat(e.diagnostics()).isEqualTo(lenient.diagnostics());
    assertThat(e.warnings()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.HEADING_NOT_FOUND);
    assertThat(e.result().article()).isEqualTo(lenient.article());
  }

  @Test
  void aResultWithoutWarningsIsNotAStrictRefusal() {
    ParseResult clean = PARSER.parse("Title\n\nOne paragraph.\n");

    assertThatIllegalArgumentException().isThrownBy(() -> StrictParseException.of(clean));
  }

  @Test
  void strictModeLetsInformationPass(@TempDir Path dir) throws IOException {
    ArticleParser strict = ArticleParser.builder().strict(true).build();
    Path file = Files.writeString(dir.resolve("loose.txt"), Fixtures.text("loose-heading-match"));

    ParseResult result = strict.parse(file);

    assertThat(result.hasWarnings()).isFalse();
    assertThat(result.diagnostics()).isNotEmpty().allMatch(d -> d.severity() == Diagnostic.Severity.INFO);
  }
}

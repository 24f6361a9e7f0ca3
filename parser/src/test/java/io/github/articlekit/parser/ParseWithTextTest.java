package io.github.articlekit.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.articlekit.core.ArticleException;
import io.github.articlekit.core.ErrorCode;
import io.github.articlekit.parser.render.HtmlWriter;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link ArticleParser#parseWithText}: the text and the result of one read, refused as {@code parse} refuses. */
class ParseWithTextTest {
  private static final ArticleParser PARSER = ArticleParser.create();
  private static final ArticleParser SMALL = ArticleParser.builder().maxInputSize(16).build();

  @TempDir
  Path dir;

  static Stream<Arguments> refused() {
    byte[] utf16 = "Title\n\nText.\n".getBytes(StandardCharsets.UTF_16); // with its big-endian mark
    return Stream.of(
        Arguments.of("binary", new byte[] {0x7F, 'E', 'L', 'F', 0x02, 0x01, 0x00, (byte) 0xFF}, PARSER,
            ErrorCode.NOT_TEXT),
        Arguments.of("UTF-16 byte order mark", utf16, PARSER, ErrorCode.MALFORMED_INPUT),
        Arguments.of("malformed UTF-8", new byte[] {'T', 'i', '\n', (byte) 0xC3, 'x'}, PARSER,
            ErrorCode.MALFORMED_INPUT),
        // Well-formed bytes the text check refuses: its character offset becomes a byte offset.
        Arguments.of("control character in text", "Titré\n\nUn paragraphe\u0000.\n".getBytes(StandardCharsets.UTF_8),
            PARSER, ErrorCode.NOT_TEXT),
        Arguments.of("over the size limit", "Title\n\nA paragraph of text.\n".getBytes(StandardCharsets.UTF_8),
            SMALL, ErrorCode.INPUT_TOO_LARGE),
        Arguments.of("empty", new byte[0], PARSER, ErrorCode.EMPTY_INPUT));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refused")
  void aStreamIsRefusedAsParseRefusesIt(String what, byte[] bytes, ArticleParser parser, ErrorCode code) {
    ArticleException expected = catchThrowableOfType(ArticleException.class,
        () -> parser.parse(new ByteArrayInputStream(bytes)));
    ArticleException actual = catchThrowableOfType(ArticleException.class,
        () -> parser.parseWithText(new ByteArrayInputStream(bytes)));

    assertThat(expected.code()).isEqualTo(code);
    assertSameRefusal(actual, expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refused")
  void aFileIsRefusedAsParseRefusesIt(String what, byte[] bytes, ArticleParser parser, ErrorCode code)
      throws Exception {
    Path file = Files.write(dir.resolve("input.txt"), bytes);
    ArticleException expected = catchThrowableOfType(ArticleException.class, () -> parser.parse(file));
    ArticleException actual = catchThrowableOfType(ArticleException.class, () -> parser.parseWithText(file));

    assertThat(expected.code()).isEqualTo(code);
    assertSameRefusal(actual, expected);
  }

  @Test
  void aMissingFileIsUnreadableAsParseSays() {
    Path missing = dir.resolve("missing.txt");
    ArticleException expected = catchThrowableOfType(ArticleException.class, () -> PARSER.parse(missing));
    ArticleException actual = catchThrowableOfType(ArticleException.class, () -> PARSER.parseWithText(missing));

    assertThat(expected.code()).isEqualTo(ErrorCode.UNREADABLE_INPUT);
    assertSameRefusal(actual, expected);
  }

  @Test
  void theTextIsTheDecodedStringTheSpansIndex() throws Exception {
    // Latin-1 bytes: the text differs from the bytes, and the spans index characters.
    String text = "Un été à Paris\r\n\r\nLe départ\r\n\r\nLe départ\r\n\r\nUn paragraphe accentué : déjà.\r\n";
    ArticleParser latin1 = ArticleParser.builder().charset(StandardCharsets.ISO_8859_1).build();
    Path file = Files.write(dir.resolve("latin1.txt"), text.getBytes(StandardCharsets.ISO_8859_1));

    ParsedText fromFile = latin1.parseWithText(file);
    ParsedText fromStream = latin1.parseWithText(new ByteArrayInputStream(Files.readAllBytes(file)));

    assertThat(fromFile.text()).isEqualTo(text);
    assertThat(fromStream.text()).isEqualTo(text);
    assertThat(fromFile.result().article()).isEqualTo(latin1.parse(text).article())
        .isEqualTo(latin1.parse(file).article()).isEqualTo(fromStream.result().article());
    assertThat(fromFile.result().diagnostics()).isEqualTo(latin1.parse(file).diagnostics());
    assertThat(fromFile.result().article().sections()).hasSize(1);
    SpanAssertions.assertSpansHoldTheirElements(fromFile.result().article(), fromFile.text());
    assertThat(HtmlWriter.create().write(fromFile.result(), fromFile.text())).contains("Un été à Paris");
  }

  @Test
  void strictParsingRefusesAsParseDoes() {
    ArticleParser strict = ArticleParser.builder().strict(true).build();
    byte[] bytes = Fixtures.text("missing-heading-wrapped").getBytes(StandardCharsets.UTF_8);

    StrictParseException expected = catchThrowableOfType(StrictParseException.class,
        () -> strict.parse(new ByteArrayInputStream(bytes)));

    assertThatThrownBy(() -> strict.parseWithText(new ByteArrayInputStream(bytes)))
        .isInstanceOfSatisfying(StrictParseException.class, actual -> {
          assertSameRefusal(actual, expected);
          assertThat(actual.diagnostics()).isEqualTo(expected.diagnostics()).isNotEmpty();
        });
  }

  @Test
  void theDescriptionLeavesTheTextOut() {
    ParsedText parsed = PARSER.parseWithText(new ByteArrayInputStream("A secret title\n\nText.\n".getBytes(
        StandardCharsets.UTF_8)));

    assertThat(parsed.toString()).startsWith("ParsedText{22 characters, ParseResult{")
        .doesNotContain("A secret title\n\nText.\n");
  }

  private static void assertSameRefusal(ArticleException actual, ArticleException expected) {
    assertThat(actual).isNotNull().hasMessage(expected.getMessage());
    assertThat(actual.code()).isEqualTo(expected.code());
    assertThat(actual.line()).isEqualTo(expected.line());
    assertThat(actual.column()).isEqualTo(expected.column());
    assertThat(actual.byteOffset()).isEqualTo(expected.byteOffset());
  }
}

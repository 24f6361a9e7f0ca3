package io.github.articlekit.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.articlekit.core.ArticleException;
import io.github.articlekit.core.ErrorCode;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Byte input in charsets other than UTF-8, and what a refusal of bad bytes says. */
class InputDecodingTest {
  @Test
  void aCharsetThatMayDecodeOneByteToTwoCharactersIsDecodedWhole() {
    Charset gb18030 = Charset.forName("GB18030");
    assertThat(gb18030.newDecoder().maxCharsPerByte()).isGreaterThan(1f);
    String text = "Titre\n\nPartie\n\nPartie\n\n" + "Un texte en chinois : 中文, assez long pour compter. ".repeat(4).trim()
        + "\n";

    ParseResult result = ArticleParser.create().parse(new ByteArrayInputStream(text.getBytes(gb18030)), gb18030);

    assertThat(result.article()).isEqualTo(ArticleParser.create().parseArticle(text));
  }

  @Test
  void aReplacementCharacterWrittenInTheInputIsText() {
    // U+FFFD spelled out in UTF-8 (EF BF BD) is a character like any other, not a decoding failure.
    String text = "Titre \uFFFD\n\nUn paragraphe \uFFFD avec le caractère de remplacement.";

    ParseResult result = ArticleParser.create()
        .parse(new ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));

    assertThat(result.article().title()).isEqualTo("Titre \uFFFD");
    assertThat(result.article()).isEqualTo(ArticleParser.create().parseArticle(text));
  }

  @Test
  void malformedBytesAfterAReplacementCharacterAreStillRefusedAtTheirOffset() {
    byte[] bytes = {'T', (byte) 0xEF, (byte) 0xBF, (byte) 0xBD, '\n', (byte) 0xFF, 'x'};

    ArticleException e = catchThrowableOfType(ArticleException.class,
        () -> ArticleParser.create().parse(new ByteArrayInputStream(bytes)));

    assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_INPUT);
    assertThat(e.getMessage()).contains("at byte offset 5").contains("line 2, column 1");
  }

  @Test
  void malformedBytesAreCalledMalformed() {
    byte[] bytes = {'T', 'i', '\n', (byte) 0xC3, 'x'};

    ArticleException e = catchThrowableOfType(ArticleException.class,
        () -> ArticleParser.create().parse(new ByteArrayInputStream(bytes)));

    assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_INPUT);
    assertThat(e.getMessage()).contains("Input is not valid UTF-8: malformed byte sequence at byte offset 3");
  }

  @Test
  void malformedInputNamesTheWayToSetTheCharset() {
    ArticleException e = refusal(new byte[] {'T', 'i', '\n', (byte) 0xE9, 't', '!'});

    assertThat(e.getMessage()).contains("ArticleParser.Builder.charset", "--charset");
    assertThat(e.byteOffset()).hasValue(3);
  }

  @Test
  void aBinaryFileIsNotTextAtItsFirstControlByte() {
    // The start of an ELF executable: control bytes come before the first byte that is not UTF-8.
    byte[] elf = {0x7F, 'E', 'L', 'F', 0x02, 0x01, 0x01, 0x00, 0x00, (byte) 0xFF, (byte) 0xFE};

    ArticleException e = refusal(elf);

    assertThat(e.code()).isEqualTo(ErrorCode.NOT_TEXT);
    assertThat(e.byteOffset()).hasValue(0);
    assertThat(e.getMessage()).isEqualTo("Input is not text: control byte 0x7F at byte offset 0 (line 1, "
        + "column 1); is it a binary file?");
    byte[] afterAHeader = {'E', 'L', 'F', 0x02, 0x00, (byte) 0xFF};
    assertThat(refusal(afterAHeader).getMessage()).startsWith("Input is not text: control byte 0x02 at byte offset 3 ");
    // As Latin-1, where every byte decodes, the text check finds the same byte.
    ArticleException latin1 = catchThrowableOfType(ArticleException.class, () -> ArticleParser.create()
        .parse(new ByteArrayInputStream(elf), StandardCharsets.ISO_8859_1));
    assertThat(latin1.code()).isEqualTo(ErrorCode.NOT_TEXT);
    assertThat(latin1.byteOffset()).hasValue(0);
  }

  @Test
  void aControlCharacterInWellFormedBytesIsReportedAtItsByteOffset() {
    byte[] bytes = "Titré\n\nUn paragraphe\u0000.\n".getBytes(StandardCharsets.UTF_8);

    ArticleException e = refusal(bytes);

    assertThat(e.code()).isEqualTo(ErrorCode.NOT_TEXT);
    assertThat(e.line()).hasValue(3);
    assertThat(e.column()).hasValue(14);
    assertThat(e.byteOffset()).hasValue(21); // "Titré" is six bytes
    assertThat(e.getMessage()).endsWith("at line 3, column 14 (byte offset 21)");
  }

  @ParameterizedTest
  @CsvSource({
      "FEFF, UTF-16 (big-endian), UTF-16",
      "FFFE, UTF-16 (little-endian), UTF-16",
      "0000FEFF, UTF-32 (big-endian), UTF-32",
      "FFFE0000, UTF-32 (little-endian), UTF-32"})
  void aForeignByteOrderMarkIsNamedInTheRefusal(String mark, String encoding, String charset) {
    byte[] bom = java.util.HexFormat.of().parseHex(mark);
    byte[] text = "Title\n\nText.\n".getBytes(Charset.forName(charset.equals("UTF-16")
        ? (encoding.contains("big") ? "UTF-16BE" : "UTF-16LE") : (encoding.contains("big") ? "UTF-32BE" : "UTF-32LE")));
    byte[] bytes = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, bytes, 0, bom.length);
    System.arraycopy(text, 0, bytes, bom.length, text.length);

    ArticleException e = refusal(bytes);

    assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_INPUT);
    assertThat(e.byteOffset()).hasValue(0);
    assertThat(e.getMessage()).startsWith("Input starts with the byte order mark of " + encoding + ", not UTF-8 text")
        .contains("--charset").endsWith(": " + charset);
    // With that charset, the same bytes parse.
    ParseResult result = ArticleParser.create().parse(new ByteArrayInputStream(bytes), Charset.forName(charset));
    assertThat(result.article().title()).isEqualTo("Title");
  }

  private static ArticleException refusal(byte[] bytes) {
    return catchThrowableOfType(ArticleException.class,
        () -> ArticleParser.create().parse(new ByteArrayInputStream(bytes)));
  }
}

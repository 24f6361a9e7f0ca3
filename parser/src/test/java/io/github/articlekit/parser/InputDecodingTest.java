package io.github.articlekit.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.articlekit.core.ArticleException;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;

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

    assertThat(e.code()).isEqualTo(ArticleException.MALFORMED_INPUT);
    assertThat(e.getMessage()).contains("at byte offset 5").contains("line 2, column 1");
  }

  @Test
  void malformedBytesAreCalledMalformed() {
    byte[] bytes = {'T', 'i', '\n', (byte) 0xC3, 'x'};

    ArticleException e = catchThrowableOfType(ArticleException.class,
        () -> ArticleParser.create().parse(new ByteArrayInputStream(bytes)));

    assertThat(e.code()).isEqualTo(ArticleException.MALFORMED_INPUT);
    assertThat(e.getMessage()).contains("Input is not valid UTF-8: malformed byte sequence at byte offset 3");
  }
}

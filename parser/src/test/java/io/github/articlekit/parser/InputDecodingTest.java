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
  void malformedBytesAreCalledMalformed() {
    byte[] bytes = {'T', 'i', '\n', (byte) 0xC3, 'x'};

    ArticleException e = catchThrowableOfType(ArticleException.class,
        () -> ArticleParser.create().parse(new ByteArrayInputStream(bytes)));

    assertThat(e.code()).isEqualTo(ArticleException.MALFORMED_INPUT);
    assertThat(e.getMessage()).contains("Input is not valid UTF-8: malformed byte sequence at byte offset 3");
  }
}

package io.github.articlekit.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.articlekit.core.Article;
import io.github.articlekit.core.ArticleException;
import io.github.articlekit.core.ErrorCode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile input that {@link PathologicalInputTest} and {@link RefusalTest} do not already cover: lines
 * built to make a backward search quadratic, every kind of malformed UTF-8 (the error names the byte
 * offset, also deep in a large input and from a file), input just over the default 16 MiB limit through
 * every entry point, refused characters at the very end of large input. Each must finish in linear
 * time; the timeouts are generous guards against a hang.
 */
@Timeout(30)
class HostileInputTest {
  private static final ArticleParser PARSER = ArticleParser.create();
  /** For the inputs over the default count limits: the parsing itself is what they exercise. */
  private static final ArticleParser UNLIMITED =
      ArticleParser.builder().maxHeadings(Integer.MAX_VALUE).maxBlocks(Integer.MAX_VALUE).build();

  /** A URL in parentheses is looked for on the line only, not back through the whole input. */
  @Test
  void aHundredThousandCrossLinksEndingWithAParenthesisAndNoOpeningOne() {
    String text = "Title\n\nPart\n\nPart\n\n" + "LIRE AUSSI : Un autre article)\n".repeat(100_000);

    Article article = PARSER.parseArticle(text);

    assertThat(article.crossLinks()).hasSize(100_000);
    assertThat(article.crossLinks().get(99_999).title()).isEqualTo("Un autre article)");
    assertThat(article.crossLinks().get(0).url()).isEmpty();
  }

  @Test
  void aHundredThousandCrossLinksWithTheirOpeningParenthesisLinesAway() {
    String text = "Title\n\nPart\n\nPart\n\n(https://example.org/a\n\n" + "READ MORE: x)\n".repeat(100_000);

    Article article = UNLIMITED.parseArticle(text);

    assertThat(article.crossLinks()).hasSize(100_000).allMatch(link -> link.url().isEmpty() && link.title().equals("x)"));
  }

  @Test
  void aMillionLineHardWrappedParagraph() {
    String text = "Title\n\nPart\n\nPart\n\n" + "mot\n".repeat(1_000_000);

    Article article = PARSER.parseArticle(text);

    assertThat(article.paragraphs()).hasSize(1);
    assertThat(article.paragraphs().get(0).text()).hasSize(4 * 1_000_000 - 1);
  }

  @Test
  void aHundredThousandTrailingBoilerplateBlocks() {
    String text = "Title\n\nPart\n\nPart\n\nText.\n\n" + "Et aussi\n\nSuivez-nous sur Google News\n\n".repeat(50_000);

    Article article = UNLIMITED.parseArticle(text);

    assertThat(article.boilerplate()).hasSize(100_000);
    assertThat(article.sections().get(0).blocks()).hasSize(1);
  }

  @Test
  void aHundredThousandShortBlocksAfterARelatedContentHeader() {
    String text = "Title\n\nPart\n\nPart\n\nText.\n\nEt aussi\n\n" + "Un titre lié\n\n".repeat(100_000);

    Article article = UNLIMITED.parseArticle(text);

    assertThat(article.paragraphs()).hasSize(100_002);
    assertThat(article.boilerplate()).isEmpty();
  }

  @Test
  void aHundredThousandInferableHeadingsWithoutAList() {
    String text = "Title\n\nA lead sentence.\n\n" + "Short Heading\n\nSome text here.\n\n".repeat(100_000);

    ParseResult result = UNLIMITED.parse(text);

    assertThat(result.article().sections()).hasSize(100_000);
    assertThat(result.article().headings()).isEmpty();
  }

  @Test
  void aHundredThousandListedDuplicatesTheBodyNeverConfirms() {
    String text = "Title\n\n" + "En bref\n".repeat(100_000) + "\nEn bref\n\nTexte.\n";

    ParseResult result = UNLIMITED.parse(text);

    assertThat(result.article().headings()).hasSize(1);
  }

  @Test
  void aFiveMegabyteLineOfSeparatorsAfterAMarker() {
    String text = "Title\n\nPart\n\nPart\n\nLIRE AUSSI " + " -:–—".repeat(1_000_000) + "(\n";

    Article article = PARSER.parseArticle(text);

    assertThat(article.crossLinks()).hasSize(1);
  }

  @Test
  void aMillionOpeningParenthesesBeforeTheClosingOne() {
    String text = "Title\n\nPart\n\nPart\n\nREAD MORE: x " + "(".repeat(1_000_000) + ")\n";

    Article article = PARSER.parseArticle(text);

    assertThat(article.crossLinks()).hasSize(1);
    assertThat(article.crossLinks().get(0).url()).isEmpty();
  }

  // ---- malformed UTF-8 -------------------------------------------------------------------------

  static Stream<Arguments> malformedUtf8() {
    return Stream.of(
        Arguments.of("lone continuation byte", new byte[] {(byte) 0x80}),
        Arguments.of("lead byte then ASCII", new byte[] {(byte) 0xC3, 'x'}),
        Arguments.of("overlong NUL", new byte[] {(byte) 0xC0, (byte) 0x80}),
        Arguments.of("overlong slash", new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}),
        Arguments.of("UTF-8-encoded surrogate", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}),
        Arguments.of("past U+10FFFF", new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}),
        Arguments.of("five-byte form", new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}),
        Arguments.of("0xFF", new byte[] {(byte) 0xFF}),
        Arguments.of("0xFE 0xFF (a UTF-16 BOM)", new byte[] {(byte) 0xFE, (byte) 0xFF}),
        Arguments.of("truncated three-byte sequence", new byte[] {(byte) 0xE2, (byte) 0x82}));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedUtf8")
  void malformedUtf8IsRefusedAtItsByteOffset(String name, byte[] bad) {
    byte[] before = "Titre\r\n\r\nDéjà vu, 漢字 😀\nsuite ".getBytes(StandardCharsets.UTF_8);
    byte[] input = concat(before, bad, " fin\n".getBytes(StandardCharsets.UTF_8));

    ArticleException e = catchThrowableOfType(ArticleException.class, () -> PARSER.parse(new ByteArrayInputStream(input)));

    assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_INPUT);
    assertThat(e.byteOffset()).hasValue(before.length);
    assertThat(e.line()).hasValue(4);
    assertThat(e.column()).hasValue("suite ".length() + 1);
    assertThat(e.getMessage()).contains("byte offset " + before.length, "line 4");
  }

  @Test
  void malformedUtf8AtTheEndOfInputIsRefusedAtItsByteOffset() {
    byte[] input = concat("Titre\n\nDéj".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3});

    ArticleException e = catchThrowableOfType(ArticleException.class, () -> PARSER.parse(new ByteArrayInputStream(input)));

    assertThat(e.byteOffset()).hasValue(input.length - 1);
  }

  @Test
  void malformedUtf8DeepInAFileIsFoundInLinearTimeWithItsOffset(@TempDir Path dir) throws IOException {
    byte[] text = ("Titre\n\nPartie\n\nPartie\n\n" + "Un mot déjà écrit.\n".repeat(300_000)).getBytes(StandardCharsets.UTF_8);
    byte[] input = concat(text, new byte[] {(byte) 0xED, (byte) 0xBF, (byte) 0xBF}, "\n".getBytes(StandardCharsets.UTF_8));
    Path file = Files.write(dir.resolve("large.txt"), input);

    ArticleException e = catchThrowableOfType(ArticleException.class, () -> PARSER.parse(file));

    assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_INPUT);
    assertThat(e.byteOffset()).hasValue(text.length);
    assertThat(e.line()).hasValue(6 + 300_000 + 1);
    assertThat(e.column()).hasValue(1);
  }

  // ---- the default size limit ------------------------------------------------------------------

  @Test
  void inputJustOverTheDefaultLimitIsRefusedByEveryEntryPoint(@TempDir Path dir) throws IOException {
    int limit = (int) ArticleParser.DEFAULT_MAX_INPUT_SIZE;
    byte[] atLimit = filler(limit);
    byte[] overLimit = Arrays.copyOf(atLimit, limit + 1);
    overLimit[limit] = 'x';
    String textOver = new String(overLimit, StandardCharsets.US_ASCII);

    for (ArticleException e : new ArticleException[] {
        catchThrowableOfType(ArticleException.class, () -> PARSER.parse(textOver)),
        catchThrowableOfType(ArticleException.class, () -> PARSER.parse(new StringReader(textOver))),
        catchThrowableOfType(ArticleException.class, () -> PARSER.parse(new ByteArrayInputStream(overLimit))),
        catchThrowableOfType(ArticleException.class, () -> PARSER.parse(Files.write(dir.resolve("over.txt"), overLimit))),
        catchThrowableOfType(ArticleException.class, () -> PARSER.parse(endless()))}) {
      assertThat(e).isNotNull();
      assertThat(e.code()).isEqualTo(ErrorCode.INPUT_TOO_LARGE);
      assertThat(e.getMessage()).contains(Long.toString(ArticleParser.DEFAULT_MAX_INPUT_SIZE), "maxInputSize");
    }
    assertThat(PARSER.parse(new ByteArrayInputStream(atLimit)).article().title()).startsWith("xxx");
    assertThat(PARSER.parse(Files.write(dir.resolve("at.txt"), atLimit)).article().title()).startsWith("xxx");
  }

  @Test
  void theLimitCountsBytesForBytesAndCharactersForText() {
    ArticleParser small = ArticleParser.builder().maxInputSize(10).build();
    String text = "é".repeat(6); // 6 characters, 12 bytes

    assertThat(small.parseArticle(text).title()).isEqualTo(text);
    assertThat(catchThrowableOfType(ArticleException.class,
        () -> small.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))).code())
        .isEqualTo(ErrorCode.INPUT_TOO_LARGE);
  }

  // ---- refused characters at the very end of large input ---------------------------------------

  @Test
  void aLoneSurrogateAtTheEndOfLargeInputIsFound() {
    String text = "Title\n\n" + "text ".repeat(1_000_000) + "\uD83D";

    ArticleException e = catchThrowableOfType(ArticleException.class, () -> PARSER.parse(text));

    assertThat(e.code()).isEqualTo(ErrorCode.NOT_TEXT);
    assertThat(e.line()).hasValue(3);
    assertThat(e.column()).hasValue(5_000_001);
  }

  @Test
  void aHighSurrogateBeforeALineBreakIsLone() {
    ArticleException e = catchThrowableOfType(ArticleException.class, () -> PARSER.parse("Title \uD83D\n\uDE00 text"));

    assertThat(e.code()).isEqualTo(ErrorCode.NOT_TEXT);
    assertThat(e.line()).hasValue(1);
    assertThat(e.column()).hasValue(7);
  }

  @Test
  void aNulByteDeepInLargeByteInputIsFound() {
    byte[] input = concat(("Title\n\n" + "text\r\n".repeat(500_000)).getBytes(StandardCharsets.UTF_8), new byte[] {0});

    ArticleException e = catchThrowableOfType(ArticleException.class, () -> PARSER.parse(new ByteArrayInputStream(input)));

    assertThat(e.code()).isEqualTo(ErrorCode.NOT_TEXT);
    assertThat(e.line()).hasValue(500_003);
  }

  // ---- helpers ---------------------------------------------------------------------------------

  /** {@code size} bytes of lines of {@code x}. */
  private static byte[] filler(int size) {
    byte[] bytes = new byte[size];
    Arrays.fill(bytes, (byte) 'x');
    for (int i = 999; i < size; i += 1000) {
      bytes[i] = '\n';
    }
    return bytes;
  }

  /** A stream that never ends. */
  private static InputStream endless() {
    return new InputStream() {
      @Override
      public int read() {
        return 'x';
      }

      @Override
      public int read(byte[] buffer, int offset, int length) {
        Arrays.fill(buffer, offset, offset + length, (byte) 'x');
        return length;
      }
    };
  }

  private static byte[] concat(byte[]... parts) {
    int length = 0;
    for (byte[] part : parts) {
      length += part.length;
    }
    byte[] all = new byte[length];
    int at = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, all, at, part.length);
      at += part.length;
    }
    return all;
  }
}

package io.github.articlekit.parser;

import static io.github.articlekit.testing.Props.chance;
import static io.github.articlekit.testing.Props.oneOf;

import io.github.articlekit.core.ArticleException;
import io.github.articlekit.core.ErrorCode;
import io.github.articlekit.testing.Checks;
import io.github.articlekit.testing.Props;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * For any input, the parser returns a result or throws its one refusal exception for a reason the
 * input gives, and nothing else, ever; a result keeps every guarantee in {@link Contracts} (spans hold
 * their elements, nothing lost, diagnostics in the input); strict parsing refuses exactly what has a
 * warning; every entry point reads the same text the same way; the size limit is exact.
 */
@Timeout(120)
class ArbitraryInputPropertyTest {
  private static final ArticleParser PARSER = ArticleParser.create();
  private static final ArticleParser STRICT = ArticleParser.builder().strict(true).build();
  private static final long LIMIT = ArticleParser.DEFAULT_MAX_INPUT_SIZE;

  @Test
  void anyStringIsParsedOrRefusedAndNothingElse() {
    Props.forAll(3000, InputGen::anyString, InputGen::shrink, Props::literal, text -> {
      ParseResult result = Contracts.parseChecked(PARSER, text, LIMIT);
      checkStrict(text, result);
    });
  }

  @Test
  void linesOfTheLayoutKeepEveryGuarantee() {
    Props.forAll(1500, InputGen::layoutSoup, InputGen::shrink, Props::literal, text -> {
      ParseResult result = Contracts.parseChecked(PARSER, text, LIMIT);
      checkStrict(text, result);
    });
  }

  @Test
  void everyEntryPointReadsTheSameTextTheSameWay(@TempDir Path dir) {
    int[] files = {0};
    Props.forAll(400, InputGen::layoutSoup, InputGen::shrink, Props::literal, text -> {
      String expected = outcome(() -> PARSER.parse(text));
      check(outcome(() -> PARSER.parse(new StringReader(text))), expected, "Reader");
      check(outcome(() -> PARSER.parse(new ChunkedReader(text, 7))), expected, "Reader in chunks");
      if (!hasLoneSurrogate(text)) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        check(outcome(() -> PARSER.parse(new ByteArrayInputStream(utf8))), expected, "UTF-8 bytes");
        check(outcome(() -> PARSER.parse(new ChunkedStream(utf8, 5))), expected, "UTF-8 bytes in chunks");
        byte[] utf16 = text.getBytes(StandardCharsets.UTF_16LE);
        check(outcome(() -> PARSER.parse(new ByteArrayInputStream(utf16), StandardCharsets.UTF_16LE)), expected, "UTF-16");
        if (files[0]++ % 8 == 0) {
          Path file = dir.resolve("input-" + files[0] + ".txt");
          write(file, utf8);
          check(outcome(() -> PARSER.parse(file)), expected, "Path");
        }
      }
    });
  }

  /** Input longer than the limit is refused, input at the limit is not: characters for text, bytes for bytes. */
  @Test
  void theSizeLimitIsExactForEveryEntryPoint() {
    Props.forAll(400, ArbitraryInputPropertyTest::sizedCase, Props.Shrinker.none(), c -> c.toString(), c -> {
      ArticleParser parser = ArticleParser.builder().maxInputSize(c.limit).build();
      String text = c.text;
      check(isTooLarge(() -> parser.parse(text)), text.length() > c.limit, "String of " + text.length() + " chars");
      check(isTooLarge(() -> parser.parse(new ChunkedReader(text, c.chunk))), text.length() > c.limit,
          "Reader of " + text.length() + " chars");
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      check(isTooLarge(() -> parser.parse(new ChunkedStream(bytes, c.chunk))), bytes.length > c.limit,
          "stream of " + bytes.length + " bytes");
      if (bytes.length <= c.limit) {
        check(outcome(() -> parser.parse(new ByteArrayInputStream(bytes))), outcome(() -> PARSER.parse(text)), "bytes at the limit");
      }
    });
  }

  private static final class SizedCase {
    final int limit;
    final String text;
    final int chunk;

    SizedCase(int limit, String text, int chunk) {
      this.limit = limit;
      this.text = text;
      this.chunk = chunk;
    }

    @Override
    public String toString() {
      return "limit " + limit + ", " + text.length() + " chars, " + text.getBytes(StandardCharsets.UTF_8).length
          + " bytes, chunks of " + chunk + ": " + Contracts.abbreviate(Props.literal(text));
    }
  }

  private static SizedCase sizedCase(SplittableRandom random) {
    int limit = chance(random, 0.5)
        ? oneOf(random, 1, 2, 3, 8191, 8192, 8193, 16383, 16384, 16385, 24576)
        : 1 + random.nextInt(20_000);
    int length = Math.max(0, chance(random, 0.7) ? limit - 2 + random.nextInt(5) : random.nextInt(2 * limit + 2));
    StringBuilder text = new StringBuilder(length);
    boolean ascii = chance(random, 0.5);
    while (text.length() < length) {
      text.append(ascii ? oneOf(random, "Title\n\n", "word ", "Text.\n", "\n") : TextGen.word(random) + " ");
    }
    text.setLength(length);
    if (length > 0 && Character.isHighSurrogate(text.charAt(length - 1))) {
      text.setCharAt(length - 1, 'x');
    }
    int chunk = oneOf(random, 1, 3, 1000, 8192, 100_000);
    return new SizedCase(limit, text.toString(), chunk);
  }

  // ---- helpers ---------------------------------------------------------------------------------

  /** Strict parsing refuses exactly the texts with a warning, at the first warning's line, with the lenient result. */
  private static void checkStrict(String text, ParseResult lenient) {
    String strict = outcome(() -> STRICT.parse(text));
    if (lenient == null) {
      Checks.check(strict.startsWith("refused"), () -> "strict accepted what lenient refused");
      return;
    }
    Diagnostic first = lenient.diagnostics().stream()
        .filter(d -> d.severity() == Diagnostic.Severity.WARNING).findFirst().orElse(null);
    if (first == null) {
      check(strict, Contracts.fingerprint(lenient), "strict parsing without warnings");
    } else {
      check(strict, "refused STRICT_WARNINGS at line " + first.line() + " with " + Contracts.fingerprint(lenient),
          "strict parsing");
    }
  }

  /** What a parse gives: the result's fingerprint, or the refusal's code and line. */
  private static String outcome(Supplier<ParseResult> parse) {
    try {
      return Contracts.fingerprint(parse.get());
    } catch (ArticleException e) {
      return "refused " + e.code() + (e.line().isPresent() ? " at line " + e.line().getAsInt() : "")
          + (e instanceof StrictParseException strict ? " with " + Contracts.fingerprint(strict.result()) : "");
    }
  }

  private static boolean isTooLarge(Supplier<ParseResult> parse) {
    try {
      parse.get();
      return false;
    } catch (ArticleException e) {
      return e.code().equals(ErrorCode.INPUT_TOO_LARGE);
    }
  }

  private static boolean hasLoneSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  private static <T> void check(T actual, T expected, String what) {
    Checks.check(actual.equals(expected), () -> what + ": got " + Contracts.abbreviate(String.valueOf(actual))
        + ", expected " + Contracts.abbreviate(String.valueOf(expected)));
  }

  private static void write(Path file, byte[] bytes) {
    try {
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A reader that hands out at most {@code chunk} characters a call, as a slow source would. */
  static final class ChunkedReader extends Reader {
    private final String text;
    private final int chunk;
    private int at;

    ChunkedReader(String text, int chunk) {
      this.text = text;
      this.chunk = chunk;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
      if (at == text.length()) {
        return -1;
      }
      int n = Math.min(Math.min(length, chunk), text.length() - at);
      text.getChars(at, at + n, buffer, offset);
      at += n;
      return n;
    }

    @Override
    public void close() {}
  }

  /** A stream that hands out at most {@code chunk} bytes a call. */
  static final class ChunkedStream extends InputStream {
    private final byte[] bytes;
    private final int chunk;
    private int at;

    ChunkedStream(byte[] bytes, int chunk) {
      this.bytes = bytes;
      this.chunk = chunk;
    }

    @Override
    public int read() {
      return at < bytes.length ? bytes[at++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (length == 0) {
        return 0;
      }
      if (at == bytes.length) {
        return -1;
      }
      int n = Math.min(Math.min(length, chunk), bytes.length - at);
      System.arraycopy(bytes, at, buffer, offset, n);
      at += n;
      return n;
    }
  }
}

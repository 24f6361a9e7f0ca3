package io.github.articlekit.parser.internal;

import io.github.articlekit.core.ArticleException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Reads input within the size limit and decodes bytes without ever replacing a character. */
public final class InputReader {
  private InputReader() {}

  /** The refusal for input over the limit. */
  public static ArticleException tooLarge(long size, long limit, String unit) {
    return new ArticleException(ArticleException.INPUT_TOO_LARGE,
        "Input is larger than the limit of " + limit + " " + unit + (size > limit ? " (" + size + ")" : "")
            + "; raise it with ArticleParser.Builder.maxInputSize");
  }

  /** Reads every byte of {@code in}, refusing more than {@code limit}. */
  public static byte[] readAllBytes(InputStream in, long limit) {
    try {
      byte[] buffer = new byte[8192];
      int length = 0;
      while (true) {
        if (length == buffer.length) {
          if (length > limit) {
            throw tooLarge(length, limit, "bytes");
          }
          buffer = Arrays.copyOf(buffer, (int) Math.min((long) buffer.length * 2, limit + 1));
        }
        int read = in.read(buffer, length, buffer.length - length);
        if (read < 0) {
          break;
        }
        length += read;
        if (length > limit) {
          throw tooLarge(length, limit, "bytes");
        }
      }
      return length == buffer.length ? buffer : Arrays.copyOf(buffer, length);
    } catch (IOException e) {
      throw new ArticleException(ArticleException.UNREADABLE_INPUT, "Cannot read input: " + e.getMessage(),
          0, 0, -1, e);
    }
  }

  /** Reads every character of {@code reader}, refusing more than {@code limit}. */
  public static String readAll(Reader reader, long limit) {
    try {
      StringBuilder text = new StringBuilder();
      char[] buffer = new char[8192];
      int read;
      while ((read = reader.read(buffer)) >= 0) {
        text.append(buffer, 0, read);
        if (text.length() > limit) {
          throw tooLarge(text.length(), limit, "characters");
        }
      }
      return text.toString();
    } catch (IOException e) {
      throw new ArticleException(ArticleException.UNREADABLE_INPUT, "Cannot read input: " + e.getMessage(),
          0, 0, -1, e);
    }
  }

  /**
   * Decodes {@code bytes}, refusing malformed or unmappable input with its byte offset, line and column.
   */
  public static String decode(byte[] bytes, Charset charset) {
    if (charset.equals(StandardCharsets.UTF_8)) {
      // The JDK's own decoding is the fastest and makes compact strings, but replaces malformed input
      // with U+FFFD: without one in the result the input was well-formed; with one, decode strictly.
      String text = new String(bytes, StandardCharsets.UTF_8);
      if (text.indexOf('\uFFFD') < 0) {
        return text;
      }
    }
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
        (long) (bytes.length * (double) decoder.maxCharsPerByte()) + 16));
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int offset = in.position();
      int line = 1;
      int column = 1;
      for (int i = 0; i < out.position(); i++) {
        char c = out.get(i);
        if (c == '\n' || (c == '\r' && (i + 1 >= out.position() || out.get(i + 1) != '\n'))) {
          line++;
          column = 1;
        } else {
          column++;
        }
      }
      String what = result.isMalformed() ? "malformed" : "unmappable";
      throw new ArticleException(ArticleException.MALFORMED_INPUT,
          "Input is not valid " + charset.name() + ": " + what + " byte sequence at byte offset " + offset
              + " (line " + line + ", column " + column + "); give the right charset or fix the file",
          line, column, offset, null);
    }
    out.flip();
    return out.toString();
  }

}

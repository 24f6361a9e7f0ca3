package io.github.articlekit.parser.internal;

import io.github.articlekit.core.ArticleException;
import io.github.articlekit.core.ErrorCode;
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
    return ArticleException.of(ErrorCode.INPUT_TOO_LARGE,
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
      throw ArticleException.of(ErrorCode.UNREADABLE_INPUT, "Cannot read input: " + e.getMessage()).withCause(e);
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
      throw ArticleException.of(ErrorCode.UNREADABLE_INPUT, "Cannot read input: " + e.getMessage()).withCause(e);
    }
  }

  /** How to set the charset, named in every decoding refusal. */
  private static final String SET_THE_CHARSET =
      "set the charset with ArticleParser.Builder.charset (--charset in the articlekit tool)";

  /**
   * Decodes {@code bytes}, refusing what is not text in {@code charset} with its byte offset, line and
   * column: bytes that start with the byte order mark of another encoding (UTF-16, UTF-32) unless the
   * charset is that encoding, control bytes where a malformed sequence shows the input is binary, and
   * malformed or unmappable sequences.
   */
  public static String decode(byte[] bytes, Charset charset) {
    refuseForeignByteOrderMark(bytes, charset);
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
      if (asciiCompatible(charset)) {
        // A binary file (an executable, an image) is malformed in any charset: its control bytes, mostly
        // NUL, say what it is better than "not valid UTF-8" does.
        int control = firstControlByte(bytes, offset);
        if (control >= 0) {
          throw notText(bytes, control);
        }
      }
      CharBuffer decoded = out.flip(); // the characters before the bad bytes; charAt counts from their start
      int[] place = lineAndColumn(decoded, decoded.limit());
      String what = result.isMalformed() ? "malformed" : "unmappable";
      throw ArticleException.at(ErrorCode.MALFORMED_INPUT,
          "Input is not valid " + charset.name() + ": " + what + " byte sequence at byte offset " + offset
              + " (line " + place[0] + ", column " + place[1] + "); if the file is in another encoding, "
              + SET_THE_CHARSET,
          place[0], place[1], offset);
    }
    out.flip();
    return out.toString();
  }

  /**
   * The refusal of text decoded from bytes that {@link TextCheck} found not to be text, with the byte
   * offset of the offending character added: the check sees characters only.
   */
  public static ArticleException withByteOffset(ArticleException refusal, String text, Charset charset) {
    if (refusal.code() != ErrorCode.NOT_TEXT || refusal.byteOffset().isPresent() || refusal.line().isEmpty()) {
      return refusal;
    }
    int line = refusal.line().getAsInt();
    int column = refusal.column().orElse(1);
    int charOffset = offsetOf(text, line, column);
    long byteOffset = text.substring(0, charOffset).getBytes(charset).length;
    String message = String.valueOf(refusal.getMessage());
    int cut = message.indexOf(" (character offset ");
    return ArticleException.at(ErrorCode.NOT_TEXT,
        (cut < 0 ? message : message.substring(0, cut)) + " (byte offset " + byteOffset + ")",
        line, column, byteOffset).withCause(refusal);
  }

  /** UTF-32 marks first: the little-endian one starts with the UTF-16 little-endian mark. */
  private static void refuseForeignByteOrderMark(byte[] bytes, Charset charset) {
    String encoding = null;
    if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
      encoding = "UTF-32 (big-endian)";
    } else if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
      encoding = "UTF-32 (little-endian)";
    } else if (startsWith(bytes, 0xFE, 0xFF)) {
      encoding = "UTF-16 (big-endian)";
    } else if (startsWith(bytes, 0xFF, 0xFE)) {
      encoding = "UTF-16 (little-endian)";
    }
    if (encoding == null) {
      return;
    }
    String family = encoding.substring(0, 6);
    if (charset.name().toUpperCase(java.util.Locale.ROOT).startsWith(family)) {
      return; // the charset asked for is that encoding: its decoder reads the mark
    }
    throw ArticleException.at(ErrorCode.MALFORMED_INPUT,
        "Input starts with the byte order mark of " + encoding + ", not " + charset.name() + " text; to read "
            + "it, " + SET_THE_CHARSET + ": " + family, 1, 1, 0);
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** Whether the charset encodes ASCII as ASCII, so that a byte below 0x20 is a control character. */
  private static boolean asciiCompatible(Charset charset) {
    String name = charset.name().toUpperCase(java.util.Locale.ROOT);
    return charset.contains(StandardCharsets.US_ASCII) && !name.startsWith("UTF-16") && !name.startsWith("UTF-32");
  }

  /** The offset of the first control byte before {@code end} that the text check refuses (DEL too), or -1. */
  private static int firstControlByte(byte[] bytes, int end) {
    for (int i = 0; i < end; i++) {
      int b = bytes[i];
      if ((b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != 0x0B && b != '\f') || b == 0x7F) {
        return i;
      }
    }
    return -1;
  }

  private static ArticleException notText(byte[] bytes, int offset) {
    CharBuffer before = StandardCharsets.ISO_8859_1.decode(ByteBuffer.wrap(bytes, 0, offset));
    int[] place = lineAndColumn(before, before.limit());
    return ArticleException.at(ErrorCode.NOT_TEXT,
        String.format(java.util.Locale.ROOT, "Input is not text: control byte 0x%02X at byte offset %d "
            + "(line %d, column %d); is it a binary file?", bytes[offset], offset, place[0], place[1]),
        place[0], place[1], offset);
  }

  /** The 1-based line and column after the first {@code length} characters: CR, LF and CRLF end lines. */
  static int[] lineAndColumn(CharSequence text, int length) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= length || text.charAt(i + 1) != '\n'))) {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new int[] {line, column};
  }

  /** The character offset of a 1-based line and column, lines ended as {@link #lineAndColumn} ends them. */
  private static int offsetOf(String text, int line, int column) {
    int current = 1;
    int i = 0;
    while (current < line && i < text.length()) {
      char c = text.charAt(i++);
      if (c == '\n' || (c == '\r' && (i >= text.length() || text.charAt(i) != '\n'))) {
        current++;
      }
    }
    return Math.min(text.length(), i + column - 1);
  }
}

package io.github.articlekit.testing;

import java.nio.charset.StandardCharsets;

/**
 * How the fuzz targets of core ({@code JsonFuzzTest}) and parser ({@code ParserFuzzTest}) read the
 * fuzzer's bytes as text, so that their committed inputs stay plain text files.
 */
public final class FuzzInput {
  private FuzzInput() {}

  /**
   * The bytes as UTF-8 (malformed sequences read as U+FFFD), except that {@code 0xFF hi lo} stands for
   * the UTF-16 unit {@code hi lo}: the fuzzer still reaches lone surrogates and any control character.
   * A {@code 0xFF} with fewer than two bytes after it is dropped with them.
   */
  public static String decode(byte[] data) {
    StringBuilder out = new StringBuilder(data.length);
    int segment = 0;
    int i = 0;
    while (i < data.length) {
      if (data[i] != (byte) 0xFF) {
        i++;
        continue;
      }
      out.append(new String(data, segment, i - segment, StandardCharsets.UTF_8));
      if (i + 2 < data.length) {
        out.append((char) (((data[i + 1] & 0xFF) << 8) | (data[i + 2] & 0xFF)));
      }
      i += 3;
      segment = Math.min(i, data.length);
    }
    out.append(new String(data, segment, data.length - segment, StandardCharsets.UTF_8));
    return out.toString();
  }
}

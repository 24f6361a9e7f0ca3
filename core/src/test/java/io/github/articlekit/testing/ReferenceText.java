package io.github.articlekit.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The reference article's text, the one copy in test resources of the shipped sample
 * {@code examples/samples/000_e5549e3a27514e14.txt} (byte for byte: core's {@code ReferenceArticleTest}
 * checks its SHA-256). It is the resource {@code io/github/articlekit/testing/reference.txt} of core's
 * test jar; core's tests build the article by hand from it and the parser's read it as their
 * {@code reference} fixture.
 */
public final class ReferenceText {
  /** The name of the shipped sample that this text is a copy of. */
  public static final String SAMPLE_NAME = "000_e5549e3a27514e14.txt";

  private static final String RESOURCE = "reference.txt";

  private ReferenceText() {}

  /** @return the reference text, byte for byte */
  public static byte[] bytes() {
    try (InputStream in = ReferenceText.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("no resource " + RESOURCE + " next to " + ReferenceText.class.getName());
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return the reference text, decoded as UTF-8 */
  public static String text() {
    return new String(bytes(), StandardCharsets.UTF_8);
  }
}

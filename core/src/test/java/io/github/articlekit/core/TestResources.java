package io.github.articlekit.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Reads the test resources (copied to {@code target/test-classes}); never anything outside the module. */
final class TestResources {
  private TestResources() {}

  /** The bytes of a resource, e.g. {@code "reference/reference.json"}. */
  static byte[] bytes(String name) {
    try (InputStream in = TestResources.class.getResourceAsStream("/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A resource decoded as UTF-8. */
  static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  /** The files of a resource directory, e.g. {@code "json/valid"}, sorted by name. */
  static List<Path> files(String directory) {
    URL url = TestResources.class.getResource("/" + directory);
    if (url == null) {
      throw new IllegalArgumentException("no test resource directory " + directory);
    }
    try (Stream<Path> listing = Files.list(Path.of(url.toURI()))) {
      return listing.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A file decoded as UTF-8. */
  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

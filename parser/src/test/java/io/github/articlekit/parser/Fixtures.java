package io.github.articlekit.parser;

import io.github.articlekit.testing.ReferenceText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The fixtures under {@code src/test/resources/fixtures}: {@code NAME.txt} with {@code NAME.json} and
 * {@code NAME.diagnostics}. The {@value #REFERENCE} fixture's text is the shared reference article
 * ({@link ReferenceText}, from core's test jar); only its JSON and diagnostics are here.
 */
final class Fixtures {
  private Fixtures() {}

  /** The fixture whose text is {@link ReferenceText#text()}. */
  static final String REFERENCE = "reference";

  /** The ways each fixture is rerun: as written, with every line end as CRLF or CR, and behind a BOM. */
  enum Variant {
    AS_WRITTEN(text -> text),
    CRLF(text -> text.replaceAll("\r\n|\r|\n", "\r\n")),
    CR(text -> text.replaceAll("\r\n|\r|\n", "\r")),
    BOM(text -> "\uFEFF" + text);

    private final UnaryOperator<String> transform;

    Variant(UnaryOperator<String> transform) {
      this.transform = transform;
    }

    String apply(String text) {
      return transform.apply(text);
    }
  }

  static Path directory() {
    try {
      return Path.of(Objects.requireNonNull(Fixtures.class.getResource("/fixtures"), "fixtures on the class path").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<String> names() {
    try (Stream<Path> files = Files.list(directory())) {
      List<String> names = Stream.concat(Stream.of(REFERENCE), files.map(path -> path.getFileName().toString())
              .filter(name -> name.endsWith(".txt"))
              .map(name -> name.substring(0, name.length() - 4)))
          .distinct()
          .sorted()
          .collect(Collectors.toList());
      if (names.size() == 1) {
        throw new IllegalStateException("no fixture texts found in " + directory());
      }
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(String fileName) {
    try {
      return Files.readString(directory().resolve(fileName), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String name) {
    return REFERENCE.equals(name) ? ReferenceText.text() : read(name + ".txt");
  }

  static String expectedJson(String name) {
    return read(name + ".json");
  }

  static List<String> expectedDiagnostics(String name) {
    return read(name + ".diagnostics").lines().filter(line -> !line.isBlank()).collect(Collectors.toList());
  }
}

package io.github.articlekit.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.articlekit.parser.Fixtures.Variant;
import io.github.articlekit.parser.links.CrossLinkResolver;
import io.github.articlekit.parser.links.ResolvedLink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every cross-link fixture: a folder of articles under {@code src/test/resources/link-fixtures}, one
 * folder per matching rule or status, whose links resolve to the rows of its {@code expected.jsonl}, with
 * the line ends as written and as CRLF.
 */
class CrossLinkFixtureTest {
  private static final ArticleParser PARSER = ArticleParser.create();

  static Stream<Arguments> cases() throws IOException {
    List<Arguments> arguments = new ArrayList<>();
    try (Stream<Path> folders = Files.list(directory())) {
      for (Path folder : folders.filter(Files::isDirectory).sorted().collect(Collectors.toList())) {
        for (Variant variant : List.of(Variant.AS_WRITTEN, Variant.CRLF)) {
          arguments.add(Arguments.of(folder.getFileName().toString(), variant));
        }
      }
    }
    assertThat(arguments).hasSizeGreaterThanOrEqualTo(2 * 10);
    return arguments.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void linksResolveToTheExpectedRows(String name, Variant variant) throws IOException {
    Path folder = directory().resolve(name);
    CrossLinkResolver resolver = CrossLinkResolver.create();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).collect(Collectors.toList())) {
        String text = variant.apply(Files.readString(file, StandardCharsets.UTF_8));
        resolver.add(file.getFileName().toString(), PARSER.parseArticle(text));
      }
    }

    List<String> rows = resolver.resolve().links().stream().map(ResolvedLink::toJson).collect(Collectors.toList());

    List<String> expected = Files.readAllLines(folder.resolve("expected.jsonl"), StandardCharsets.UTF_8);
    assertThat(rows).isNotEmpty().containsExactlyElementsOf(expected);
  }

  private static Path directory() {
    try {
      return Path.of(Objects.requireNonNull(CrossLinkFixtureTest.class.getResource("/link-fixtures"),
          "link fixtures on the class path").toURI());
    } catch (URISyntaxException e) {
      throw new UncheckedIOException(new IOException(e));
    }
  }
}

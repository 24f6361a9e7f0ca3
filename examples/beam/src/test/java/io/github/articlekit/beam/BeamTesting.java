package io.github.articlekit.beam;

import io.github.articlekit.core.ArticleException;
import io.github.articlekit.core.ArticleJson;
import io.github.articlekit.parser.ArticleParser;
import io.github.articlekit.parser.Diagnostic;
import io.github.articlekit.parser.ParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.testing.TestPipeline;

/** What the pipeline tests share: pipelines, and what the library itself makes of a file. */
final class BeamTesting {
  private BeamTesting() {}

  /**
   * A {@link TestPipeline} on the Direct runner for a JUnit Jupiter test. TestPipeline is a JUnit 4
   * rule; outside a rule it needs its enforcement set, which is what the rule would do: fail a test
   * that builds transforms and never runs them.
   */
  static TestPipeline pipeline() {
    return TestPipeline.create().enableAbandonedNodeEnforcement(true);
  }

  /** The CLI's row for a file, made here from the library alone (not from {@link JsonLines}). */
  static String expectedRow(ArticleParser parser, Path file, String source) throws IOException {
    try {
      ParseResult result = parser.parse(Files.newInputStream(file));
      return "{\"source\":\"" + source + "\",\"article\":" + ArticleJson.toJson(result.article()) + "}";
    } catch (ArticleException e) {
      return "{\"source\":\"" + source + "\",\"error\":{\"code\":\"" + e.code() + "\",\"message\":\""
          + e.getMessage().replace("\\", "\\\\").replace("\"", "\\\"") + "\"}}";
    }
  }

  /** The counters the pipeline should report for these files, from the library alone. */
  static Map<String, Long> expectedCounters(ArticleParser parser, Iterable<Path> files) throws IOException {
    Map<String, Long> counters = new TreeMap<>();
    for (String name : new String[] {"articles", "sections", "crossLinks", "refusals", "warnings",
        "articlesWithWarnings"}) {
      counters.put(name, 0L);
    }
    for (Path file : files) {
      try {
        ParseResult result = parser.parse(Files.newInputStream(file));
        long warnings = result.diagnostics().stream()
            .filter(d -> d.severity() == Diagnostic.Severity.WARNING).count();
        counters.merge("articles", 1L, Long::sum);
        counters.merge("sections", (long) result.article().sections().size(), Long::sum);
        counters.merge("crossLinks", (long) result.article().crossLinks().size(), Long::sum);
        counters.merge("warnings", warnings, Long::sum);
        counters.merge("articlesWithWarnings", warnings > 0 ? 1L : 0L, Long::sum);
      } catch (ArticleException e) {
        counters.merge("refusals", 1L, Long::sum);
      }
    }
    return counters;
  }
}

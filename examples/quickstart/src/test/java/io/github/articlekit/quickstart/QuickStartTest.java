package io.github.articlekit.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's quick start is this module's {@code QuickStart} class, word for word, and every value its
 * comments show is what it prints on the shipped samples.
 */
class QuickStartTest {
  private static final Path SOURCE = Path.of("src/main/java/QuickStart.java");
  private static final Path README = Path.of("../../README.md");
  /** The README's quick start is the Java block right after this marker. */
  private static final String MARKER = "<!-- quickstart: examples/quickstart/src/main/java/QuickStart.java -->";

  @Test
  void theReadmeQuotesTheClassAsItIs() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int marker = readme.indexOf(MARKER);
    assertThat(marker).as("the README has the quick start marker").isNotNegative();
    int start = readme.indexOf("```java\n", marker) + "```java\n".length();
    int end = readme.indexOf("```\n", start);

    assertThat(readme.substring(start, end)).isEqualTo(Files.readString(SOURCE, StandardCharsets.UTF_8));
  }

  @Test
  void everyValueInAnOutputCommentIsWhatTheCodePrints() throws Exception {
    List<String> shown = shownOutput(Files.readAllLines(SOURCE, StandardCharsets.UTF_8));

    List<String> printed = run("../samples");

    assertThat(shown).hasSizeGreaterThanOrEqualTo(9);
    assertThat(printed).isEqualTo(shown);
  }

  /** The comment lines that follow a statement which prints: what the README says it prints. */
  private static List<String> shownOutput(List<String> lines) {
    List<String> shown = new ArrayList<>();
    boolean afterPrint = false;
    for (String line : lines) {
      String trimmed = line.strip();
      if (afterPrint && trimmed.startsWith("// ")) {
        shown.add(trimmed.substring(3));
      } else {
        afterPrint = trimmed.contains("System.out.println");
      }
    }
    return shown;
  }

  private static List<String> run(String samples) throws Exception {
    Method main = Class.forName("QuickStart").getMethod("main", String[].class);
    PrintStream out = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      main.invoke(null, (Object) new String[] {samples});
    } finally {
      System.setOut(out);
    }
    return captured.toString(StandardCharsets.UTF_8).lines().toList();
  }
}

package io.github.articlekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Usage errors exit 2; --help and --version work on every command. */
class UsageTest {

  @ParameterizedTest
  @ValueSource(strings = {"", "parse", "check"})
  void helpOnEveryCommand(String command) {
    Cli.Result result = command.isEmpty() ? Cli.run("--help") : Cli.run(command, "--help");

    assertThat(result.exit()).isZero();
    assertThat(result.out()).startsWith("Usage: articlekit" + (command.isEmpty() ? "" : " " + command))
        .contains("--version").contains("Exit status:").containsPattern("\\n\\s+0\\s+every input parsed\\n");
    assertThat(result.err()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "parse", "check"})
  void versionOnEveryCommand(String command) {
    Cli.Result result = command.isEmpty() ? Cli.run("--version") : Cli.run(command, "-V");

    assertThat(result.exit()).isZero();
    assertThat(result.out()).startsWith("articlekit " + VersionProvider.version() + "\n");
    assertThat(VersionProvider.version()).matches("\\d+\\.\\d+\\.\\d+.*");
  }

  @Test
  void helpSubcommand() {
    Cli.Result result = Cli.run("help", "parse");

    assertThat(result.exit()).isZero();
    assertThat(result.out()).startsWith("Usage: articlekit parse").contains("--format");
  }

  @Test
  void parseHelpListsEveryOption() {
    assertThat(Cli.run("parse", "--help").out()).contains("--format", "--out", "--strict", "--charset", "--jobs",
        "--lang", "--marker", "--boilerplate", "--max-headings", "--max-blocks");
    assertThat(Cli.run("check", "--help").out()).contains("--strict", "--jobs", "--max-headings", "--max-blocks")
        .doesNotContain("--format");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "",
      "parse",
      "check",
      "frobnicate x.txt",
      "parse --bogus x.txt",
      "parse --format yaml x.txt",
      "parse --jobs 0 x.txt",
      "parse --jobs many x.txt",
      "parse --max-headings 0 x.txt",
      "check --max-blocks -1 x.txt",
      "parse --max-blocks lots x.txt",
      "parse --lang xx x.txt",
      "parse --charset NO-SUCH-CHARSET x.txt",
      "parse --marker   x.txt",
      "check --format json x.txt"})
  void usageErrorsExit2WithAShortMessage(String line) {
    String[] args = line.isEmpty() ? new String[0] : line.split(" ");
    if (line.startsWith("parse --marker")) {
      args = new String[] {"parse", "--marker", " ", "x.txt"};
    }

    Cli.Result result = Cli.run(args);

    assertThat(result.exit()).as("%s", result).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).startsWith("articlekit: error: ").contains("--help' for more information.")
        .doesNotContain("\tat ");
  }

  @Test
  void usageErrorsNameTheProblem() {
    assertThat(Cli.run("parse").err()).contains("Missing required parameter: 'INPUT'");
    assertThat(Cli.run("parse", "--lang", "xx", "a.txt").err()).contains("Unknown language pack \"xx\"");
    assertThat(Cli.run("parse", "--format", "yaml", "a.txt").err())
        .contains("Invalid value for option '--format'", "but was 'yaml'");
    assertThat(Cli.run("parse", "--jobs", "0", "a.txt").err()).contains("--jobs must be at least 1, was 0");
    assertThat(Cli.run("parse", "--max-headings", "0", "a.txt").err())
        .contains("--max-headings must be at least 1, was 0");
    assertThat(Cli.run("check", "--max-blocks", "-1", "a.txt").err()).contains("--max-blocks must be at least 1, was -1");
  }
}

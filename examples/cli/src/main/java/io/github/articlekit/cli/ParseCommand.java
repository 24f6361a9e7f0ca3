package io.github.articlekit.cli;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code articlekit parse}: articles to JSON, JSON Lines, Markdown, text or an outline. */
@Command(
    name = "parse",
    description = {
        "Parses articles and writes them as JSON, JSON Lines, Markdown, text or an outline.",
        "Diagnostics go to standard error as PATH:LINE:COL: warning: MESSAGE [CODE]; a refused input is "
            + "reported as 'articlekit: PATH: error: MESSAGE [CODE]' and the other inputs go on, also when an "
            + "input does not fit in memory [OUT_OF_MEMORY]."},
    footer = {"", "Examples:",
        "  articlekit parse article.txt --format outline",
        "  articlekit parse articles/ --out articles.jsonl --jobs 4",
        "  cat article.txt | articlekit parse - --format markdown"})
final class ParseCommand extends BatchCommand {

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
      description = "${COMPLETION-CANDIDATES}. Default: json for one file or standard input, jsonl (one "
          + "line per input, in sorted order) for several inputs or a folder. json over several inputs "
          + "writes one JSON array of the jsonl rows.")
  @Nullable Format format;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE",
      description = "Write the output to FILE (UTF-8) instead of standard output.")
  @Nullable Path out;

  @Override
  public Integer call() {
    return run(true, format, out);
  }
}

package io.github.articlekit.cli;

import picocli.CommandLine.Command;

/** {@code articlekit check}: diagnostics only, for editors and CI. */
@Command(
    name = "check",
    description = "Parses articles and reports their diagnostics only, for editors and CI: nothing is "
        + "written to standard output; diagnostics go to standard error as "
        + "PATH:LINE:COL: warning: MESSAGE [CODE]; a refused input (one that does not fit in memory "
        + "included) is reported as 'articlekit: PATH: error: MESSAGE [CODE]' and the other inputs go on.",
    footer = {"", "Examples:",
        "  articlekit check article.txt",
        "  articlekit check --strict articles/"})
final class CheckCommand extends BatchCommand {

  @Override
  public Integer call() {
    return run(false, null, null);
  }
}

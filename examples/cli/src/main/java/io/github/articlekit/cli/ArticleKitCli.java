package io.github.articlekit.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code articlekit} command: {@code parse} and {@code check} subcommands over files, folders and
 * standard input.
 *
 * <pre>{@code
 * java -jar articlekit.jar parse article.txt --format outline
 * java -jar articlekit.jar parse articles/ --out articles.jsonl --jobs 4
 * java -jar articlekit.jar check --strict articles/
 * }</pre>
 *
 * <p>Exit status: 0 when every input parsed; 1 when some input was refused (or had warnings under
 * {@code --strict}, or did not fit in memory); 2 on a usage error; 3 when the tool itself failed. Whatever
 * happens, the user sees one line per problem, never a stack trace.
 */
@Command(
    name = "articlekit",
    // Inherited by every subcommand: --help, --version and the exit codes are declared once.
    scope = ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Parses plain-text news articles (a title, the list of section headings, then the body) "
        + "into JSON, JSON Lines, Markdown, text, an outline, schema.org JSON-LD or HTML, and reports what did "
        + "not follow the layout; over a corpus, resolves cross-links to the articles they name (links) and "
        + "finds the sources articles cite (sources).",
    subcommands = {ParseCommand.class, CheckCommand.class, LinksCommand.class, SourcesCommand.class,
        CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
        "0:every input parsed",
        "1:some input was refused (or had warnings under --strict, or did not fit in memory)",
        "2:usage error",
        "3:the tool itself failed"})
public final class ArticleKitCli implements Callable<Integer> {

  /** Exit status of a run where some input was refused. */
  public static final int EXIT_REFUSED = 1;
  /**
   * Exit status of a run that the tool itself could not finish: out of memory outside any one input, a
   * bug. The cause is reported in one line on standard error.
   */
  public static final int EXIT_FAILED = 3;

  private final Streams streams;
  private final Steps steps;

  @Spec
  CommandSpec spec;

  /**
   * Creates the command over the given streams.
   *
   * @param streams where to read and write
   */
  public ArticleKitCli(Streams streams) {
    this(streams, Steps.DEFAULT);
  }

  ArticleKitCli(Streams streams, Steps steps) {
    this.streams = streams;
    this.steps = steps;
  }

  /** @return the streams of this run */
  Streams streams() {
    return streams;
  }

  /** @return how each input is parsed and rendered */
  Steps steps() {
    return steps;
  }

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "Missing a command: parse, check, links or sources");
  }

  /**
   * A configured command line over the given streams: help, version and usage errors go to them in UTF-8,
   * usage errors are reported in one line plus a hint, and an unexpected failure never shows a stack trace.
   *
   * @param streams where to read and write
   * @return the command line, ready to {@link CommandLine#execute(String...)}
   */
  public static CommandLine newCommandLine(Streams streams) {
    return newCommandLine(streams, Steps.DEFAULT);
  }

  static CommandLine newCommandLine(Streams streams, Steps steps) {
    CommandLine commandLine = new CommandLine(new ArticleKitCli(streams, steps));
    commandLine.setOut(new PrintWriter(new OutputStreamWriter(streams.out(), StandardCharsets.UTF_8), true));
    commandLine.setErr(new PrintWriter(new OutputStreamWriter(streams.err(), StandardCharsets.UTF_8), true));
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setParameterExceptionHandler(ArticleKitCli::usageError);
    commandLine.setExecutionExceptionHandler((e, command, parseResult) -> {
      command.getErr().println(LastResort.failure(e));
      command.getErr().flush();
      return EXIT_FAILED;
    });
    return commandLine;
  }

  private static int usageError(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    err.println("articlekit: error: " + e.getMessage());
    UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
    err.flush();
    return command.getCommandSpec().exitCodeOnInvalidInput();
  }

  /**
   * Runs the tool over the given streams, and never throws: what the command line does not handle (an
   * {@link Error} such as running out of memory outside any one input) is reported in one line on
   * standard error, with the status {@link #EXIT_FAILED}.
   *
   * @param streams where to read and write
   * @param steps how each input is parsed and rendered
   * @param args the command line
   * @return the exit status
   */
  static int execute(Streams streams, Steps steps, String... args) {
    return execute(streams, steps, new LastResort(streams.err()), args);
  }

  private static int execute(Streams streams, Steps steps, LastResort lastResort, String... args) {
    try {
      return newCommandLine(streams, steps).execute(args);
    } catch (Throwable e) { // the last resort: a stack trace must not reach the user
      return lastResort.report(e);
    }
  }

  /**
   * Runs the tool and exits with its status. A failure on any thread, the workers' included, is reported
   * in one line, never as a stack trace.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    Streams streams = Streams.system();
    LastResort lastResort = new LastResort(streams.err());
    // A thread that dies leaves the run without its work: end the run with a report rather than hang or
    // print a stack trace. Halt: the main thread may be in System.exit already.
    Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
      int status = EXIT_FAILED;
      try {
        status = lastResort.report(e);
      } finally {
        Runtime.getRuntime().halt(status); // never returns: nothing is thrown from the handler
      }
    });
    System.exit(execute(streams, Steps.DEFAULT, lastResort, args));
  }
}

package io.github.articlekit.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
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
 * {@code --strict}); 2 on a usage error.
 */
@Command(
    name = "articlekit",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Parses plain-text news articles (a title, the list of section headings, then the body) "
        + "into JSON, JSON Lines, Markdown, text or an outline, and reports what did not follow the layout.",
    subcommands = {ParseCommand.class, CheckCommand.class, CommandLine.HelpCommand.class},
    footer = {"", "Exit status: 0 every input parsed; 1 some input refused (or had warnings under --strict); "
        + "2 usage error."})
public final class ArticleKitCli implements Callable<Integer> {

  /** Exit status of a run where some input was refused. */
  public static final int EXIT_REFUSED = 1;

  private final Streams streams;

  @Spec
  CommandSpec spec;

  /**
   * Creates the command over the given streams.
   *
   * @param streams where to read and write
   */
  public ArticleKitCli(Streams streams) {
    this.streams = streams;
  }

  /** @return the streams of this run */
  Streams streams() {
    return streams;
  }

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "Missing a command: parse or check");
  }

  /**
   * A configured command line over the given streams: help, version and usage errors go to them in UTF-8,
   * usage errors are reported in one line plus a hint, and an unexpected failure never shows a stack trace.
   *
   * @param streams where to read and write
   * @return the command line, ready to {@link CommandLine#execute(String...)}
   */
  public static CommandLine newCommandLine(Streams streams) {
    CommandLine commandLine = new CommandLine(new ArticleKitCli(streams));
    commandLine.setOut(new PrintWriter(new OutputStreamWriter(streams.out(), StandardCharsets.UTF_8), true));
    commandLine.setErr(new PrintWriter(new OutputStreamWriter(streams.err(), StandardCharsets.UTF_8), true));
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setParameterExceptionHandler(ArticleKitCli::usageError);
    commandLine.setExecutionExceptionHandler((e, command, parseResult) -> {
      command.getErr().println("articlekit: error: internal error: " + Outcome.describe(e));
      command.getErr().flush();
      return EXIT_REFUSED;
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
   * Runs the tool and exits with its status.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(newCommandLine(Streams.system()).execute(args));
  }
}

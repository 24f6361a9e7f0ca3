package io.github.articlekit.beam;

import io.github.articlekit.parser.Language;
import io.github.articlekit.parser.links.ResolvedLink;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.options.Validation;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.jspecify.annotations.Nullable;

/**
 * The pipeline: files matching {@code --input} are parsed with {@link ParseArticles}; the articles go
 * to JSON Lines shards at {@code --output}, the refusals to shards at {@code --errors}, in the CLI's
 * row format. The counters are printed at the end.
 *
 * <pre>{@code
 * java -jar examples/beam/target/articlekit-beam.jar --input='examples/samples/*.txt' --output=/tmp/out/articles
 * java -jar articlekit-beam.jar --runner=FlinkRunner --flinkMaster=host:8081 --input=... --output=...
 * }</pre>
 *
 * <p>Exit status as the CLI's: 0 when every input was parsed, 1 when some input was refused (or the
 * job did not finish), 2 for a usage error.
 */
public final class ArticleKitBeam {
  /** Exit status when some input was refused or the job failed. */
  public static final int EXIT_REFUSED = 1;
  /** Exit status of a usage error. */
  public static final int EXIT_USAGE = 2;

  private static final String USAGE = "Usage: java -jar articlekit-beam.jar --input=PATTERN --output=PREFIX"
      + " [--errors=PREFIX] [--strict] [--lang=fr,en] [--shards=N] [--buckets=N] [--runner=DirectRunner|FlinkRunner|SparkRunner]"
      + "\n       --help=" + Options.class.getName() + " lists the options";

  private ArticleKitBeam() {}

  /** The pipeline's options, on top of Beam's own ({@code --runner} and the runner's options). */
  public interface Options extends PipelineOptions {
    /** @return the files to parse */
    @Description("Files to parse: a file pattern such as 'examples/samples/*.txt', 'archive/**.txt' or "
        + "'gs://bucket/archive/*.txt' (remote file systems need their Beam module on the class path), or a "
        + "local folder (its .txt files, recursively). A relative local pattern names the files relative to "
        + "the working directory in the output, as the CLI does; otherwise they keep their full path or URI.")
    @Validation.Required
    String getInput();

    /** @param input the files to parse */
    void setInput(String input);

    /** @return the prefix of the article shards */
    @Description("Prefix of the JSON Lines shards of articles, e.g. /tmp/out/articles writes "
        + "/tmp/out/articles-00000-of-00002.jsonl, ...: one {\"source\":...,\"article\":{...}} row per input")
    @Validation.Required
    String getOutput();

    /** @param output the prefix of the article shards */
    void setOutput(String output);

    /** @return the prefix of the refusal shards, or null for {@code OUTPUT-errors} */
    @Description("Prefix of the JSON Lines shards of refused inputs, one {\"source\":...,\"error\":{\"code\":...,"
        + "\"message\":...}} row each (default: OUTPUT-errors)")
    @Nullable String getErrors();

    /** @param errors the prefix of the refusal shards */
    void setErrors(@Nullable String errors);

    /** @return whether inputs with warnings are refused */
    @Description("Refuse inputs with warnings, with their first warning's code")
    @Default.Boolean(false)
    boolean isStrict();

    /** @param strict whether inputs with warnings are refused */
    void setStrict(boolean strict);

    /** @return the language packs, or null for all */
    @Description("Language packs of cross-link markers and boilerplate phrases, e.g. fr,en (default: all)")
    @Nullable List<String> getLang();

    /** @param lang the language packs */
    void setLang(@Nullable List<String> lang);

    /** @return the number of shards per output, 0 to let the runner choose */
    @Description("Number of shards of each output; 0 lets the runner choose")
    @Default.Integer(0)
    int getShards();

    /** @param shards the number of shards per output */
    void setShards(int shards);

    /** @return the prefix of the cross-link shards, or null to resolve no cross-links */
    @Description("Prefix of JSON Lines shards of cross-links resolved across the corpus (ResolveCrossLinks), one "
        + "row per cross-link as 'articlekit links' writes them; not set: cross-links are not resolved")
    @Nullable String getLinks();

    /** @param links the prefix of the cross-link shards */
    void setLinks(@Nullable String links);

    /** @return how many random keys the matched files are spread over, 0 for the default */
    @Description("How many random keys the matched files are spread over before parsing (a Reshuffle). "
        + "0, the default: one per file on a cluster runner, as FileIO does, so every worker gets files; "
        + "4 per core on the Direct runner, whose cost is per key and not per file")
    @Default.Integer(0)
    int getBuckets();

    /** @param buckets how many random keys the matched files are spread over */
    void setBuckets(int buckets);
  }

  /**
   * Runs the pipeline and exits with its status.
   *
   * @param args Beam-style options: {@code --input=... --output=...}
   */
  public static void main(String[] args) {
    System.exit(run(args, System.err));
  }

  /**
   * Runs the pipeline to its end and prints the counters.
   *
   * @param args Beam-style options
   * @param err where the summary and errors go
   * @return the exit status: 0, {@link #EXIT_REFUSED} or {@link #EXIT_USAGE}
   */
  public static int run(String[] args, PrintStream err) {
    PipelineOptionsFactory.register(Options.class);
    Options options;
    Pipeline pipeline;
    try {
      options = PipelineOptionsFactory.fromArgs(args).withValidation().as(Options.class);
      relaxDirectRunnerChecks(options, args);
      pipeline = Pipeline.create(options);
      build(pipeline, options, Path.of("").toAbsolutePath());
    } catch (IllegalArgumentException e) {
      err.println("articlekit-beam: " + e.getMessage());
      err.println(USAGE);
      return EXIT_USAGE;
    }
    long start = System.nanoTime();
    PipelineResult result;
    PipelineResult.State state;
    try {
      result = pipeline.run();
      state = result.waitUntilFinish();
    } catch (RuntimeException e) {
      // A failure of the job as a whole (no file matches a plain path, an output that cannot be
      // written): one line, as the CLI reports errors. A bad input file is a refusal, never this.
      err.println("articlekit-beam: the job failed: " + describe(e));
      return EXIT_REFUSED;
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    Map<String, Long> counters = counters(result);
    if (counters == null) {
      err.printf(Locale.ROOT, "articlekit-beam: %s in %.1f s (this runner reports no metrics)%n", state, seconds);
    } else {
      err.println("articlekit-beam: " + summary(counters, seconds));
    }
    if (state != PipelineResult.State.DONE) {
      err.println("articlekit-beam: the job ended " + state);
      return EXIT_REFUSED;
    }
    if (counters == null) {
      return 0;
    }
    if (counters.get("articles") + counters.get("refusals") == 0) {
      err.println("articlekit-beam: no file matches " + options.getInput());
      return EXIT_REFUSED;
    }
    return counters.get("refusals") > 0 ? EXIT_REFUSED : 0;
  }

  /** @return the innermost cause's class and message, on one line */
  private static String describe(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String message = cause.getMessage();
    return JsonLines.oneLine(cause.getClass().getName() + (message == null ? "" : ": " + message));
  }

  /**
   * Adds the pipeline's transforms.
   *
   * @param pipeline the pipeline
   * @param options its options
   * @param workingDirectory the absolute folder relative local inputs are named against
   * @return the parsed articles and refusals
   * @throws IllegalArgumentException for an unknown language pack
   */
  static PCollectionTuple build(Pipeline pipeline, Options options, Path workingDirectory) {
    ParseArticles parse = ParseArticles.create().withStrict(options.isStrict());
    List<String> lang = options.getLang();
    if (lang != null && !lang.isEmpty()) {
      List<Language> languages = new ArrayList<>();
      for (String name : lang) {
        languages.add(Language.forName(name));
      }
      parse = parse.withLanguages(languages);
    }
    String input = options.getInput();
    if (isRelativeLocalPath(input)) {
      parse = parse.withSourcesRelativeTo(workingDirectory.toString());
    }
    String pattern = filePattern(input, workingDirectory);
    PCollectionTuple parsed = readFiles(pipeline, pattern, buckets(options)).apply("ParseArticles", parse);
    String errors = options.getErrors() != null ? options.getErrors() : options.getOutput() + "-errors";
    parsed.get(ParseArticles.ARTICLES)
        .apply("ArticleRows", MapElements.into(TypeDescriptors.strings()).via(ParsedArticle::toJsonLine))
        .apply("WriteArticles", jsonLines(options.getOutput(), options.getShards()));
    parsed.get(ParseArticles.REFUSALS)
        .apply("ErrorRows", MapElements.into(TypeDescriptors.strings()).via(Refusal::toJsonLine))
        .apply("WriteErrors", jsonLines(errors, options.getShards()));
    String links = options.getLinks();
    if (links != null) {
      parsed.get(ParseArticles.ARTICLES)
          .apply("ResolveCrossLinks", ResolveCrossLinks.create())
          .apply("LinkRows", MapElements.into(TypeDescriptors.strings()).via(ResolvedLink::toJson))
          .apply("WriteLinks", jsonLines(links, options.getShards()));
    }
    return parsed;
  }

  /**
   * The files matching a pattern, spread over random keys. As {@code FileIO.match()} followed by
   * {@code FileIO.readMatches()}, but with a chosen number of keys (see {@link #buckets}).
   *
   * @param pipeline the pipeline
   * @param pattern the file pattern
   * @param buckets how many random keys, or null for one per file
   * @return the readable files
   */
  static PCollection<FileIO.ReadableFile> readFiles(Pipeline pipeline, String pattern, @Nullable Integer buckets) {
    return pipeline
        .apply("InputPattern", Create.of(pattern).withCoder(StringUtf8Coder.of()))
        .apply("MatchInput", FileIO.matchAll().withOutputParallelization(false))
        .apply("SpreadFiles", Reshuffle.<MatchResult.Metadata>viaRandomKey().withNumBuckets(buckets))
        .apply("ReadMatches", FileIO.readMatches());
  }

  /**
   * The Direct runner checks, for tests, that no step modifies its input and that every element
   * survives its coder, by encoding each element several times at every step: that doubles the
   * CPU time of a batch of files. This program is not a test, so it turns both checks off unless
   * they were asked for on the command line. The module's tests keep them on.
   */
  static void relaxDirectRunnerChecks(Options options, String[] args) {
    if (!"DirectRunner".equals(options.getRunner().getSimpleName())) {
      return;
    }
    DirectOptions direct = options.as(DirectOptions.class);
    if (!given(args, "enforceImmutability")) {
      direct.setEnforceImmutability(false);
    }
    if (!given(args, "enforceEncodability")) {
      direct.setEnforceEncodability(false);
    }
  }

  private static boolean given(String[] args, String option) {
    for (String arg : args) {
      if (arg.equals("--" + option) || arg.startsWith("--" + option + "=")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The Direct runner makes a bundle of each key after a shuffle, and a bundle costs it milliseconds
   * of bookkeeping at every step: one key per file makes a 20,000-file job crawl. A cluster runner
   * wants many keys, so that every worker gets files.
   */
  static @Nullable Integer buckets(Options options) {
    if (options.getBuckets() > 0) {
      return options.getBuckets();
    }
    if ("DirectRunner".equals(options.getRunner().getSimpleName())) {
      return 4 * Runtime.getRuntime().availableProcessors();
    }
    return null; // one random key per file, as FileIO.match() does
  }

  private static TextIO.Write jsonLines(String prefix, int shards) {
    TextIO.Write write = TextIO.write().to(prefix).withSuffix(".jsonl");
    return shards > 0 ? write.withNumShards(shards) : write;
  }

  /** A local folder stands for its .txt files, recursively, as in the CLI; anything else is a pattern. */
  static String filePattern(String input, Path workingDirectory) {
    if (input.contains("://")) {
      return input;
    }
    try {
      Path path = workingDirectory.resolve(input);
      if (Files.isDirectory(path)) {
        return input.endsWith("/") ? input + "**.txt" : input + "/**.txt";
      }
    } catch (InvalidPathException e) {
      // a pattern that is not a path on this platform
    }
    return input;
  }

  /** @return whether the input names local files relative to the working directory */
  static boolean isRelativeLocalPath(String input) {
    if (input.contains("://")) {
      return false;
    }
    try {
      return !Path.of(input).isAbsolute();
    } catch (InvalidPathException e) {
      return false;
    }
  }

  /** @return the counters of namespace {@value ParseArticles#METRICS_NAMESPACE}, or null if unsupported */
  static @Nullable Map<String, Long> counters(PipelineResult result) {
    MetricQueryResults metrics;
    try {
      metrics = result.metrics().queryMetrics(MetricsFilter.builder()
          .addNameFilter(MetricNameFilter.inNamespace(ParseArticles.METRICS_NAMESPACE))
          .build());
    } catch (UnsupportedOperationException e) {
      return null;
    }
    Map<String, Long> counters = new TreeMap<>();
    for (String name : List.of("articles", "sections", "crossLinks", "refusals", "warnings", "articlesWithWarnings")) {
      counters.put(name, 0L);
    }
    for (MetricResult<Long> counter : metrics.getCounters()) {
      long value;
      try {
        value = counter.getCommitted();
      } catch (UnsupportedOperationException e) {
        value = counter.getAttempted();
      }
      counters.merge(counter.getName().getName(), value, Long::sum);
    }
    return counters;
  }

  static String summary(Map<String, Long> counters, double seconds) {
    long articles = counters.getOrDefault("articles", 0L);
    return String.format(Locale.ROOT,
        "%d articles, %d sections, %d cross-links, %d warnings (in %d articles), %d refused; %.1f s, %.0f articles/s",
        articles, counters.getOrDefault("sections", 0L), counters.getOrDefault("crossLinks", 0L),
        counters.getOrDefault("warnings", 0L), counters.getOrDefault("articlesWithWarnings", 0L),
        counters.getOrDefault("refusals", 0L), seconds,
        seconds > 0 ? articles / seconds : 0.0);
  }
}

package io.github.articlekit.spark;

import io.github.articlekit.parser.Language;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.GlobFilter;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;

/**
 * The job: parses the text files of a path or glob and writes one row per article as Parquet (or as the
 * CLI's JSON Lines), and one row per refused file to an output of its own.
 *
 * <pre>
 * spark-submit --class io.github.articlekit.spark.ArticleKitSpark articlekit-spark.jar \
 *     INPUT --output DIR [--errors DIR] [--format parquet|jsonl] [--base DIR] [--lang fr,en] [--overwrite]
 * </pre>
 *
 * <p>Without a master set by {@code spark-submit} or {@code -Dspark.master}, it runs in
 * {@code local[*]}. Exit status: 0 every file parsed, 1 some file refused (or nothing matched, or the
 * job failed), 2 usage error.
 */
public final class ArticleKitSpark {
  /** Exit status when some file was refused, nothing matched, or the job failed. */
  public static final int EXIT_REFUSED = 1;
  /** Exit status of a usage error. */
  public static final int EXIT_USAGE = 2;

  static final String USAGE = "Usage: articlekit-spark INPUT --output DIR [--errors DIR] [--format parquet|jsonl]"
      + " [--base DIR] [--lang fr,en] [--overwrite]";

  /** Spark's estimate of the cost of opening a file, in bytes, when it packs files into tasks. */
  static final String OPEN_COST = "spark.sql.files.openCostInBytes";
  /** The job's open cost, unless set with {@code --conf}: about an article's size. */
  static final long ARTICLE_OPEN_COST = 8 * 1024;

  /** A folder's article files, as the CLI finds them: names ending in .txt, in any case. */
  private static final String TEXT_FILES = "*.[tT][xX][tT]";
  private static final GlobFilter TEXT_FILE_FILTER;

  static {
    try {
      TEXT_FILE_FILTER = new GlobFilter(TEXT_FILES);
    } catch (IOException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private ArticleKitSpark() {}

  /**
   * Runs the job on a session of its own and exits with its status.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("articlekit-spark: " + e.getMessage());
      System.err.println(USAGE);
      System.exit(EXIT_USAGE);
      return;
    }
    SparkSession.Builder builder = SparkSession.builder().appName("articlekit-spark");
    if (!new SparkConf().contains("spark.master")) {
      builder.master("local[*]");
    }
    SparkSession spark = builder.getOrCreate();
    int status;
    try {
      status = run(spark, options, System.err);
    } finally {
      spark.stop();
    }
    System.exit(status);
  }

  /**
   * Runs the job on a session.
   *
   * @param spark the session
   * @param args the command line
   * @param err where to report
   * @return the exit status
   */
  public static int run(SparkSession spark, String[] args, PrintStream err) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("articlekit-spark: " + e.getMessage());
      err.println(USAGE);
      return EXIT_USAGE;
    }
    return run(spark, options, err);
  }

  private static int run(SparkSession spark, Options options, PrintStream err) {
    long start = System.nanoTime();
    if (!spark.sparkContext().getConf().contains(OPEN_COST)) {
      // Spark counts 4 MB for opening a file when it packs files into tasks, a cost meant for large data
      // files: with articles of a few KB that makes a task of every 30 files or so, thousands of tasks
      // whose overhead outweighs the parsing. An article's own size is nearer the mark.
      spark.conf().set(OPEN_COST, String.valueOf(ARTICLE_OPEN_COST));
    }
    long articles;
    long refusals;
    try {
      Dataset<Row> files = read(spark, options.input);
      ParseArticles parse = options.transform();
      ParsedFiles parsed = (options.jsonLines ? parse.parseToJsonLines(files) : parse.parse(files)).persist();
      SaveMode mode = options.overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
      if (options.jsonLines) {
        parsed.articles().write().mode(mode).text(options.output);
        parsed.refusals().write().mode(mode).text(options.errors);
      } else {
        parsed.articles().write().mode(mode).parquet(options.output);
        parsed.refusals().write().mode(mode).parquet(options.errors);
      }
      articles = parsed.articles().count();
      refusals = parsed.refusals().count();
      parsed.unpersist();
    } catch (FileNotFoundException e) {
      err.println("articlekit-spark: no such file or folder: " + options.input);
      return EXIT_REFUSED;
    } catch (Exception e) { // Spark's AnalysisException is checked, though Scala does not declare it
      // A failure of the job as a whole (an output that exists, a path that does not): one line. A bad
      // input file is a refusal, never this.
      err.println("articlekit-spark: the job failed: " + describe(e));
      return EXIT_REFUSED;
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    err.printf(Locale.ROOT, "articlekit-spark: %d articles, %d refused; %.1f s, %.0f articles/s%n",
        articles, refusals, seconds, seconds > 0 ? articles / seconds : 0.0);
    if (articles + refusals == 0) {
      err.println("articlekit-spark: no file matches " + options.input);
      return EXIT_REFUSED;
    }
    return refusals > 0 ? EXIT_REFUSED : 0;
  }

  /**
   * The files of an input as (path, length, content): a folder stands for its {@code .txt} files,
   * recursively, as in the CLI; anything else is a file or a glob, as Spark reads it. Spark's file
   * index leaves empty files out; they are listed here, so that each becomes a refusal as in the CLI.
   */
  static Dataset<Row> read(SparkSession spark, String input) throws IOException {
    String path = qualify(input, Path.of("").toAbsolutePath());
    DataFrameReader reader = spark.read().format("binaryFile");
    org.apache.hadoop.fs.Path hadoopPath = new org.apache.hadoop.fs.Path(path);
    FileSystem fs = hadoopPath.getFileSystem(spark.sparkContext().hadoopConfiguration());
    List<Row> empty = new ArrayList<>();
    if (hasGlob(path)) {
      FileStatus[] matches = fs.globStatus(hadoopPath);
      for (FileStatus file : matches == null ? new FileStatus[0] : matches) {
        addIfEmpty(file, empty);
      }
    } else {
      FileStatus status = fs.getFileStatus(hadoopPath); // FileNotFoundException if it does not exist
      if (status.isDirectory()) {
        reader = reader.option("recursiveFileLookup", "true").option("pathGlobFilter", TEXT_FILES);
        // listStatus, not listFiles: the local file system's located statuses run a process per file
        // to read its permissions (minutes for 100,000 files).
        Deque<org.apache.hadoop.fs.Path> folders = new ArrayDeque<>(List.of(hadoopPath));
        while (!folders.isEmpty()) {
          for (FileStatus file : fs.listStatus(folders.pop())) {
            String name = file.getPath().getName();
            if (name.startsWith("_") || name.startsWith(".")) {
              continue; // hidden to Spark's file index, which does not look into hidden folders either
            }
            if (file.isDirectory()) {
              folders.push(file.getPath());
            } else if (TEXT_FILE_FILTER.accept(file.getPath())) {
              addIfEmpty(file, empty);
            }
          }
        }
      } else {
        addIfEmpty(status, empty);
      }
    }
    Dataset<Row> files = reader.load(path).select("path", "length", "content");
    return empty.isEmpty() ? files : files.union(spark.createDataFrame(empty, files.schema()));
  }

  private static void addIfEmpty(FileStatus file, List<Row> empty) {
    String name = file.getPath().getName();
    // Spark's file index skips hidden files (_name, .name): so does this.
    if (file.isFile() && file.getLen() == 0 && !name.startsWith("_") && !name.startsWith(".")) {
      empty.add(RowFactory.create(file.getPath().toString(), 0L, new byte[0]));
    }
  }

  /** A relative local path, made absolute against the working directory; anything else as it is. */
  static String qualify(String input, Path workingDirectory) {
    if (!isRelativeLocalPath(input)) {
      return input;
    }
    return workingDirectory.resolve(input).normalize().toString();
  }

  /** @return whether the input names local files relative to the working directory */
  static boolean isRelativeLocalPath(String input) {
    if (input.contains(":")) { // a scheme (file:, hdfs://, s3a://), or not a Unix path
      return false;
    }
    try {
      return !Path.of(input).isAbsolute();
    } catch (InvalidPathException e) {
      return false;
    }
  }

  private static boolean hasGlob(String path) {
    for (char c : new char[] {'*', '?', '[', '{'}) {
      if (path.indexOf(c) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** @return the innermost cause's class and message, on one line */
  private static String describe(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String message = cause.getMessage();
    String text = cause.getClass().getName() + (message == null ? "" : ": " + message);
    int lineBreak = text.indexOf('\n');
    return lineBreak < 0 ? text : text.substring(0, lineBreak);
  }

  /** The command line. */
  static final class Options {
    String input = "";
    String output = "";
    String errors = "";
    boolean jsonLines;
    boolean overwrite;
    @Nullable String base;
    @Nullable List<Language> languages;

    static Options parse(String[] args) {
      Options options = new Options();
      Path workingDirectory = Path.of("").toAbsolutePath();
      String input = null;
      String output = null;
      String errors = null;
      String base = null;
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        switch (arg) {
          case "--output" -> output = value(args, ++i, arg);
          case "--errors" -> errors = value(args, ++i, arg);
          case "--base" -> base = value(args, ++i, arg);
          case "--overwrite" -> options.overwrite = true;
          case "--format" -> {
            String format = value(args, ++i, arg).toLowerCase(Locale.ROOT);
            if (!format.equals("parquet") && !format.equals("jsonl")) {
              throw new IllegalArgumentException("unknown format '" + format + "'; use parquet or jsonl");
            }
            options.jsonLines = format.equals("jsonl");
          }
          case "--lang" -> {
            List<Language> languages = new ArrayList<>();
            for (String name : value(args, ++i, arg).split(",", -1)) {
              languages.add(Language.forName(name));
            }
            options.languages = languages;
          }
          default -> {
            if (arg.startsWith("--") || input != null) {
              throw new IllegalArgumentException("unexpected argument '" + arg + "'");
            }
            input = arg;
          }
        }
      }
      if (input == null) {
        throw new IllegalArgumentException("no INPUT given");
      }
      if (output == null) {
        throw new IllegalArgumentException("no --output given");
      }
      options.input = input;
      options.output = output;
      options.errors = errors != null ? errors : output + "-errors";
      if (base != null) {
        options.base = workingDirectory.resolve(base).normalize().toString();
      } else if (isRelativeLocalPath(input)) {
        options.base = workingDirectory.toString();
      }
      return options;
    }

    private static String value(String[] args, int i, String option) {
      if (i >= args.length) {
        throw new IllegalArgumentException("missing value for " + option);
      }
      return args[i];
    }

    ParseArticles transform() {
      ParseArticles parse = ParseArticles.create();
      if (languages != null) {
        parse = parse.withLanguages(languages);
      }
      return base != null ? parse.withSourcesRelativeTo(base) : parse;
    }
  }
}

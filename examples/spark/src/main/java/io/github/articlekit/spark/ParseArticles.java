package io.github.articlekit.spark;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import io.github.articlekit.core.ArticleException;
import io.github.articlekit.core.ArticleJson;
import io.github.articlekit.parser.ArticleParser;
import io.github.articlekit.parser.Language;
import io.github.articlekit.parser.ParseResult;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Serializable;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * Parses files into articles on Spark: a {@code Dataset} of files, with a {@code path} (string) and a
 * {@code content} (binary) column as Spark's {@code binaryFile} data source reads them, becomes
 * {@link ParsedFiles}: one row per parsed file, and one per refused file, so that one bad file never
 * fails the job.
 *
 * <pre>{@code
 * Dataset<Row> files = spark.read().format("binaryFile")
 *     .option("pathGlobFilter", "*.txt").option("recursiveFileLookup", "true")
 *     .load("s3a://bucket/archive/");
 * ParsedFiles parsed = ParseArticles.create().withLanguages(List.of(Language.FRENCH)).parse(files);
 * parsed.articles()   // ArticleRows.SCHEMA
 * parsed.refusals()   // ArticleRows.REFUSAL_SCHEMA
 * }</pre>
 *
 * <p>Each partition builds its {@link ArticleParser} once. A file's bytes are parsed as the CLI parses a
 * file (UTF-8, {@link ArticleParser#DEFAULT_MAX_INPUT_SIZE} at most). A file the parser refuses
 * ({@code EMPTY_INPUT}, {@code NOT_TEXT}, {@code MALFORMED_INPUT}, {@code INPUT_TOO_LARGE},
 * {@code LIMIT_EXCEEDED}) becomes a refusal row with that code and the parser's message, as in the
 * CLI; so does an unexpected failure of the parser ({@value #INTERNAL_ERROR}), so that a bug shows up
 * as rows, not as a job retried until it dies ({@value #STACK_OVERFLOW} for a parse that ran out of stack). Diagnostics (warnings included) stay on the article's
 * row: filter on them in SQL where the CLI would use {@code --strict}.
 */
public final class ParseArticles implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Code of a failure of the parser itself on one file, as the CLI reports it. */
  public static final String INTERNAL_ERROR = "INTERNAL_ERROR";
  /** Code of a file that ran the parser out of stack, as the CLI reports it. */
  public static final String STACK_OVERFLOW = "STACK_OVERFLOW";

  /** Parsed and refused files in one pass: the article (null if refused) or the error (null if parsed). */
  static final StructType PARSED = new StructType(new StructField[] {
      DataTypes.createStructField("source", DataTypes.StringType, false),
      DataTypes.createStructField("article", ArticleRows.ARTICLE, true),
      DataTypes.createStructField("diagnostics", ArticleRows.SCHEMA.apply("diagnostics").dataType(), false),
      DataTypes.createStructField("error", new StructType(new StructField[] {
          DataTypes.createStructField("code", DataTypes.StringType, false),
          DataTypes.createStructField("message", DataTypes.StringType, false)}), true)});

  /** The CLI's JSON Lines rows in one pass, each marked refused or not. */
  static final StructType LINES = new StructType(new StructField[] {
      DataTypes.createStructField("value", DataTypes.StringType, false),
      DataTypes.createStructField("refused", DataTypes.BooleanType, false)});

  private final @Nullable ArrayList<Language> languages;
  private final @Nullable String sourceBase;

  private ParseArticles(@Nullable ArrayList<Language> languages, @Nullable String sourceBase) {
    this.languages = languages;
    this.sourceBase = sourceBase;
  }

  /** @return a transform with all language packs, naming files by their full path */
  public static ParseArticles create() {
    return new ParseArticles(null, null);
  }

  /**
   * Which language packs the parser uses (default: all).
   *
   * @param languages the packs, at least one
   * @return a copy of this transform
   */
  public ParseArticles withLanguages(List<Language> languages) {
    if (languages.isEmpty()) {
      throw new IllegalArgumentException("no language pack given");
    }
    return new ParseArticles(new ArrayList<>(EnumSet.copyOf(languages)), sourceBase);
  }

  /**
   * Names local files relative to a folder, as a command line names them relative to its working
   * directory: with base {@code /work}, {@code file:/work/samples/a.txt} becomes
   * {@code samples/a.txt} and {@code file:/data/b.txt} becomes {@code ../data/b.txt}. Without a base,
   * a local file is named by its absolute path ({@code /work/samples/a.txt}), as the CLI names an
   * absolute argument. Files on other file systems ({@code hdfs://...}, {@code s3a://...}) keep their
   * full URI. The base is fixed on the driver, so every executor names a file the same way.
   *
   * @param baseDirectory an absolute local folder
   * @return a copy of this transform
   */
  public ParseArticles withSourcesRelativeTo(String baseDirectory) {
    Path base = Path.of(baseDirectory);
    if (!base.isAbsolute()) {
      throw new IllegalArgumentException("not an absolute folder: " + baseDirectory);
    }
    return new ParseArticles(languages, base.normalize().toString());
  }

  /**
   * Parses files into rows of {@link ArticleRows#SCHEMA} and {@link ArticleRows#REFUSAL_SCHEMA}.
   *
   * @param files a {@code path} (string) and a {@code content} (binary) column, optionally a {@code length}
   *     (long) column; other columns are ignored
   * @return the parsed and the refused files, from one pass over the input
   */
  public ParsedFiles parse(Dataset<Row> files) {
    Dataset<Row> parsed = readable(files).mapPartitions(new ParsePartition(this, false), Encoders.row(PARSED));
    List<Column> articleColumns = new ArrayList<>();
    articleColumns.add(col("source"));
    for (StructField field : ArticleRows.ARTICLE.fields()) {
      articleColumns.add(notNull("article", field));
    }
    articleColumns.add(col("diagnostics"));
    Dataset<Row> refusals = parsed.where(col("error").isNotNull()).select(col("source"),
        notNull("error", ArticleRows.REFUSAL_SCHEMA.apply("code")),
        notNull("error", ArticleRows.REFUSAL_SCHEMA.apply("message")));
    return new ParsedFiles(parsed,
        parsed.where(col("article").isNotNull()).select(articleColumns.toArray(new Column[0])), refusals);
  }

  /**
   * A field of a struct column that the rows kept are known to have. Spark does not carry a filter's
   * "is not null" on a struct over to its fields, so the field would read as nullable; the coalesce
   * with an empty value, never taken, gives the columns {@link ArticleRows#SCHEMA}'s nullability.
   */
  private static Column notNull(String struct, StructField field) {
    Column empty = field.dataType() instanceof StringType ? lit("") : array().cast(field.dataType());
    return coalesce(col(struct + "." + field.name()), empty).as(field.name());
  }

  /**
   * Parses files into the CLI's {@code --format jsonl} rows, byte for byte: {@code {"source":...,"article":{...}}}
   * and {@code {"source":...,"error":{"code":...,"message":...}}} ({@link ArticleJson#toRow},
   * {@link ArticleJson#toErrorRow}). Each output has one string column, {@code value}, ready for
   * {@code write().text(...)}.
   *
   * @param files a {@code path} (string) and a {@code content} (binary) column, optionally a {@code length}
   *     (long) column; other columns are ignored
   * @return the rows of parsed and of refused files, from one pass over the input
   */
  public ParsedFiles parseToJsonLines(Dataset<Row> files) {
    Dataset<Row> lines = readable(files).mapPartitions(new ParsePartition(this, true), Encoders.row(LINES));
    return new ParsedFiles(lines,
        lines.where(col("refused").equalTo(false)).select("value"),
        lines.where(col("refused").equalTo(true)).select("value"));
  }

  /**
   * The files as (path, content, length). With a {@code length} column, a file over the parser's input
   * limit is not read at all: its content is null (Spark reads a file whole, and one of gigabytes would
   * fail the task; the binaryFile source skips the content of a file that a filter on length rules out).
   */
  private static Dataset<Row> readable(Dataset<Row> files) {
    if (!Arrays.asList(files.columns()).contains("length")) {
      return files.select(col("path"), col("content"), lit(null).cast(DataTypes.LongType).as("length"));
    }
    long limit = ArticleParser.DEFAULT_MAX_INPUT_SIZE;
    // The oversized files are picked by a typed filter, which Spark does not push into the scan: a scan
    // that skips file after file recurses once per skipped file in Spark's FileScanRDD, and a task of
    // thousands of small files then runs out of stack.
    Dataset<Row> oversized = files.select(col("path"), col("length"))
        .filter((FilterFunction<Row>) file -> !file.isNullAt(1) && file.getLong(1) > limit);
    return files.where(col("length").leq(limit))
        .select(col("path"), col("content"), lit(null).cast(DataTypes.LongType).as("length"))
        .union(oversized.select(col("path"), lit(null).cast(DataTypes.BinaryType).as("content"), col("length")));
  }

  /**
   * The name of a file in the outputs (see {@link #withSourcesRelativeTo}).
   *
   * @param path the file's path as Spark gives it, e.g. {@code file:/work/a.txt} or {@code hdfs://nn/a.txt}
   * @param base an absolute local folder, or null
   * @return the name
   */
  static String sourceName(String path, @Nullable String base) {
    URI uri = new org.apache.hadoop.fs.Path(path).toUri();
    String scheme = uri.getScheme();
    if (scheme != null && !"file".equalsIgnoreCase(scheme)) {
      return path;
    }
    String local = uri.getPath();
    if (base == null) {
      return local;
    }
    try {
      return Path.of(base).relativize(Path.of(local)).toString();
    } catch (IllegalArgumentException e) { // also InvalidPathException
      return local;
    }
  }

  private ArticleParser newParser() {
    ArticleParser.Builder builder = ArticleParser.builder();
    if (languages != null) {
      builder.languages(languages);
    }
    return builder.build();
  }

  /** Parses the files of one partition with one parser; never throws for a bad file. */
  static final class ParsePartition implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    private final ParseArticles settings;
    private final boolean jsonLines;

    ParsePartition(ParseArticles settings, boolean jsonLines) {
      this.settings = settings;
      this.jsonLines = jsonLines;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> files) {
      ArticleParser parser = settings.newParser();
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return files.hasNext();
        }

        @Override
        public Row next() {
          Row file = files.next();
          String source = sourceName(file.getString(0), settings.sourceBase);
          InputStream content = file.isNullAt(1) ? new UnreadFile(file.isNullAt(2) ? 0 : file.getLong(2))
              : new ByteArrayInputStream((byte[]) file.get(1));
          return parse(parser, source, content);
        }
      };
    }

    private Row parse(ArticleParser parser, String source, InputStream content) {
      ParseResult result;
      try {
        result = parser.parse(content);
      } catch (ArticleException e) {
        return refusal(source, e.code().name(), e.getMessage() == null ? e.code().name() : e.getMessage());
      } catch (StackOverflowError e) {
        return refusal(source, STACK_OVERFLOW, "ran out of stack while parsing this file, e.g. on a very long line:"
            + " raise the executors' -Xss (spark.executor.extraJavaOptions=-Xss16m)");
      } catch (RuntimeException | AssertionError e) {
        String message = e.getMessage();
        return refusal(source, INTERNAL_ERROR, ("internal error: " + e.getClass().getName()
            + (message == null || message.isBlank() ? "" : ": " + message)).replace("\r\n", " ").replace('\n', ' ').replace('\r', ' '));
      }
      if (jsonLines) {
        return RowFactory.create(ArticleJson.toRow(source, result.article()), false);
      }
      return RowFactory.create(source, RowFactory.create(ArticleRows.articleValues(result.article())),
          ArticleRows.diagnostics(result.diagnostics()), null);
    }

    private Row refusal(String source, String code, String message) {
      if (jsonLines) {
        return RowFactory.create(ArticleJson.toErrorRow(source, code, message), true);
      }
      return RowFactory.create(source, null, new Object[0], RowFactory.create(code, message));
    }
  }

  /**
   * Stands for a file too large to be read: zeros, as many as the file has bytes, of which the parser
   * reads only one past its limit before it refuses the size. The refusal is then the parser's own, as
   * in the CLI, and costs no more memory than the limit.
   */
  static final class UnreadFile extends InputStream {
    private long remaining;

    UnreadFile(long length) {
      this.remaining = length;
    }

    @Override
    public int read() {
      if (remaining <= 0) {
        return -1;
      }
      remaining--;
      return 0;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (length == 0) {
        return 0;
      }
      if (remaining <= 0) {
        return -1;
      }
      int n = (int) Math.min(length, remaining);
      java.util.Arrays.fill(buffer, offset, offset + n, (byte) 0);
      remaining -= n;
      return n;
    }
  }
}

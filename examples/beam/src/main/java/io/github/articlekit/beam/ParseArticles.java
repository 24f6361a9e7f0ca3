package io.github.articlekit.beam;

import io.github.articlekit.core.Article;
import io.github.articlekit.core.ArticleException;
import io.github.articlekit.core.ErrorCode;
import io.github.articlekit.parser.ArticleParser;
import io.github.articlekit.parser.Diagnostic;
import io.github.articlekit.parser.Language;
import io.github.articlekit.parser.ParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.display.DisplayData;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.jspecify.annotations.Nullable;

/**
 * Parses files into articles: a main output of {@link ParsedArticle}s ({@link #ARTICLES}) and a side
 * output of {@link Refusal}s ({@link #REFUSALS}), so that one bad file never fails the job.
 *
 * <pre>{@code
 * PCollectionTuple parsed = pipeline
 *     .apply(FileIO.match().filepattern("gs://bucket/archive/**.txt"))
 *     .apply(FileIO.readMatches())
 *     .apply(ParseArticles.create().withLanguages(List.of(Language.FRENCH)));
 * PCollection<ParsedArticle> articles = parsed.get(ParseArticles.ARTICLES);
 * PCollection<Refusal> refusals = parsed.get(ParseArticles.REFUSALS);
 * }</pre>
 *
 * <p>Each file is parsed as a whole by {@link ArticleParser#parse(InputStream)} (UTF-8; files that
 * {@link FileIO.ReadableFile} decompresses, such as {@code .gz}, are read decompressed). A file the
 * parser refuses ({@code EMPTY_INPUT}, {@code NOT_TEXT}, {@code MALFORMED_INPUT},
 * {@code INPUT_TOO_LARGE}), cannot read ({@code UNREADABLE_INPUT}), or, under {@link #withStrict},
 * that has warnings (the first warning's code) becomes a {@link Refusal}, as in the CLI; so does an
 * unexpected failure of the parser ({@code INTERNAL_ERROR}), so a bug shows up as rows, not as a job
 * retried until it dies.
 *
 * <p>Articles cross workers with {@link ParsedArticleCoder}: their JSON form, which round-trips
 * exactly. Counters in namespace {@value #METRICS_NAMESPACE}: {@code articles}, {@code sections},
 * {@code crossLinks}, {@code refusals}, {@code warnings} (warning diagnostics of parsed articles)
 * and {@code articlesWithWarnings}.
 */
public final class ParseArticles extends PTransform<PCollection<FileIO.ReadableFile>, PCollectionTuple> {
  private static final long serialVersionUID = 1L;

  /** The namespace of this transform's counters. */
  public static final String METRICS_NAMESPACE = "articlekit";

  /** The tag of the main output: the parsed articles. */
  public static final TupleTag<ParsedArticle> ARTICLES = new TupleTag<>("articles") {
    private static final long serialVersionUID = 1L;
  };
  /** The tag of the side output: the refused inputs. */
  public static final TupleTag<Refusal> REFUSALS = new TupleTag<>("refusals") {
    private static final long serialVersionUID = 1L;
  };

  /** Code of a failure of the pipeline itself on one input, as the CLI reports it. */
  public static final String INTERNAL_ERROR = "INTERNAL_ERROR";

  private final boolean strict;
  private final @Nullable ArrayList<Language> languages;
  private final @Nullable String sourceBase;

  private ParseArticles(boolean strict, @Nullable ArrayList<Language> languages, @Nullable String sourceBase) {
    this.strict = strict;
    this.languages = languages;
    this.sourceBase = sourceBase;
  }

  /** @return a lenient transform with all language packs, naming inputs by their full resource id */
  public static ParseArticles create() {
    return new ParseArticles(false, null, null);
  }

  /**
   * Whether to refuse inputs with warnings, as the CLI's {@code --strict}: such an input becomes a
   * {@link Refusal} with its first warning's code.
   *
   * @param strict true to refuse inputs with warnings
   * @return a copy of this transform
   */
  public ParseArticles withStrict(boolean strict) {
    return new ParseArticles(strict, languages, sourceBase);
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
    return new ParseArticles(strict, new ArrayList<>(EnumSet.copyOf(languages)), sourceBase);
  }

  /**
   * Names local files relative to a folder, as a command line names them relative to its working
   * directory: with base {@code /work}, {@code /work/samples/a.txt} becomes {@code samples/a.txt}
   * and {@code /data/b.txt} becomes {@code ../data/b.txt}. Other files ({@code gs://...}) keep their
   * full resource id. The base is fixed when the pipeline is built, so every worker names a file the
   * same way, whatever its own working directory.
   *
   * @param baseDirectory an absolute local folder
   * @return a copy of this transform
   */
  public ParseArticles withSourcesRelativeTo(String baseDirectory) {
    Path base = Path.of(baseDirectory);
    if (!base.isAbsolute()) {
      throw new IllegalArgumentException("not an absolute folder: " + baseDirectory);
    }
    return new ParseArticles(strict, languages, base.normalize().toString());
  }

  @Override
  public PCollectionTuple expand(PCollection<FileIO.ReadableFile> files) {
    PCollectionTuple outputs = files.apply("ParseFiles",
        ParDo.of(new ParseFn(strict, languages, sourceBase)).withOutputTags(ARTICLES, TupleTagList.of(REFUSALS)));
    outputs.get(ARTICLES).setCoder(ParsedArticleCoder.of());
    outputs.get(REFUSALS).setCoder(RefusalCoder.of());
    return outputs;
  }

  @Override
  public void populateDisplayData(DisplayData.Builder builder) {
    super.populateDisplayData(builder);
    builder.add(DisplayData.item("strict", strict).withLabel("Refuse inputs with warnings"))
        .add(DisplayData.item("languages", languages == null ? "all" : languages.toString())
            .withLabel("Language packs"))
        .addIfNotNull(DisplayData.item("sourceBase", sourceBase).withLabel("Sources relative to"));
  }

  /**
   * The name of a file in the outputs: relative to {@code base} for a local file when a base is set,
   * otherwise its resource id as it is.
   *
   * @param resourceId the file
   * @param base an absolute local folder, or null
   * @return the name
   */
  static String sourceName(ResourceId resourceId, @Nullable String base) {
    String id = resourceId.toString();
    if (base == null || !"file".equalsIgnoreCase(resourceId.getScheme())) {
      return id;
    }
    try {
      return Path.of(base).relativize(Path.of(id)).toString();
    } catch (IllegalArgumentException e) { // also InvalidPathException
      return id; // e.g. another root on Windows
    }
  }

  /** Parses one file; never throws for a bad file. */
  static final class ParseFn extends DoFn<FileIO.ReadableFile, ParsedArticle> {
    private static final long serialVersionUID = 1L;

    private final boolean strict;
    private final @Nullable ArrayList<Language> languages;
    private final @Nullable String sourceBase;

    private final Counter articles = Metrics.counter(METRICS_NAMESPACE, "articles");
    private final Counter sections = Metrics.counter(METRICS_NAMESPACE, "sections");
    private final Counter crossLinks = Metrics.counter(METRICS_NAMESPACE, "crossLinks");
    private final Counter refusals = Metrics.counter(METRICS_NAMESPACE, "refusals");
    private final Counter warnings = Metrics.counter(METRICS_NAMESPACE, "warnings");
    private final Counter articlesWithWarnings = Metrics.counter(METRICS_NAMESPACE, "articlesWithWarnings");

    private transient @Nullable ArticleParser parser;

    ParseFn(boolean strict, @Nullable ArrayList<Language> languages, @Nullable String sourceBase) {
      this.strict = strict;
      this.languages = languages;
      this.sourceBase = sourceBase;
    }

    @Setup
    public void setup() {
      // A strict parser refuses text with warnings with a StrictParseException, whose message is the
      // CLI's: the refusal text is the library's, written once.
      ArticleParser.Builder builder = ArticleParser.builder().strict(strict);
      if (languages != null) {
        builder.languages(languages);
      }
      parser = builder.build();
    }

    @ProcessElement
    public void processElement(@Element FileIO.ReadableFile file, MultiOutputReceiver out) {
      String source = sourceName(file.getMetadata().resourceId(), sourceBase);
      ParseResult result;
      try (InputStream in = Channels.newInputStream(file.open())) {
        result = Objects.requireNonNull(parser).parse(in);
      } catch (ArticleException e) {
        refuse(out, source, e.code().name(), e.getMessage() == null ? e.code().name() : e.getMessage());
        return;
      } catch (IOException e) {
        refuse(out, source, ErrorCode.UNREADABLE_INPUT.name(), "Cannot read: " + describe(e));
        return;
      } catch (RuntimeException | StackOverflowError e) {
        refuse(out, source, INTERNAL_ERROR, "internal error: " + describe(e));
        return;
      }
      int warningCount = 0;
      for (Diagnostic diagnostic : result.diagnostics()) {
        if (diagnostic.severity() == Diagnostic.Severity.WARNING) {
          warningCount++;
        }
      }
      Article article = result.article();
      articles.inc();
      sections.inc(article.sections().size());
      crossLinks.inc(article.crossLinks().size());
      if (warningCount > 0) {
        warnings.inc(warningCount);
        articlesWithWarnings.inc();
      }
      out.get(ARTICLES).output(new ParsedArticle(source, article));
    }

    private void refuse(MultiOutputReceiver out, String source, String code, String message) {
      refusals.inc();
      out.get(REFUSALS).output(new Refusal(source, code, message));
    }

    private static String describe(Throwable e) {
      String message = e.getMessage();
      return e.getClass().getName() + (message == null || message.isBlank() ? "" : ": " + message);
    }
  }
}

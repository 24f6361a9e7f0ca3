package io.github.articlekit.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.articlekit.parser.ArticleParser;
import io.github.articlekit.parser.Language;
import io.github.articlekit.parser.ParseResult;
import io.github.articlekit.parser.sources.Attribution;
import io.github.articlekit.parser.sources.AttributionExtractor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code articlekit sources}: the sources each article cites, as JSON Lines rows or a corpus summary. */
@Command(
    name = "sources",
    description = {
        "Finds the named sources articles cite (\"Selon AP News, ...\", \"..., said John Smith\", \"laut Der Spiegel\") "
            + "and writes one JSON line per attribution, in input order then text order: "
            + "{\"source\":PATH,\"section\":HEADING,\"name\":NAME,\"cue\":CUE,\"sentence\":SENTENCE} (no section "
            + "in the lead), or with --format table the sources over every input, most cited first.",
        "Diagnostics and refusals go to standard error as for parse; a refused input has no rows."},
    footer = {"", "Examples:",
        "  articlekit sources examples/samples",
        "  articlekit sources articles/ --format table",
        "  cat article.txt | articlekit sources -"})
final class SourcesCommand extends BatchCommand {

  /** The output formats of {@code sources}. */
  enum SourcesFormat {
    /** One compact JSON line per attribution. */
    JSONL,
    /** Each source with the number of articles and mentions, most cited first. */
    TABLE;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Reads a format name, ignoring case. */
  static final class FormatConverter implements ITypeConverter<SourcesFormat> {
    @Override
    public SourcesFormat convert(String value) {
      for (SourcesFormat format : SourcesFormat.values()) {
        if (format.name().equalsIgnoreCase(value.strip())) {
          return format;
        }
      }
      throw new TypeConversionException("unknown format '" + value + "'; use jsonl or table");
    }
  }

  private static final JsonFactory JSON_FACTORY = new JsonFactory();

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", converter = FormatConverter.class,
      description = "jsonl (default: one line per attribution) or table (each source with its articles and "
          + "mentions, most cited first).")
  SourcesFormat format = SourcesFormat.JSONL;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE",
      description = "Write the output to FILE (UTF-8) instead of standard output.")
  @Nullable Path out;

  /** Per source (folded case and spaces): the spellings seen, the inputs that cite it, the mentions. */
  private final Map<String, Tally> tallies = new ConcurrentHashMap<>();

  @Override
  public Integer call() {
    // Rows come from this command's steps; TEXT only says "write output, and no refusal rows" to the batch.
    return run(true, Format.TEXT, out);
  }

  @Override
  Steps steps(Steps toolSteps) {
    List<Language> languages = options.languages;
    AttributionExtractor extractor = languages.isEmpty() ? AttributionExtractor.create()
        : AttributionExtractor.builder().languages(languages).build();
    return new Steps() {
      @Override
      public ParseResult parse(ArticleParser parser, Input input, InputStream stdin) {
        return toolSteps.parse(parser, input, stdin);
      }

      @Override
      public byte[] render(Format ignored, String source, ParseResult result, boolean batch,
          @Nullable Language language) {
        List<Attribution> found = extractor.extract(result.article());
        if (format == SourcesFormat.TABLE) {
          for (Attribution attribution : found) {
            tallies.computeIfAbsent(key(attribution.name()), k -> new Tally()).add(attribution.name(), source);
          }
          return new byte[0];
        }
        return rows(source, found);
      }
    };
  }

  @Override
  byte[] trailer() {
    return format == SourcesFormat.TABLE ? table(tallies).getBytes(StandardCharsets.UTF_8) : new byte[0];
  }

  static byte[] rows(String source, List<Attribution> found) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      for (Attribution attribution : found) {
        try (JsonGenerator json = JSON_FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
          json.writeStartObject();
          json.writeStringField("source", source);
          if (attribution.section().isPresent()) {
            json.writeStringField("section", attribution.section().get());
          }
          json.writeStringField("name", attribution.name());
          json.writeStringField("cue", attribution.cue());
          json.writeStringField("sentence", attribution.sentence());
          json.writeEndObject();
        }
        out.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array does not fail
    }
    return out.toByteArray();
  }

  /** Case and spaces folded, as sources are compared. */
  static String key(String name) {
    return String.join(" ", name.toLowerCase(Locale.ROOT).trim().split("\\s+"));
  }

  /** The sources over every input, most mentions first, then most articles, then by name. */
  static String table(Map<String, Tally> tallies) {
    List<Tally> rows = new ArrayList<>(tallies.values());
    rows.sort((a, b) -> a.mentions != b.mentions ? Integer.compare(b.mentions, a.mentions)
        : a.articles.size() != b.articles.size() ? Integer.compare(b.articles.size(), a.articles.size())
        : a.name().compareTo(b.name()));
    int width = "SOURCE".length();
    for (Tally row : rows) {
      width = Math.max(width, row.name().codePointCount(0, row.name().length()));
    }
    StringBuilder out = new StringBuilder();
    out.append(pad("SOURCE", width)).append("  ARTICLES  MENTIONS\n");
    for (Tally row : rows) {
      out.append(pad(row.name(), width)).append(String.format(Locale.ROOT, "  %8d  %8d%n", row.articles.size(),
          row.mentions));
    }
    return out.toString().replace(System.lineSeparator(), "\n");
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(Math.max(0, width - text.codePointCount(0, text.length())));
  }

  /** One source's counts; updated by the workers. */
  static final class Tally {
    private final Set<String> spellings = ConcurrentHashMap.newKeySet();
    final Set<String> articles = ConcurrentHashMap.newKeySet();
    private int mentions;

    synchronized void add(String spelling, String source) {
      spellings.add(spelling);
      articles.add(source);
      mentions++;
    }

    /** @return the first spelling in sorted order, whatever order the workers saw them in */
    synchronized String name() {
      return spellings.stream().sorted().findFirst().orElse("");
    }
  }
}

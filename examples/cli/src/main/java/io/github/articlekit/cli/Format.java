package io.github.articlekit.cli;

import io.github.articlekit.core.Article;
import io.github.articlekit.core.ArticleJson;
import io.github.articlekit.parser.ArticleWriter;
import io.github.articlekit.parser.Language;
import io.github.articlekit.parser.ParseResult;
import io.github.articlekit.parser.render.HtmlWriter;
import io.github.articlekit.parser.render.JsonLdWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The output formats of {@code parse}. Renderers are stateless and thread-safe. */
enum Format {
  /** The article as indented JSON, the core JSON contract. */
  JSON,
  /** One compact line per input: {@code {"source":...,"article":{...}}} or {@code {"source":...,"error":{...}}}. */
  JSONL,
  /** Markdown: title, section headings, paragraphs, cross-links as quoted lines; no boilerplate. */
  MARKDOWN,
  /** The canonical text layout, as the parser's writer writes it. */
  TEXT,
  /** A short tree: the title, each section with its counts, boilerplate and diagnostics counts. */
  OUTLINE,
  /** schema.org JSON-LD: a NewsArticle, indented; one compact line per input in a batch. */
  JSONLD,
  /** One self-contained HTML page; in a batch, one page per input and an index in the {@code --out} folder. */
  HTML;

  private static final Writers WRITERS = Writers.of(null);
  private static final Map<Language, Writers> WRITERS_BY_LANGUAGE = writersByLanguage();
  private static final ThreadLocal<ByteArrayOutputStream> LINE_BUFFER =
      ThreadLocal.withInitial(() -> new ByteArrayOutputStream(1 << 16));

  /** @return the name used on the command line */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Renders one parsed input.
   *
   * @param source the input's name
   * @param result the parse result
   * @param batch whether the output holds several inputs, each then named in a header where the format has room
   * @param language the article's language for jsonld and html; null: the language of its cross-link markers
   *     when they all belong to one pack, else none
   * @return the text to write in UTF-8, ending with a line break
   */
  byte[] render(String source, ParseResult result, boolean batch, @Nullable Language language) {
    // Encoded here, on the worker that parsed the input: the writing thread only copies bytes.
    return this == JSONL ? jsonLine(source, result.article(), null, null)
        : renderText(source, result, batch, writers(language)).getBytes(StandardCharsets.UTF_8);
  }

  private String renderText(String source, ParseResult result, boolean batch, Writers writers) {
    Article article = result.article();
    switch (this) {
      case JSON:
        return ArticleJson.toPrettyJson(article) + "\n";
      case MARKDOWN:
        return (batch ? "<!-- " + source.replace("--", "- -") + " -->\n\n" : "") + Markdown.render(article)
            + (batch ? "\n" : "");
      case TEXT:
        return (batch ? "==> " + source + " <==\n" : "") + ArticleWriter.write(article) + (batch ? "\n" : "");
      case OUTLINE:
        return (batch ? "==> " + source + " <==\n" : "") + Outline.render(article, result.diagnostics())
            + (batch ? "\n" : "");
      case JSONLD:
        return batch ? writers.jsonLdLine().write(article) + "\n" : writers.jsonLd().write(article);
      case HTML:
        return writers.html().write(result);
      default:
        throw new AssertionError(this);
    }
  }

  /**
   * Renders the HTML page of one parsed input with the text it was parsed from.
   *
   * @param result the parse result
   * @param text the exact string given to the parser
   * @param language the page's language; null: the language of the cross-link markers, if any
   * @return the page in UTF-8
   */
  static byte[] renderPageWithSource(ParseResult result, String text, @Nullable Language language) {
    return writers(language).html().write(result, text).getBytes(StandardCharsets.UTF_8);
  }

  private static Writers writers(@Nullable Language language) {
    return language == null ? WRITERS : WRITERS_BY_LANGUAGE.get(language);
  }

  private static Map<Language, Writers> writersByLanguage() {
    Map<Language, Writers> writers = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      writers.put(language, Writers.of(language));
    }
    return writers;
  }

  /** The writers of one language, or with a null language of the language their markers show. */
  private record Writers(JsonLdWriter jsonLd, JsonLdWriter jsonLdLine, HtmlWriter html) {
    static Writers of(@Nullable Language language) {
      JsonLdWriter.Builder jsonLd = JsonLdWriter.builder();
      HtmlWriter.Builder html = HtmlWriter.builder();
      if (language != null) {
        jsonLd.language(language);
        html.language(language);
      }
      return new Writers(jsonLd.build(), jsonLd.pretty(false).build(), html.build());
    }
  }

  /**
   * Renders a refused input, in the formats that record refusals.
   *
   * @param source the input's name
   * @param code the refusal's code
   * @param message the refusal's message
   * @return the text to write in UTF-8, or null when the format leaves refused inputs out
   */
  byte @Nullable [] renderRefusal(String source, String code, String message) {
    return this == JSONL ? jsonLine(source, null, code, message) : null;
  }

  private static byte[] jsonLine(String source, @Nullable Article article, @Nullable String code,
      @Nullable String message) {
    // One buffer per worker thread, reused: each line then allocates only its final copy.
    ByteArrayOutputStream line = LINE_BUFFER.get();
    line.reset();
    byte[] bytes;
    try {
      if (article != null) {
        ArticleJson.writeRow(line, source, article);
      } else {
        ArticleJson.writeErrorRow(line, source, String.valueOf(code), String.valueOf(message));
      }
      line.write('\n');
      bytes = line.toByteArray();
    } catch (RuntimeException | Error e) {
      // Out of memory half-way through a huge article, say: drop the half-written line with its buffer,
      // so that the thread does not keep that memory and the next line starts from an empty buffer.
      LINE_BUFFER.remove();
      throw e;
    }
    if (bytes.length > 1 << 20) {
      LINE_BUFFER.remove(); // do not keep a huge article's buffer alive
    }
    return bytes;
  }
}

package io.github.articlekit.parser.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.articlekit.core.Article;
import io.github.articlekit.core.ArticleVisitor;
import io.github.articlekit.core.CrossLink;
import io.github.articlekit.core.Paragraph;
import io.github.articlekit.core.Section;
import io.github.articlekit.core.internal.Texts;
import io.github.articlekit.parser.Language;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Writes an article as <a href="https://schema.org/NewsArticle">schema.org</a> JSON-LD, for publishing
 * pipelines that read structured data.
 *
 * <table>
 *   <caption>The mapping</caption>
 *   <tr><th>ArticleKit</th><th>schema.org</th></tr>
 *   <tr><td>the article</td><td>a {@code NewsArticle}</td></tr>
 *   <tr><td>title</td><td>{@code headline}</td></tr>
 *   <tr><td>lead paragraphs, then each section's heading and paragraphs</td><td>{@code articleBody},
 *       paragraphs separated by blank lines</td></tr>
 *   <tr><td>the words of {@code articleBody}</td><td>{@code wordCount}</td></tr>
 *   <tr><td>the language pack, when known</td><td>{@code inLanguage}, its ISO 639-1 code</td></tr>
 *   <tr><td>each section</td><td>a {@code hasPart} {@code WebPageElement}: {@code name} the heading,
 *       {@code text} its paragraphs (left out when it has none)</td></tr>
 *   <tr><td>each cross-link, of the lead or a section</td><td>a {@code citation} {@code CreativeWork}:
 *       {@code headline} its title, {@code url} its URL when the line carries one</td></tr>
 * </table>
 *
 * <p>Boilerplate is not content and is left out. A cross-link is a {@code citation} rather than a
 * {@code relatedLink}: it names an article by its title, which a bare URL would lose, and
 * {@code relatedLink} belongs to {@code WebPage}, not to {@code Article}.
 *
 * <p>The language is the one given to the builder; otherwise, when the article has cross-links and
 * their markers all belong to one language pack (as {@code LIRE AUSSI} belongs to French), that
 * pack's. Otherwise {@code inLanguage} is left out.
 *
 * <pre>{@code
 * String jsonLd = JsonLdWriter.create().write(article);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class JsonLdWriter {
  /** The context every document names: schema.org's. */
  public static final String CONTEXT = "https://schema.org";

  private static final JsonFactory FACTORY = new JsonFactory();

  private final @Nullable Language language;
  private final boolean pretty;

  private JsonLdWriter(Builder builder) {
    this.language = builder.language;
    this.pretty = builder.pretty;
  }

  /** @return a writer with the defaults: language from the cross-link markers, indented output */
  public static JsonLdWriter create() {
    return builder().build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Writes an article.
   *
   * @param article the article
   * @return its JSON-LD, one document
   */
  public String write(Article article) {
    StringWriter out = new StringWriter(1024);
    write(article, out);
    return out.toString();
  }

  /**
   * Writes an article to a writer, which is left open.
   *
   * @param article the article
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   */
  public void write(Article article, Writer out) {
    Parts parts = new Parts();
    article.accept(parts);
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      if (pretty) {
        json.useDefaultPrettyPrinter();
      }
      json.writeStartObject();
      json.writeStringField("@context", CONTEXT);
      json.writeStringField("@type", "NewsArticle");
      json.writeStringField("headline", article.title());
      Optional<Language> inLanguage = ArticleLanguage.of(language, parts.crossLinks);
      if (inLanguage.isPresent()) {
        json.writeStringField("inLanguage", inLanguage.get().code());
      }
      String body = String.join("\n\n", parts.body);
      json.writeStringField("articleBody", body);
      json.writeNumberField("wordCount", Texts.countWords(body));
      if (!parts.sections.isEmpty()) {
        json.writeArrayFieldStart("hasPart");
        for (SectionPart section : parts.sections) {
          json.writeStartObject();
          json.writeStringField("@type", "WebPageElement");
          json.writeStringField("name", section.heading);
          if (!section.paragraphs.isEmpty()) {
            json.writeStringField("text", String.join("\n\n", section.paragraphs));
          }
          json.writeEndObject();
        }
        json.writeEndArray();
      }
      if (!parts.crossLinks.isEmpty()) {
        json.writeArrayFieldStart("citation");
        for (CrossLink link : parts.crossLinks) {
          json.writeStartObject();
          json.writeStringField("@type", "CreativeWork");
          json.writeStringField("headline", link.title());
          if (link.url().isPresent()) {
            json.writeStringField("url", link.url().get());
          }
          json.writeEndObject();
        }
        json.writeEndArray();
      }
      json.writeEndObject();
      json.flush();
      if (pretty) {
        out.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A section's heading and paragraphs. */
  private static final class SectionPart {
    final String heading;
    final List<String> paragraphs = new ArrayList<>();

    SectionPart(String heading) {
      this.heading = heading;
    }
  }

  /** What the document needs, gathered in one walk. */
  private static final class Parts implements ArticleVisitor {
    final List<String> body = new ArrayList<>();
    final List<SectionPart> sections = new ArrayList<>();
    final List<CrossLink> crossLinks = new ArrayList<>();
    private @Nullable SectionPart current;

    @Override
    public void startSection(Section section, int index) {
      current = new SectionPart(section.heading());
      sections.add(current);
      body.add(section.heading());
    }

    @Override
    public void paragraph(Paragraph paragraph) {
      body.add(paragraph.text());
      if (current != null) {
        current.paragraphs.add(paragraph.text());
      }
    }

    @Override
    public void crossLink(CrossLink crossLink) {
      crossLinks.add(crossLink);
    }
  }

  /** Builds a {@link JsonLdWriter}. */
  public static final class Builder {
    private @Nullable Language language;
    private boolean pretty = true;

    private Builder() {}

    /**
     * The article's language, written as {@code inLanguage}; by default the language of its cross-link
     * markers when they all belong to one pack.
     *
     * @param language the language pack
     * @return this builder
     */
    public Builder language(Language language) {
      this.language = java.util.Objects.requireNonNull(language, "language");
      return this;
    }

    /**
     * Whether to indent the output, with a line break at the end (default), or write one line.
     *
     * @param pretty whether to indent
     * @return this builder
     */
    public Builder pretty(boolean pretty) {
      this.pretty = pretty;
      return this;
    }

    /** @return the writer */
    public JsonLdWriter build() {
      return new JsonLdWriter(this);
    }
  }
}

package io.github.articlekit.parser.render;

import io.github.articlekit.parser.Language;
import io.github.articlekit.parser.ParseResult;
import org.jspecify.annotations.Nullable;

/**
 * Writes a parsed article as one self-contained HTML page, for a person checking how it was parsed: no
 * script, no external resource, everything escaped.
 *
 * <p>The page has the title as {@code h1}; a table of contents in the heading list's order, linking to
 * each section, with a heading that the body lacks marked as missing; the lead; each section as a
 * {@code section} element with an {@code h2} and the stable id {@code section-N} (1-based); cross-links as
 * links where the URL is known; the boilerplate apart and muted. Each diagnostic stands beside what it
 * concerns: a section's heading, a block, the title; a loose heading match shows the body's and the
 * list's spelling. Given the text the article was parsed from, the page ends with that text, every span
 * highlighted by kind.
 *
 * <pre>{@code
 * ParseResult result = parser.parse(text);
 * String page = HtmlWriter.create().write(result, text);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class HtmlWriter {
  private final @Nullable Language language;

  private HtmlWriter(Builder builder) {
    this.language = builder.language;
  }

  /** @return a writer with the defaults: the page's language from the cross-link markers */
  public static HtmlWriter create() {
    return builder().build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Writes the page of a parsed article.
   *
   * @param result the article and its diagnostics
   * @return the page, a whole HTML document
   */
  public String write(ParseResult result) {
    return HtmlPage.write(result, null, language);
  }

  /**
   * Writes the page of a parsed article followed by the text it was parsed from, every span highlighted.
   *
   * @param result the article and its diagnostics
   * @param source the exact string given to the parser, which the spans index
   * @return the page, a whole HTML document
   * @throws IllegalArgumentException if a span does not fit in {@code source}
   */
  public String write(ParseResult result, String source) {
    return HtmlPage.write(result, source, language);
  }

  /**
   * Escapes text for HTML content and double-quoted attribute values: {@code & < > " '}.
   *
   * @param text any text
   * @return the text, escaped
   */
  public static String escape(String text) {
    return HtmlText.escape(text);
  }

  /** Builds an {@link HtmlWriter}. */
  public static final class Builder {
    private @Nullable Language language;

    private Builder() {}

    /**
     * The article's language, the page's {@code lang}; by default the language of its cross-link markers
     * when they all belong to one pack, else none.
     *
     * @param language the language pack
     * @return this builder
     */
    public Builder language(Language language) {
      this.language = java.util.Objects.requireNonNull(language, "language");
      return this;
    }

    /** @return the writer */
    public HtmlWriter build() {
      return new HtmlWriter(this);
    }
  }
}

package io.github.articlekit.parser;

import io.github.articlekit.core.Article;
import io.github.articlekit.core.ArticleException;
import io.github.articlekit.core.ErrorCode;
import io.github.articlekit.parser.internal.InputReader;
import io.github.articlekit.parser.internal.LayoutParser;
import io.github.articlekit.parser.internal.ParseLimits;
import io.github.articlekit.parser.internal.TermChanges;
import io.github.articlekit.parser.internal.Vocabulary;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Parses plain-text articles into {@link Article}s.
 *
 * <p>The layout: a title line; the heading list (one heading a line); then the body, where each
 * heading comes back on a line of its own followed by blank-line separated blocks: paragraphs, and
 * cross-link lines such as {@code LIRE AUSSI : <title>}; trailing boilerplate such as a follow-us
 * call to action. See the project README for the full rules.
 *
 * <p>A parser is immutable and thread-safe: build it once and share it.
 *
 * <pre>{@code
 * ArticleParser parser = ArticleParser.builder().languages(Language.FRENCH).build();
 * ParseResult result = parser.parse(Path.of("article.txt"));
 * }</pre>
 *
 * <p>Parsing is lenient: what does not follow the layout is kept and reported as a {@link Diagnostic}.
 * The only exception thrown for any input is {@link ArticleException}, for input that is refused
 * (empty, not text, malformed bytes, over a limit) or, under {@link Builder#strict(boolean)}, for text
 * with warnings: a {@link StrictParseException}, which carries them all.
 */
public final class ArticleParser {
  /** The default size limit: 16 MiB (bytes for byte input, characters for text input). */
  public static final long DEFAULT_MAX_INPUT_SIZE = 16L * 1024 * 1024;
  /**
   * The default limit on headings: 10,000 lines in the heading list, or inferred headings. Real
   * articles list fewer than a hundred.
   */
  public static final int DEFAULT_MAX_HEADINGS = 10_000;
  /**
   * The default limit on blocks (paragraphs, cross-links and boilerplate blocks): 100,000. Real
   * articles have fewer than a thousand.
   */
  public static final int DEFAULT_MAX_BLOCKS = 100_000;

  private final boolean strict;
  private final long maxInputSize;
  private final int maxHeadings;
  private final int maxBlocks;
  private final Charset charset;
  private final LayoutParser layoutParser;

  private ArticleParser(Builder builder) {
    this.strict = builder.strict;
    this.maxInputSize = builder.maxInputSize;
    this.maxHeadings = builder.maxHeadings;
    this.maxBlocks = builder.maxBlocks;
    this.charset = builder.charset;
    this.layoutParser = new LayoutParser(new Vocabulary(builder.markerChanges.resolve(builder.languages), builder.phraseChanges.resolve(builder.languages)),
        new ParseLimits(maxHeadings, maxBlocks), strict);
  }

  /** @return a new builder with the defaults: lenient, every language pack, UTF-8, 16 MiB */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a parser with the defaults */
  public static ArticleParser create() {
    return builder().build();
  }

  /**
   * Parses an article.
   *
   * @param text the article's text
   * @return the article and its diagnostics
   * @throws ArticleException if the input is refused; under strict parsing, a {@link StrictParseException}
   *     carrying every diagnostic if the text has warnings
   */
  public ParseResult parse(String text) {
    Objects.requireNonNull(text, "text");
    if (text.length() > maxInputSize) {
      throw InputReader.tooLarge(text.length(), maxInputSize, "characters");
    }
    return layoutParser.parse(text);
  }

  /**
   * Parses an article and returns it without its diagnostics.
   *
   * @param text the article's text
   * @return the article
   * @throws ArticleException if the input is refused; under strict parsing, a {@link StrictParseException}
   *     carrying every diagnostic if the text has warnings
   */
  public Article parseArticle(String text) {
    return parse(text).article();
  }

  /**
   * Parses an article read from {@code reader}, which is not closed.
   *
   * @param reader the article's text
   * @return the article and its diagnostics
   * @throws ArticleException if the input is refused or cannot be read
   */
  public ParseResult parse(Reader reader) {
    return parse(InputReader.readAll(reader, maxInputSize));
  }

  /**
   * Parses an article from bytes in the parser's charset (UTF-8 unless set), which is not closed.
   *
   * @param in the article's bytes
   * @return the article and its diagnostics
   * @throws ArticleException if the input is refused (malformed bytes name their offset) or cannot be read
   */
  public ParseResult parse(InputStream in) {
    return parse(in, charset);
  }

  /**
   * Parses an article from bytes in {@code charset}; the stream is not closed.
   *
   * @param in the article's bytes
   * @param charset their character set
   * @return the article and its diagnostics
   * @throws ArticleException if the input is refused or cannot be read
   */
  public ParseResult parse(InputStream in, Charset charset) {
    return parseBytes(in, charset).result();
  }

  /**
   * Parses an article from bytes in the parser's charset, as {@link #parse(InputStream)} does (the same
   * limit, the same refusals with the same byte offsets), and returns the decoded text with the result:
   * the string its spans index, e.g. for {@link io.github.articlekit.parser.render.HtmlWriter#write(ParseResult,
   * String)}. The stream is not closed.
   *
   * @param in the article's bytes
   * @return the text and the result
   * @throws ArticleException if the input is refused or cannot be read
   */
  public ParsedText parseWithText(InputStream in) {
    return parseBytes(in, charset);
  }

  /** Every byte input is decoded and parsed here, whether its text is returned or not. */
  private ParsedText parseBytes(InputStream in, Charset charset) {
    String text = readText(in, charset);
    try {
      return new ParsedText(text, layoutParser.parse(text));
    } catch (ArticleException e) {
      throw InputReader.withByteOffset(e, text, charset); // the text check counts characters, not bytes
    }
  }

  /** The decoded text; its bytes are garbage once this returns, before the parse takes its memory. */
  private String readText(InputStream in, Charset charset) {
    return InputReader.decode(InputReader.readAllBytes(in, maxInputSize), charset);
  }

  /**
   * Parses an article from a file in the parser's charset (UTF-8 unless set).
   *
   * @param file the article's file
   * @return the article and its diagnostics
   * @throws ArticleException if the file is refused or cannot be read
   */
  public ParseResult parse(Path file) {
    return parse(file, charset);
  }

  /**
   * Parses an article from a file in {@code charset}.
   *
   * @param file the article's file
   * @param charset its character set
   * @return the article and its diagnostics
   * @throws ArticleException if the file is refused or cannot be read
   */
  public ParseResult parse(Path file, Charset charset) {
    return parseFile(file, charset).result();
  }

  /**
   * Parses an article from a file in the parser's charset, as {@link #parse(Path)} does (the same limit,
   * the same refusals with the same byte offsets), and returns the decoded text with the result: the
   * string its spans index, read once.
   *
   * @param file the article's file
   * @return the text and the result
   * @throws ArticleException if the file is refused or cannot be read
   */
  public ParsedText parseWithText(Path file) {
    return parseFile(file, charset);
  }

  private ParsedText parseFile(Path file, Charset charset) {
    try (InputStream in = Files.newInputStream(file)) {
      return parseBytes(in, charset);
    } catch (NoSuchFileException e) {
      throw ArticleException.of(ErrorCode.UNREADABLE_INPUT, "No such file: " + file);
    } catch (IOException e) {
      throw ArticleException.of(ErrorCode.UNREADABLE_INPUT, "Cannot read " + file + ": " + e.getMessage())
          .withCause(e);
    }
  }

  /** @return whether this parser refuses input with warnings */
  public boolean isStrict() {
    return strict;
  }

  @Override
  public String toString() {
    return "ArticleParser{strict=" + strict + ", maxInputSize=" + maxInputSize + ", maxHeadings=" + maxHeadings
        + ", maxBlocks=" + maxBlocks + ", charset=" + charset + "}";
  }

  /** Configures an {@link ArticleParser}. Not thread-safe; the parser it builds is. */
  public static final class Builder {
    private boolean strict;
    private long maxInputSize = DEFAULT_MAX_INPUT_SIZE;
    private int maxHeadings = DEFAULT_MAX_HEADINGS;
    private int maxBlocks = DEFAULT_MAX_BLOCKS;
    private Charset charset = StandardCharsets.UTF_8;
    private final Set<Language> languages = EnumSet.allOf(Language.class);
    private final TermChanges markerChanges = new TermChanges("marker", Language::crossLinkMarkers);
    private final TermChanges phraseChanges = new TermChanges("phrase", Language::boilerplatePhrases);

    private Builder() {}

    /**
     * Whether to refuse input with warnings (default false: lenient).
     *
     * @param strict true to refuse text with warnings: a {@link StrictParseException} carries them all
     * @return this builder
     */
    public Builder strict(boolean strict) {
      this.strict = strict;
      return this;
    }

    /**
     * The largest input accepted: bytes for byte input, characters for text.
     *
     * @param maxInputSize at least 1; default {@link #DEFAULT_MAX_INPUT_SIZE}
     * @return this builder
     */
    public Builder maxInputSize(long maxInputSize) {
      if (maxInputSize < 1 || maxInputSize > Integer.MAX_VALUE - 16) {
        throw new IllegalArgumentException("maxInputSize must be between 1 and " + (Integer.MAX_VALUE - 16)
            + ", was " + maxInputSize);
      }
      this.maxInputSize = maxInputSize;
      return this;
    }

    /**
     * The most headings an input may have: lines of its heading list, or headings inferred without a
     * list. An input with more is refused with {@link io.github.articlekit.core.ErrorCode#LIMIT_EXCEEDED}, before the
     * parser spends memory on them.
     *
     * @param maxHeadings at least 1; default {@link #DEFAULT_MAX_HEADINGS}
     * @return this builder
     */
    public Builder maxHeadings(int maxHeadings) {
      this.maxHeadings = requireLimit(maxHeadings, "maxHeadings");
      return this;
    }

    /**
     * The most blocks an input may make: paragraphs, cross-links and boilerplate blocks, together, and
     * marker lines without a title (each has a diagnostic). An input with more is refused with
     * {@link io.github.articlekit.core.ErrorCode#LIMIT_EXCEEDED} as soon as the count is passed, so the memory a parse
     * takes stays bounded by this limit and the input's size.
     *
     * @param maxBlocks at least 1; default {@link #DEFAULT_MAX_BLOCKS}
     * @return this builder
     */
    public Builder maxBlocks(int maxBlocks) {
      this.maxBlocks = requireLimit(maxBlocks, "maxBlocks");
      return this;
    }

    private static int requireLimit(int limit, String name) {
      if (limit < 1) {
        throw new IllegalArgumentException(name + " must be at least 1, was " + limit);
      }
      return limit;
    }

    /**
     * The character set of byte input (default UTF-8).
     *
     * @param charset the character set
     * @return this builder
     */
    public Builder charset(Charset charset) {
      this.charset = Objects.requireNonNull(charset, "charset");
      return this;
    }

    /**
     * Which language packs to use (default: all of them). Replaces the current choice.
     *
     * @param languages the packs
     * @return this builder
     */
    public Builder languages(Language... languages) {
      return languages(List.of(languages));
    }

    /**
     * Which language packs to use (default: all of them). Replaces the current choice.
     *
     * @param languages the packs
     * @return this builder
     */
    public Builder languages(Collection<Language> languages) {
      this.languages.clear();
      this.languages.addAll(languages);
      return this;
    }

    /**
     * Adds a cross-link marker, e.g. {@code PLUS D'INFOS}.
     *
     * @param marker the marker, not blank
     * @return this builder
     */
    public Builder addCrossLinkMarker(String marker) {
      markerChanges.add(marker);
      return this;
    }

    /**
     * Removes a cross-link marker, whether from a pack or added; matched case- and accent-insensitively.
     *
     * @param marker the marker
     * @return this builder
     */
    public Builder removeCrossLinkMarker(String marker) {
      markerChanges.remove(marker);
      return this;
    }

    /**
     * Adds a boilerplate phrase.
     *
     * @param phrase the phrase, not blank
     * @return this builder
     * @see Language#boilerplatePhrases()
     */
    public Builder addBoilerplatePhrase(String phrase) {
      phraseChanges.add(phrase);
      return this;
    }

    /**
     * Removes a boilerplate phrase, whether from a pack or added.
     *
     * @param phrase the phrase
     * @return this builder
     */
    public Builder removeBoilerplatePhrase(String phrase) {
      phraseChanges.remove(phrase);
      return this;
    }

    /** @return a new parser with this configuration */
    public ArticleParser build() {
      return new ArticleParser(this);
    }
  }
}

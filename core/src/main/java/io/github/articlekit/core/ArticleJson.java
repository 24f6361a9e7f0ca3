package io.github.articlekit.core;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * A ready-made JSON reader and writer for {@link Article}, thread-safe and reusable.
 *
 * <p>A plain {@code new ObjectMapper()} reads and writes the same form; this class adds sensible
 * limits for untrusted input (nesting depth, string and document length) and turns every refusal into
 * an {@link ArticleException} with code {@link ErrorCode#INVALID_JSON}, its line and column,
 * and the path of the offending property.
 *
 * <pre>{@code
 * String json = ArticleJson.toJson(article);
 * Article back = ArticleJson.fromJson(json);
 * }</pre>
 */
public final class ArticleJson {
  /** The model nests at most five levels deep; anything much deeper is not an article. */
  private static final int MAX_NESTING_DEPTH = 64;
  /** The parser refuses text over 16 MiB by default; one string of an article fits in that. */
  private static final int MAX_STRING_LENGTH = 64 * 1024 * 1024;
  private static final long MAX_DOCUMENT_LENGTH = 512L * 1024 * 1024;

  private static final ObjectMapper MAPPER = newMapper();
  private static final ObjectReader READER = MAPPER.readerFor(Article.class);
  /** Leaves the caller's reader or stream open. */
  private static final ObjectReader STREAM_READER =
      READER.without(com.fasterxml.jackson.core.JsonParser.Feature.AUTO_CLOSE_SOURCE);
  private static final ObjectWriter WRITER = MAPPER.writerFor(Article.class);
  private static final ObjectWriter PRETTY_WRITER = WRITER.with(prettyPrinter());

  private ArticleJson() {}

  /**
   * Two-space indents, one array element per line, {@code "name": value} (Jackson's default writes
   * {@code "name" : value}), and line feeds whatever the platform.
   */
  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""));
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    return printer;
  }

  /**
   * A new {@link ObjectMapper} with the limits this class applies. Callers may configure it further.
   *
   * @return a fresh mapper
   */
  public static ObjectMapper newMapper() {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .maxDocumentLength(MAX_DOCUMENT_LENGTH)
            .build())
        .build();
    // A duplicate key ("title" twice) is ambiguous: refuse it rather than keep the last one.
    factory.enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    return new ObjectMapper(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  /**
   * Writes an article as compact JSON on one line.
   *
   * @param article the article
   * @return its JSON
   */
  public static String toJson(Article article) {
    try {
      return WRITER.writeValueAsString(article);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write article as JSON", e); // no I/O: cannot happen
    }
  }

  /**
   * Writes an article as indented JSON.
   *
   * @param article the article
   * @return its JSON, indented
   */
  public static String toPrettyJson(Article article) {
    try {
      return PRETTY_WRITER.writeValueAsString(article);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write article as JSON", e);
    }
  }

  /**
   * Writes an article as JSON to a writer, which is left open.
   *
   * @param article the article
   * @param out where to write
   * @param pretty whether to indent
   * @throws UncheckedIOException if writing fails
   */
  public static void write(Article article, Writer out, boolean pretty) {
    try {
      (pretty ? PRETTY_WRITER : WRITER)
          .without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
          .writeValue(out, article);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The JSON Lines row of a parsed input, as the {@code articlekit} tool and the pipelines write it:
   * {@code {"source":"PATH","article":{...}}}, compact, without a line break.
   *
   * @param source the input's name, e.g. its path
   * @param article the article
   * @return the row
   */
  public static String toRow(String source, Article article) {
    return rowString(out -> writeRow(out, source, article));
  }

  /**
   * The JSON Lines row of a refused input: {@code {"source":"PATH","error":{"code":"...","message":"..."}}},
   * compact, without a line break. Line breaks in the message become spaces.
   *
   * @param source the input's name, e.g. its path
   * @param code the refusal's code, e.g. an {@link ErrorCode}'s name
   * @param message the refusal's message
   * @return the row
   */
  public static String toErrorRow(String source, String code, String message) {
    return rowString(out -> writeErrorRow(out, source, code, message));
  }

  /**
   * Writes {@link #toRow} in UTF-8, without a line break; the stream is left open.
   *
   * @param out where to write
   * @param source the input's name
   * @param article the article
   * @throws UncheckedIOException if writing fails
   */
  public static void writeRow(OutputStream out, String source, Article article) {
    try (JsonGenerator json = rowGenerator(out)) {
      json.writeStartObject();
      json.writeStringField("source", source);
      json.writeFieldName("article");
      WRITER.writeValue(json, article);
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes {@link #toErrorRow} in UTF-8, without a line break; the stream is left open.
   *
   * @param out where to write
   * @param source the input's name
   * @param code the refusal's code
   * @param message the refusal's message
   * @throws UncheckedIOException if writing fails
   */
  public static void writeErrorRow(OutputStream out, String source, String code, String message) {
    try (JsonGenerator json = rowGenerator(out)) {
      json.writeStartObject();
      json.writeStringField("source", source);
      json.writeObjectFieldStart("error");
      json.writeStringField("code", code);
      json.writeStringField("message", oneLine(message));
      json.writeEndObject();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonGenerator rowGenerator(OutputStream out) throws IOException {
    return MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  }

  /** A row writer, for {@link #rowString}. */
  private interface RowWrite {
    void write(OutputStream out);
  }

  private static String rowString(RowWrite write) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
    write.write(out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String oneLine(String text) {
    return text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
  }

  /**
   * Reads an article from JSON.
   *
   * @param json the JSON text
   * @return the article
   * @throws ArticleException with code {@link ErrorCode#INVALID_JSON} if the JSON is malformed or
   *     does not describe a valid article
   */
  public static Article fromJson(String json) {
    try {
      return notNull(READER.readValue(json));
    } catch (JsonProcessingException e) {
      throw refusal(e);
    }
  }

  /**
   * Reads an article from JSON characters; the reader is not closed.
   *
   * @param json the JSON text
   * @return the article
   * @throws ArticleException if the JSON does not describe a valid article
   * @throws UncheckedIOException if reading fails
   */
  public static Article fromJson(Reader json) {
    return read(() -> STREAM_READER.readValue(json));
  }

  /**
   * Reads an article from JSON bytes (UTF-8, UTF-16 or UTF-32, detected); the stream is not closed.
   *
   * @param json the JSON bytes
   * @return the article
   * @throws ArticleException if the JSON does not describe a valid article
   * @throws UncheckedIOException if reading fails
   */
  public static Article fromJson(InputStream json) {
    return read(() -> STREAM_READER.readValue(json));
  }

  /** A read that may fail on I/O as well as on content. */
  private interface JsonRead {
    @Nullable Article read() throws IOException;
  }

  private static Article read(JsonRead read) {
    try {
      return notNull(read.read());
    } catch (JsonProcessingException e) {
      throw refusal(e);
    } catch (java.io.CharConversionException e) {
      // Bytes not valid in the encoding Jackson detected (UTF-32): not JSON, not a failure to read.
      throw ArticleException.of(ErrorCode.INVALID_JSON, "Invalid article JSON: " + e.getMessage()).withCause(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Jackson reads a JSON {@code null} as a null value without asking the deserializer; refuse it here. */
  private static Article notNull(@Nullable Article article) {
    if (article == null) {
      throw ArticleException.of(ErrorCode.INVALID_JSON, "Invalid article JSON: expected an object, found null");
    }
    return article;
  }

  private static ArticleException refusal(JsonProcessingException e) {
    if (e instanceof InvalidArticleJsonException invalid) {
      // Well-formed JSON that is not an article: the path locates the problem; a tree keeps no
      // positions, so a line and column would point at the enclosing value, not at the property.
      String where = invalid.path().isEmpty() ? "" : " at " + invalid.path();
      return ArticleException.of(ErrorCode.INVALID_JSON, "Invalid article JSON" + where + ": " + invalid.problem())
          .withCause(e);
    }
    JsonLocation location = e.getLocation();
    int line = location == null ? 0 : location.getLineNr();
    int column = location == null ? 0 : location.getColumnNr();
    String where = line <= 0 ? "" : column <= 0 ? " (line " + line + ")" : " (line " + line + ", column " + column + ")";
    long offset = location == null ? -1 : location.getByteOffset();
    return new ArticleException(ErrorCode.INVALID_JSON,
        "Invalid article JSON" + where + ": " + e.getOriginalMessage(), line, column, offset, e);
  }
}

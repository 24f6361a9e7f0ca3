package io.github.articlekit.core.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.articlekit.core.Article;
import io.github.articlekit.core.Block;
import io.github.articlekit.core.Boilerplate;
import io.github.articlekit.core.CrossLink;
import io.github.articlekit.core.InvalidArticleJsonException;
import io.github.articlekit.core.Paragraph;
import io.github.articlekit.core.Section;
import io.github.articlekit.core.SourceSpan;
import java.io.IOException;
import java.util.Optional;

/**
 * The model's JSON form, attached to the model types with {@code @JsonSerialize}/{@code @JsonDeserialize}
 * so that a plain {@code ObjectMapper} reads and writes it with no module to register.
 *
 * <p>Writing streams straight to the generator. Reading takes the value as a tree and checks it
 * field by field, so that every refusal names the property's path ({@code sections[2].blocks[0].text})
 * rather than a Java type. Unknown properties are ignored: a newer producer must not break an older
 * reader. An absent or {@code null} optional part ({@code url}, {@code span}) reads as absent.
 */
public final class ModelJson {
  /** Value of a block's {@code type} property for a {@link Paragraph}. */
  public static final String TYPE_PARAGRAPH = "paragraph";
  /** Value of a block's {@code type} property for a {@link CrossLink}. */
  public static final String TYPE_CROSS_LINK = "crossLink";

  private ModelJson() {}

  // ---- writing -------------------------------------------------------------------------------

  static void writeArticle(Article article, JsonGenerator out) throws IOException {
    out.writeStartObject();
    out.writeStringField("title", article.title());
    out.writeArrayFieldStart("headings");
    for (String heading : article.headings()) {
      out.writeString(heading);
    }
    out.writeEndArray();
    out.writeArrayFieldStart("lead");
    for (Block block : article.lead()) {
      writeBlock(block, out);
    }
    out.writeEndArray();
    out.writeArrayFieldStart("sections");
    for (Section section : article.sections()) {
      writeSection(section, out);
    }
    out.writeEndArray();
    out.writeArrayFieldStart("boilerplate");
    for (Boilerplate boilerplate : article.boilerplate()) {
      writeBoilerplate(boilerplate, out);
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  static void writeSection(Section section, JsonGenerator out) throws IOException {
    out.writeStartObject();
    out.writeStringField("heading", section.heading());
    out.writeArrayFieldStart("blocks");
    for (Block block : section.blocks()) {
      writeBlock(block, out);
    }
    out.writeEndArray();
    writeSpanField(section.span(), out);
    out.writeEndObject();
  }

  static void writeBlock(Block block, JsonGenerator out) throws IOException {
    out.writeStartObject();
    if (block instanceof CrossLink link) {
      out.writeStringField("type", TYPE_CROSS_LINK);
      out.writeStringField("label", link.label());
      out.writeStringField("title", link.title());
      if (link.url().isPresent()) {
        out.writeStringField("url", link.url().get());
      }
    } else {
      out.writeStringField("type", TYPE_PARAGRAPH);
      out.writeStringField("text", block.text());
    }
    writeSpanField(block.span(), out);
    out.writeEndObject();
  }

  static void writeBoilerplate(Boilerplate boilerplate, JsonGenerator out) throws IOException {
    out.writeStartObject();
    out.writeStringField("text", boilerplate.text());
    writeSpanField(boilerplate.span(), out);
    out.writeEndObject();
  }

  private static void writeSpanField(Optional<SourceSpan> span, JsonGenerator out) throws IOException {
    if (span.isPresent()) {
      out.writeFieldName("span");
      writeSpan(span.get(), out);
    }
  }

  static void writeSpan(SourceSpan span, JsonGenerator out) throws IOException {
    out.writeStartObject();
    out.writeNumberField("startLine", span.startLine());
    out.writeNumberField("endLine", span.endLine());
    out.writeNumberField("startOffset", span.startOffset());
    out.writeNumberField("endOffset", span.endOffset());
    out.writeEndObject();
  }

  // ---- reading -------------------------------------------------------------------------------

  /** Thrown inside the tree reader; turned into an {@link InvalidArticleJsonException} at the boundary. */
  private static final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final String path;
    final String problem;

    Refusal(String path, String problem) {
      super((path.isEmpty() ? "" : path + ": ") + problem, null, false, false);
      this.path = path;
      this.problem = problem;
    }
  }

  private static <T> T read(JsonParser parser, DeserializationContext context, Class<T> type,
      java.util.function.Function<JsonNode, T> reader) throws IOException {
    JsonLocation start = parser.currentTokenLocation();
    JsonNode node = context.readTree(parser);
    try {
      return reader.apply(node);
    } catch (Refusal e) {
      throw new InvalidArticleJsonException(parser, type, start, e.path, e.problem);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new InvalidArticleJsonException(parser, type, start, "", String.valueOf(e.getMessage()));
    }
  }

  static Article readArticle(JsonNode node, String path) {
    requireObject(node, path);
    Article.Builder builder = Article.builder().title(requiredNonBlankText(node, path, "title"));
    forEach(node, path, "headings", (item, itemPath) -> builder.addHeadings(nonBlankText(item, itemPath)));
    forEach(node, path, "lead", (item, itemPath) -> builder.addLead(readBlock(item, itemPath)));
    forEach(node, path, "sections", (item, itemPath) -> builder.addSections(readSection(item, itemPath)));
    forEach(node, path, "boilerplate",
        (item, itemPath) -> builder.addBoilerplate(readBoilerplate(item, itemPath)));
    return build(builder::build, path);
  }

  static Section readSection(JsonNode node, String path) {
    requireObject(node, path);
    Section.Builder builder = Section.builder().heading(requiredNonBlankText(node, path, "heading"));
    forEach(node, path, "blocks", (item, itemPath) -> builder.addBlocks(readBlock(item, itemPath)));
    builder.span(optionalSpan(node, path));
    return build(builder::build, path);
  }

  static Block readBlock(JsonNode node, String path) {
    requireObject(node, path);
    String type = requiredText(node, path, "type");
    switch (type) {
      case TYPE_PARAGRAPH:
        return readParagraph(node, path);
      case TYPE_CROSS_LINK:
        return readCrossLink(node, path);
      default:
        throw new Refusal(join(path, "type"), "unknown block type \"" + type
            + "\" (expected \"" + TYPE_PARAGRAPH + "\" or \"" + TYPE_CROSS_LINK + "\")");
    }
  }

  static Paragraph readParagraph(JsonNode node, String path) {
    requireObject(node, path);
    Paragraph.Builder builder = Paragraph.builder().text(requiredNonBlankText(node, path, "text"));
    builder.span(optionalSpan(node, path));
    return build(builder::build, path);
  }

  static CrossLink readCrossLink(JsonNode node, String path) {
    requireObject(node, path);
    CrossLink.Builder builder = CrossLink.builder()
        .label(requiredNonBlankText(node, path, "label"))
        .title(requiredNonBlankText(node, path, "title"));
    JsonNode url = node.get("url");
    if (url != null && !url.isNull()) {
      builder.url(nonBlankText(url, join(path, "url")));
    }
    builder.span(optionalSpan(node, path));
    return build(builder::build, path);
  }

  static Boilerplate readBoilerplate(JsonNode node, String path) {
    requireObject(node, path);
    Boilerplate.Builder builder = Boilerplate.builder().text(requiredNonBlankText(node, path, "text"));
    builder.span(optionalSpan(node, path));
    return build(builder::build, path);
  }

  static SourceSpan readSpan(JsonNode node, String path) {
    requireObject(node, path);
    int startLine = requiredInt(node, path, "startLine");
    int endLine = requiredInt(node, path, "endLine");
    int startOffset = requiredInt(node, path, "startOffset");
    int endOffset = requiredInt(node, path, "endOffset");
    return build(() -> SourceSpan.of(startLine, endLine, startOffset, endOffset), path);
  }

  private static Optional<SourceSpan> optionalSpan(JsonNode node, String path) {
    JsonNode span = node.get("span");
    if (span == null || span.isNull()) {
      return Optional.empty();
    }
    return Optional.of(readSpan(span, join(path, "span")));
  }

  /** Runs a builder, putting the path in front of the invariant that failed. */
  private static <T> T build(java.util.function.Supplier<T> builder, String path) {
    try {
      return builder.get();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new Refusal(path, String.valueOf(e.getMessage()));
    }
  }

  private static void requireObject(JsonNode node, String path) {
    if (!node.isObject()) {
      throw new Refusal(path, "expected an object, found " + describe(node));
    }
  }

  private static String requiredText(JsonNode node, String path, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull() || value.isMissingNode()) {
      throw new Refusal(join(path, field), "missing required property \"" + field + "\"");
    }
    return text(value, join(path, field));
  }

  private static String requiredNonBlankText(JsonNode node, String path, String field) {
    return nonBlank(requiredText(node, path, field), join(path, field));
  }

  private static String nonBlankText(JsonNode value, String path) {
    return nonBlank(text(value, path), path);
  }

  private static String nonBlank(String text, String path) {
    if (Texts.isBlank(text)) {
      throw new Refusal(path, "must not be blank");
    }
    return text;
  }

  private static String text(JsonNode value, String path) {
    if (!value.isTextual()) {
      throw new Refusal(path, "expected a string, found " + describe(value));
    }
    return value.textValue();
  }

  private static int requiredInt(JsonNode node, String path, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new Refusal(join(path, field), "missing required property \"" + field + "\"");
    }
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      throw new Refusal(join(path, field), "expected an integer, found " + describe(value));
    }
    return value.intValue();
  }

  private interface ItemReader {
    void read(JsonNode item, String itemPath);
  }

  private static void forEach(JsonNode node, String path, String field, ItemReader reader) {
    JsonNode array = node.get(field);
    if (array == null || array.isMissingNode()) {
      return; // an absent list is an empty list
    }
    String arrayPath = join(path, field);
    if (!array.isArray()) {
      throw new Refusal(arrayPath, "expected an array, found " + describe(array));
    }
    int index = 0;
    for (JsonNode item : array) {
      reader.read(item, arrayPath + "[" + index++ + "]");
    }
  }

  private static String join(String path, String field) {
    return path.isEmpty() ? field : path + "." + field;
  }

  private static String describe(JsonNode node) {
    switch (node.getNodeType()) {
      case STRING:
        return "a string";
      case NUMBER:
        return "a number";
      case BOOLEAN:
        return "a boolean";
      case ARRAY:
        return "an array";
      case OBJECT:
        return "an object";
      case NULL:
        return "null";
      default:
        return node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    }
  }

  // ---- Jackson bindings ----------------------------------------------------------------------

  /** Writes an {@link Article}. */
  public static final class ArticleSerializer extends JsonSerializer<Article> {
    @Override
    public void serialize(Article value, JsonGenerator out, SerializerProvider provider) throws IOException {
      writeArticle(value, out);
    }
  }

  /** Reads an {@link Article}. */
  public static final class ArticleDeserializer extends JsonDeserializer<Article> {
    @Override
    public Article deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      return read(parser, context, Article.class, node -> readArticle(node, ""));
    }
  }

  /** Writes a {@link Section}. */
  public static final class SectionSerializer extends JsonSerializer<Section> {
    @Override
    public void serialize(Section value, JsonGenerator out, SerializerProvider provider) throws IOException {
      writeSection(value, out);
    }
  }

  /** Reads a {@link Section}. */
  public static final class SectionDeserializer extends JsonDeserializer<Section> {
    @Override
    public Section deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      return read(parser, context, Section.class, node -> readSection(node, ""));
    }
  }

  /** Writes any {@link Block} with its {@code type}. */
  public static final class BlockSerializer extends JsonSerializer<Block> {
    @Override
    public void serialize(Block value, JsonGenerator out, SerializerProvider provider) throws IOException {
      writeBlock(value, out);
    }
  }

  /** Reads a {@link Block} of the kind its {@code type} names. */
  public static final class BlockDeserializer extends JsonDeserializer<Block> {
    @Override
    public Block deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      return read(parser, context, Block.class, node -> readBlock(node, ""));
    }
  }

  /** Reads a {@link Paragraph}; a {@code type}, if given, is not checked. */
  public static final class ParagraphDeserializer extends JsonDeserializer<Paragraph> {
    @Override
    public Paragraph deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      return read(parser, context, Paragraph.class, node -> readParagraph(node, ""));
    }
  }

  /** Reads a {@link CrossLink}; a {@code type}, if given, is not checked. */
  public static final class CrossLinkDeserializer extends JsonDeserializer<CrossLink> {
    @Override
    public CrossLink deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      return read(parser, context, CrossLink.class, node -> readCrossLink(node, ""));
    }
  }

  /** Writes a {@link Boilerplate}. */
  public static final class BoilerplateSerializer extends JsonSerializer<Boilerplate> {
    @Override
    public void serialize(Boilerplate value, JsonGenerator out, SerializerProvider provider) throws IOException {
      writeBoilerplate(value, out);
    }
  }

  /** Reads a {@link Boilerplate}. */
  public static final class BoilerplateDeserializer extends JsonDeserializer<Boilerplate> {
    @Override
    public Boilerplate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      return read(parser, context, Boilerplate.class, node -> readBoilerplate(node, ""));
    }
  }

  /** Writes a {@link SourceSpan}. */
  public static final class SpanSerializer extends JsonSerializer<SourceSpan> {
    @Override
    public void serialize(SourceSpan value, JsonGenerator out, SerializerProvider provider) throws IOException {
      writeSpan(value, out);
    }
  }

  /** Reads a {@link SourceSpan}. */
  public static final class SpanDeserializer extends JsonDeserializer<SourceSpan> {
    @Override
    public SourceSpan deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      return read(parser, context, SourceSpan.class, node -> readSpan(node, ""));
    }
  }
}

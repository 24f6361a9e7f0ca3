package io.github.articlekit.spark;

import io.github.articlekit.core.Article;
import io.github.articlekit.core.Block;
import io.github.articlekit.core.Boilerplate;
import io.github.articlekit.core.CrossLink;
import io.github.articlekit.core.Paragraph;
import io.github.articlekit.core.Section;
import io.github.articlekit.core.SourceSpan;
import io.github.articlekit.parser.Diagnostic;
import io.github.articlekit.parser.ParseResult;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * Articles as Spark rows: the {@link #SCHEMA} of a parsed file, which mirrors ArticleKit's JSON
 * contract, and the conversions both ways.
 *
 * <pre>
 * source       string                      the file, named as the CLI names it
 * title        string
 * headings     array&lt;string&gt;
 * lead         array&lt;BLOCK&gt;
 * sections     array&lt;struct&lt;heading string, blocks array&lt;BLOCK&gt;, span SPAN&gt;&gt;
 * boilerplate  array&lt;struct&lt;text string, span SPAN&gt;&gt;
 * diagnostics  array&lt;struct&lt;severity string, code string, message string, line int, column int&gt;&gt;
 *
 * BLOCK = struct&lt;type string ("paragraph" or "crossLink"), text string (paragraphs), label string,
 *                title string, url string (cross-links), span SPAN&gt;
 * SPAN  = struct&lt;startLine int, endLine int, startOffset int, endOffset int&gt;
 * </pre>
 *
 * <p>As in the JSON form, lists are never null; {@code span}, {@code url} and the fields of the other
 * kind of block are null when absent. Only {@code diagnostics} is not part of the article's JSON: it
 * holds the parser's {@link ParseResult#diagnostics()}, with the severity ({@code WARNING},
 * {@code INFO}) and code as their enum names. The conversions are lossless: {@link #toArticle}
 * gives back the article that {@link #toRow} was given, spans included.
 */
public final class ArticleRows {
  /** Value of a block's {@code type} for a paragraph, as in the JSON form. */
  public static final String PARAGRAPH = "paragraph";
  /** Value of a block's {@code type} for a cross-link, as in the JSON form. */
  public static final String CROSS_LINK = "crossLink";

  /** Where an element stands in its file: {@link SourceSpan}. */
  public static final StructType SPAN = new StructType(new StructField[] {
      notNull("startLine", DataTypes.IntegerType),
      notNull("endLine", DataTypes.IntegerType),
      notNull("startOffset", DataTypes.IntegerType),
      notNull("endOffset", DataTypes.IntegerType)});

  /** A paragraph or a cross-link, told apart by {@code type}. */
  public static final StructType BLOCK = new StructType(new StructField[] {
      notNull("type", DataTypes.StringType),
      nullable("text", DataTypes.StringType),
      nullable("label", DataTypes.StringType),
      nullable("title", DataTypes.StringType),
      nullable("url", DataTypes.StringType),
      nullable("span", SPAN)});

  /** A section: its heading and blocks. */
  public static final StructType SECTION = new StructType(new StructField[] {
      notNull("heading", DataTypes.StringType),
      notNull("blocks", arrayOf(BLOCK)),
      nullable("span", SPAN)});

  /** A trailing block that is not article content. */
  public static final StructType BOILERPLATE = new StructType(new StructField[] {
      notNull("text", DataTypes.StringType),
      nullable("span", SPAN)});

  /** A diagnostic of the parser. */
  public static final StructType DIAGNOSTIC = new StructType(new StructField[] {
      notNull("severity", DataTypes.StringType),
      notNull("code", DataTypes.StringType),
      notNull("message", DataTypes.StringType),
      notNull("line", DataTypes.IntegerType),
      notNull("column", DataTypes.IntegerType)});

  /** The article's own fields, in the JSON form's order. */
  static final StructType ARTICLE = new StructType(new StructField[] {
      notNull("title", DataTypes.StringType),
      notNull("headings", arrayOf(DataTypes.StringType)),
      notNull("lead", arrayOf(BLOCK)),
      notNull("sections", arrayOf(SECTION)),
      notNull("boilerplate", arrayOf(BOILERPLATE))});

  /** A parsed file: {@code source}, the article's fields, {@code diagnostics}. */
  public static final StructType SCHEMA = new StructType(concat(
      new StructField[] {notNull("source", DataTypes.StringType)},
      ARTICLE.fields(),
      new StructField[] {notNull("diagnostics", arrayOf(DIAGNOSTIC))}));

  /** A refused file: {@code source}, {@code code} (as the CLI's, e.g. {@code NOT_TEXT}), {@code message}. */
  public static final StructType REFUSAL_SCHEMA = new StructType(new StructField[] {
      notNull("source", DataTypes.StringType),
      notNull("code", DataTypes.StringType),
      notNull("message", DataTypes.StringType)});

  private ArticleRows() {}

  /**
   * The row of a parsed file, in {@link #SCHEMA}.
   *
   * @param source the file's name
   * @param result the parse result
   * @return the row
   */
  public static Row toRow(String source, ParseResult result) {
    return articleRow(source, result.article(), diagnostics(result.diagnostics()));
  }

  /**
   * The row of an article, in {@link #SCHEMA}, with no diagnostics.
   *
   * @param source the article's name
   * @param article the article
   * @return the row
   */
  public static Row toRow(String source, Article article) {
    return articleRow(source, article, new Object[0]);
  }

  /**
   * The row of a refused file, in {@link #REFUSAL_SCHEMA}.
   *
   * @param source the file's name
   * @param code the refusal's code
   * @param message the refusal's message
   * @return the row
   */
  public static Row refusalRow(String source, String code, String message) {
    return RowFactory.create(source, code, message);
  }

  /**
   * The article of a row in {@link #SCHEMA} (or any row with its article fields, by name), such as a row
   * read back from Parquet: the inverse of {@link #toRow}.
   *
   * @param row the row
   * @return the article, spans included
   * @throws IllegalArgumentException if the row does not describe a valid article
   */
  public static Article toArticle(Row row) {
    Article.Builder article = Article.builder().title(string(row, SCHEMA, "title"));
    for (Object heading : list(row, SCHEMA, "headings")) {
      article.addHeadings((String) heading);
    }
    for (Object block : list(row, SCHEMA, "lead")) {
      article.addLead(block((Row) block));
    }
    for (Object value : list(row, SCHEMA, "sections")) {
      Row section = (Row) value;
      Section.Builder builder = Section.builder().heading(string(section, SECTION, "heading"));
      for (Object block : list(section, SECTION, "blocks")) {
        builder.addBlocks(block((Row) block));
      }
      builder.span(span(section, SECTION));
      article.addSections(builder.build());
    }
    for (Object value : list(row, SCHEMA, "boilerplate")) {
      Row boilerplate = (Row) value;
      article.addBoilerplate(Boilerplate.builder().text(string(boilerplate, BOILERPLATE, "text"))
          .span(span(boilerplate, BOILERPLATE)).build());
    }
    return article.build();
  }

  /** The article's fields, then the diagnostics; for the combined rows of {@link ParseArticles}. */
  static Object[] articleValues(Article article) {
    return new Object[] {
        article.title(),
        article.headings().toArray(),
        blocks(article.lead()),
        sections(article.sections()),
        boilerplate(article.boilerplate())};
  }

  static Object[] diagnostics(List<Diagnostic> diagnostics) {
    Object[] rows = new Object[diagnostics.size()];
    for (int i = 0; i < rows.length; i++) {
      Diagnostic d = diagnostics.get(i);
      rows[i] = RowFactory.create(d.severity().name(), d.code().name(), d.message(), d.line(), d.column());
    }
    return rows;
  }

  private static Row articleRow(String source, Article article, Object[] diagnostics) {
    Object[] values = articleValues(article);
    Object[] row = new Object[values.length + 2];
    row[0] = source;
    System.arraycopy(values, 0, row, 1, values.length);
    row[row.length - 1] = diagnostics;
    return RowFactory.create(row);
  }

  // Arrays are Object[]: the form Spark's row encoder takes for an array column.

  private static Object[] blocks(List<Block> blocks) {
    Object[] rows = new Object[blocks.size()];
    for (int i = 0; i < rows.length; i++) {
      Block block = blocks.get(i);
      Row span = span(block.span());
      if (block instanceof CrossLink link) {
        rows[i] = RowFactory.create(CROSS_LINK, null, link.label(), link.title(), link.url().orElse(null), span);
      } else {
        rows[i] = RowFactory.create(PARAGRAPH, block.text(), null, null, null, span);
      }
    }
    return rows;
  }

  private static Object[] sections(List<Section> sections) {
    Object[] rows = new Object[sections.size()];
    for (int i = 0; i < rows.length; i++) {
      Section section = sections.get(i);
      rows[i] = RowFactory.create(section.heading(), blocks(section.blocks()), span(section.span()));
    }
    return rows;
  }

  private static Object[] boilerplate(List<Boilerplate> boilerplate) {
    Object[] rows = new Object[boilerplate.size()];
    for (int i = 0; i < rows.length; i++) {
      Boilerplate b = boilerplate.get(i);
      rows[i] = RowFactory.create(b.text(), span(b.span()));
    }
    return rows;
  }

  private static @Nullable Row span(Optional<SourceSpan> span) {
    if (span.isEmpty()) {
      return null;
    }
    SourceSpan s = span.get();
    return RowFactory.create(s.startLine(), s.endLine(), s.startOffset(), s.endOffset());
  }

  private static Block block(Row row) {
    String type = string(row, BLOCK, "type");
    Optional<SourceSpan> span = span(row, BLOCK);
    switch (type) {
      case PARAGRAPH:
        return Paragraph.builder().text(string(row, BLOCK, "text")).span(span).build();
      case CROSS_LINK:
        return CrossLink.builder().label(string(row, BLOCK, "label")).title(string(row, BLOCK, "title"))
            .url(Optional.ofNullable((String) value(row, BLOCK, "url"))).span(span).build();
      default:
        throw new IllegalArgumentException("unknown block type \"" + type + "\"");
    }
  }

  private static Optional<SourceSpan> span(Row row, StructType type) {
    Row span = (Row) value(row, type, "span");
    if (span == null) {
      return Optional.empty();
    }
    return Optional.of(SourceSpan.of(integer(span, "startLine"), integer(span, "endLine"),
        integer(span, "startOffset"), integer(span, "endOffset")));
  }

  private static int integer(Row span, String field) {
    Object value = value(span, SPAN, field);
    if (value == null) {
      throw new IllegalArgumentException("no " + field + " in " + span);
    }
    return (Integer) value;
  }

  private static String string(Row row, StructType type, String field) {
    Object value = value(row, type, field);
    if (value == null) {
      throw new IllegalArgumentException("no " + field + " in " + row);
    }
    return (String) value;
  }

  /** An array column as Spark gives it (a Scala sequence) or as {@link #toRow} builds it (an array). */
  private static List<?> list(Row row, StructType type, String field) {
    Object value = value(row, type, field);
    if (value == null) {
      throw new IllegalArgumentException("no " + field + " in " + row);
    }
    if (value instanceof Object[] array) {
      return Arrays.asList(array);
    }
    return scala.jdk.javaapi.CollectionConverters.asJava((scala.collection.Seq<?>) value);
  }

  /**
   * A field by name in a row that carries its schema (as Spark's rows do), or by its place in this
   * class's schema in a row that does not (as {@link #toRow}'s).
   */
  private static @Nullable Object value(Row row, StructType type, String field) {
    return row.get(row.schema() != null ? row.fieldIndex(field) : type.fieldIndex(field));
  }

  private static StructField notNull(String name, org.apache.spark.sql.types.DataType type) {
    return DataTypes.createStructField(name, type, false);
  }

  private static StructField nullable(String name, org.apache.spark.sql.types.DataType type) {
    return DataTypes.createStructField(name, type, true);
  }

  private static ArrayType arrayOf(org.apache.spark.sql.types.DataType element) {
    return DataTypes.createArrayType(element, false);
  }

  private static StructField[] concat(StructField[]... parts) {
    int length = 0;
    for (StructField[] part : parts) {
      length += part.length;
    }
    StructField[] all = new StructField[length];
    int at = 0;
    for (StructField[] part : parts) {
      System.arraycopy(part, 0, all, at, part.length);
      at += part.length;
    }
    return all;
  }
}

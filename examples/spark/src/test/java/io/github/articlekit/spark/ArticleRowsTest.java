package io.github.articlekit.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.articlekit.core.Article;
import io.github.articlekit.core.ArticleJson;
import io.github.articlekit.core.CrossLink;
import io.github.articlekit.core.Paragraph;
import io.github.articlekit.core.Section;
import io.github.articlekit.core.SourceSpan;
import io.github.articlekit.parser.ArticleParser;
import io.github.articlekit.parser.ParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

/** Rows to articles and back, without a Spark session. */
class ArticleRowsTest {

  @Test
  void everySampleSurvivesARoundTripSpansIncluded() throws IOException {
    List<Path> samples;
    try (Stream<Path> files = Files.list(LocalSpark.samples())) {
      samples = files.sorted().toList();
    }
    assertThat(samples).hasSize(LocalSpark.sampleCount());
    for (Path sample : samples) {
      ParseResult result = ArticleParser.create().parse(sample);
      Row row = ArticleRows.toRow("x.txt", result);

      assertThat(row.length()).isEqualTo(ArticleRows.SCHEMA.size());
      assertThat(ArticleJson.toJson(ArticleRows.toArticle(row)))
          .isEqualTo(ArticleJson.toJson(result.article()));
    }
  }

  @Test
  void absentPartsAreNullsAndBlocksKeepTheirKind() {
    Article article = Article.builder().title("T")
        .addLead(Paragraph.of("lead"))
        .addSections(Section.builder().heading("H")
            .addBlocks(CrossLink.of("READ MORE", "Other"),
                CrossLink.builder().label("SEE").title("Web").url("https://ex.org/a").span(SourceSpan.of(3, 3, 10, 20))
                    .build())
            .build())
        .build();

    Row row = ArticleRows.toRow("t.txt", article);
    Row lead = (Row) ((Object[]) row.get(3))[0];
    Row section = (Row) ((Object[]) row.get(4))[0];
    Row[] blocks = java.util.Arrays.copyOf((Object[]) section.get(1), 2, Row[].class);

    assertThat(lead.toSeq().mkString("|")).isEqualTo("paragraph|lead|null|null|null|null");
    assertThat(blocks[0].toSeq().mkString("|")).isEqualTo("crossLink|null|READ MORE|Other|null|null");
    assertThat(((Row) blocks[1].get(5)).toSeq().mkString("|")).isEqualTo("3|3|10|20");
    assertThat(section.isNullAt(2)).isTrue();
    assertThat(((Object[]) row.get(row.length() - 1))).isEmpty();
    assertThat(ArticleRows.toArticle(row)).isEqualTo(article);
    assertThat(ArticleRows.toArticle(row).sections().get(0).blocks().get(1).span()).contains(SourceSpan.of(3, 3, 10, 20));
  }

  @Test
  void aRowThatIsNotAnArticleIsRefused() {
    Row row = ArticleRows.toRow("t.txt", Article.builder().title("T").addLead(Paragraph.of("p")).build());
    Object[] values = new Object[row.length()];
    for (int i = 0; i < values.length; i++) {
      values[i] = row.get(i);
    }
    values[3] = new Object[] {RowFactory.create("table", "x", null, null, null, null)};

    assertThatThrownBy(() -> ArticleRows.toArticle(RowFactory.create(values)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown block type \"table\"");
  }

  @Test
  void sourcesAreNamedAsTheCliNamesThem() {
    assertThat(ParseArticles.sourceName("file:/work/samples/a.txt", "/work")).isEqualTo("samples/a.txt");
    assertThat(ParseArticles.sourceName("file:/data/b c é.txt", "/work")).isEqualTo("../data/b c é.txt");
    assertThat(ParseArticles.sourceName("file:///data/b.txt", null)).isEqualTo("/data/b.txt");
    assertThat(ParseArticles.sourceName("/data/b.txt", null)).isEqualTo("/data/b.txt");
    assertThat(ParseArticles.sourceName("hdfs://nn:8020/archive/a.txt", "/work")).isEqualTo("hdfs://nn:8020/archive/a.txt");
    assertThat(ParseArticles.sourceName("s3a://bucket/a.txt", null)).isEqualTo("s3a://bucket/a.txt");
  }
}

package io.github.articlekit.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.articlekit.core.Article;
import io.github.articlekit.core.CrossLink;
import io.github.articlekit.core.Paragraph;
import io.github.articlekit.core.Section;
import io.github.articlekit.core.internal.Texts;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The way back to text: {@code parse(write(article))} equals {@code article}. */
class RoundTripTest {
  private static final ArticleParser PARSER = ArticleParser.create();

  static List<String> fixtures() {
    return Fixtures.names();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void writtenFixtureParsesBackToTheSameArticle(String name) {
    Article article = PARSER.parseArticle(Fixtures.text(name));

    String written = ArticleWriter.write(article);

    assertThat(PARSER.parseArticle(written)).isEqualTo(article);
    assertThat(ArticleWriter.write(PARSER.parseArticle(written))).as("writing is stable").isEqualTo(written);
  }

  @Test
  void writingTheReferenceReproducesItsNonBlankLinesInOrder() {
    String reference = Fixtures.text("reference");

    String written = ArticleWriter.write(PARSER.parseArticle(reference));

    assertThat(nonBlankLines(written)).containsExactlyElementsOf(nonBlankLines(reference));
  }

  @Test
  void handBuiltArticleRoundTrips() {
    Article article = Article.builder()
        .title("Title: with a colon")
        .addHeadings("First", "Second")
        .addLead(Paragraph.of("A lead paragraph."))
        .addSections(Section.builder().heading("First")
            .addBlocks(Paragraph.of("Text one."), CrossLink.of("LIRE AUSSI", "Autre : article"))
            .addBlocks(CrossLink.builder().label("READ MORE").title("With a URL").url("https://example.org/a").build())
            .build())
        .addSections(Section.builder().heading("Second").addBlocks(Paragraph.of("Text two.")).build())
        .build();

    String written = ArticleWriter.write(article);

    assertThat(written).contains("LIRE AUSSI : Autre : article\n", "READ MORE: With a URL (https://example.org/a)\n");
    assertThat(PARSER.parseArticle(written)).isEqualTo(article);
  }

  @Test
  void writerAppendsToAnyAppendable() {
    Article article = Article.builder().title("Only a title").build();
    StringBuilder out = new StringBuilder("> ");

    ArticleWriter.write(article, out);

    assertThat(out.toString()).isEqualTo("> Only a title\n");
  }

  private static List<String> nonBlankLines(String text) {
    return text.lines().filter(line -> !Texts.isBlank(line)).map(Texts::strip).collect(Collectors.toList());
  }
}

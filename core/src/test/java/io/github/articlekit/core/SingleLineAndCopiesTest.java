package io.github.articlekit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Texts are single lines (what keeps an article writable in the layout), and every part has a copy method. */
class SingleLineAndCopiesTest {

  static Stream<Arguments> multiLineTexts() {
    return Stream.of(
        Arguments.of("article.title", (Supplier<Object>) () -> Article.builder().title("a\nb").build()),
        Arguments.of("article.headings[0]", (Supplier<Object>) () -> Article.builder().title("t").addHeadings("a\rb").build()),
        Arguments.of("section.heading", (Supplier<Object>) () -> Section.builder().heading("a\r\nb").build()),
        Arguments.of("paragraph.text", (Supplier<Object>) () -> Paragraph.of("line one\nline two")),
        Arguments.of("crossLink.label", (Supplier<Object>) () -> CrossLink.of("LIRE\nAUSSI", "t")),
        Arguments.of("crossLink.title", (Supplier<Object>) () -> CrossLink.of("LIRE AUSSI", "t\nu")),
        Arguments.of("crossLink.url", (Supplier<Object>) () -> CrossLink.builder().label("l").title("t").url("https://a\n").build()),
        Arguments.of("boilerplate.text", (Supplier<Object>) () -> Boilerplate.of("Et\naussi")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("multiLineTexts")
  void lineBreaksInTextsAreRefusedNamingTheField(String field, Supplier<Object> build) {
    assertThatThrownBy(build::get)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(field)
        .hasMessageContaining("single line");
  }

  @Test
  void copiesChangeOnePartAndLeaveTheOriginal() {
    SourceSpan span = SourceSpan.of(1, 1, 0, 4);
    Section section = Section.builder().heading("Old").addBlocks(Paragraph.of("Text.")).build();
    CrossLink link = CrossLink.of("READ MORE", "Story");
    Boilerplate boilerplate = Boilerplate.of("Et aussi");
    Article article = Article.builder().title("T").addHeadings("Old").addSections(section).build();

    assertThat(section.withHeading("New").heading()).isEqualTo("New");
    assertThat(section.withSpan(span).span()).contains(span);
    assertThat(section.heading()).isEqualTo("Old");
    assertThat(link.withLabel("SEE ALSO").label()).isEqualTo("SEE ALSO");
    assertThat(link.withTitle("Other").title()).isEqualTo("Other");
    assertThat(link.withUrl("https://example.org").url()).contains("https://example.org");
    assertThat(link.url()).isEmpty();
    assertThat(boilerplate.withText("And also").text()).isEqualTo("And also");
    assertThat(boilerplate.withSpan(span).span()).contains(span);
    assertThat(article.withHeadings(List.of("New")).headings()).containsExactly("New");
    assertThat(article.withLead(List.of(Paragraph.of("Lead."))).lead()).containsExactly(Paragraph.of("Lead."));
    assertThat(article.lead()).isEmpty();
  }

  @Test
  void duplicateKeysAreRefusedByArticleJson() {
    assertThatThrownBy(() -> ArticleJson.fromJson("{\"title\":\"a\",\"title\":\"b\"}"))
        .isInstanceOf(ArticleException.class)
        .hasMessageContaining("title");
  }
}

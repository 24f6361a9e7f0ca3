package io.github.articlekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.articlekit.core.Article;
import io.github.articlekit.core.CrossLink;
import io.github.articlekit.core.Paragraph;
import io.github.articlekit.core.Section;
import org.junit.jupiter.api.Test;

/** Markdown escaping: the rendered page shows the article's characters as written. */
class MarkdownTest {

  @Test
  void inlineMarkupIsEscaped() {
    assertThat(Markdown.inline("a *b* _c_ `d` [e](f) <g> h\\i")).isEqualTo(
        "a \\*b\\* \\_c\\_ \\`d\\` \\[e\\](f) \\<g> h\\\\i");
    assertThat(Markdown.inline("AT&T &amp; &#35; R&D")).isEqualTo("AT&T \\&amp; \\&#35; R&D");
  }

  @Test
  void blockMarkupAtTheStartOfALineIsEscaped() {
    assertThat(Markdown.lineStart("# not a heading")).isEqualTo("\\# not a heading");
    assertThat(Markdown.lineStart("> not a quote")).isEqualTo("\\> not a quote");
    assertThat(Markdown.lineStart("- not a list")).isEqualTo("\\- not a list");
    assertThat(Markdown.lineStart("--- not a rule")).isEqualTo("\\--- not a rule");
    assertThat(Markdown.lineStart("2024. Not a list")).isEqualTo("2024\\. Not a list");
    assertThat(Markdown.lineStart("1) Not a list")).isEqualTo("1\\) Not a list");
    assertThat(Markdown.lineStart("2024 was a year")).isEqualTo("2024 was a year");
    assertThat(Markdown.lineStart("-5 degrees")).isEqualTo("-5 degrees");
  }

  @Test
  void linkDestinationsHold() {
    assertThat(Markdown.destination("https://example.com/a b_(c)")).isEqualTo("https://example.com/a%20b_%28c%29");
  }

  @Test
  void articleWithEverything() {
    Article article = Article.builder()
        .title("C# 12 est sorti #")
        .addHeadings("1. Nouveautés")
        .addLead(Paragraph.of("Chapô *important*."))
        .addSections(Section.builder()
            .heading("1. Nouveautés")
            .addBlocks(Paragraph.of("# Pas un titre"))
            .addBlocks(CrossLink.of("LIRE AUSSI", "Les [meilleurs] outils"))
            .addBlocks(CrossLink.builder().label("READ MORE").title("Docs").url("https://example.com/x y").build())
            .build())
        .build();

    assertThat(Markdown.render(article)).isEqualTo("""
        # C# 12 est sorti \\#

        Chapô \\*important\\*.

        ## 1. Nouveautés

        \\# Pas un titre

        > LIRE AUSSI : Les \\[meilleurs\\] outils

        > [Docs](https://example.com/x%20y)
        """);
  }
}

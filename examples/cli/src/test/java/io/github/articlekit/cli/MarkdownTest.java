package io.github.articlekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.articlekit.core.Article;
import io.github.articlekit.core.CrossLink;
import io.github.articlekit.core.Paragraph;
import io.github.articlekit.core.Section;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Markdown shows the article's characters as written: read back by a CommonMark parser, it gives the
 * same headings, paragraphs and links, whatever markup the texts hold.
 */
class MarkdownTest {
  private static final Parser PARSER = Parser.builder().build();

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
        # C\\# 12 est sorti \\#

        Chapô \\*important\\*.

        ## 1. Nouveautés

        \\# Pas un titre

        > LIRE AUSSI : Les \\[meilleurs\\] outils

        > [Docs](<https://example.com/x y>)
        """);
    assertThat(readBack(Markdown.render(article))).containsExactly("h1 C# 12 est sorti #", "p Chapô *important*.",
        "h2 1. Nouveautés", "p # Pas un titre", "quote LIRE AUSSI : Les [meilleurs] outils",
        "quote link https://example.com/x y Docs");
  }

  /** Texts that CommonMark would read as markup if they were written as they are. */
  @ParameterizedTest
  @ValueSource(strings = {"a *b* _c_ `d` [e](f) <g> h\\i", "AT&T &amp; &#35; R&D", "# not a heading",
      "> not a quote", "- not a list", "--- not a rule", "2024. Not a list", "1) Not a list", "-5 degrees",
      "<script>alert('x')</script>", "***", "=== under", "    four spaces", "~~~ fence", "```", "+ plus",
      "a  \\", "[x]: https://example.org", "<!-- comment -->", "* * *", "| a | b |", "\"quotes\" & 'apostrophes'"})
  void markupInTheTextsStaysText(String text) {
    Article article = Article.builder().title(text).addHeadings(text)
        .addLead(Paragraph.of(text))
        .addSections(Section.builder().heading(text)
            .addBlocks(Paragraph.of(text), CrossLink.of("LIRE AUSSI", text),
                CrossLink.builder().label("READ MORE").title(text).url("https://example.org/" + text.strip()).build())
            .build())
        .build();
    String stripped = text.strip();
    assertThat(readBack(Markdown.render(article))).containsExactly("h1 " + stripped, "p " + stripped,
        "h2 " + stripped, "p " + stripped, "quote LIRE AUSSI : " + stripped,
        "quote link https://example.org/" + stripped + " " + stripped);
  }

  @Test
  void boilerplateIsLeftOut() {
    Article article = Article.builder().title("T").addBoilerplate(io.github.articlekit.core.Boilerplate.of("Et aussi"))
        .build();
    assertThat(Markdown.render(article)).isEqualTo("# T\n");
  }

  /** The parsed document as one line per block: its kind and its text as a reader sees it. */
  private static List<String> readBack(String markdown) {
    Node document = PARSER.parse(markdown);
    List<String> blocks = new ArrayList<>();
    for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
      if (block instanceof Heading heading) {
        blocks.add("h" + heading.getLevel() + " " + text(heading));
      } else if (block instanceof BlockQuote quote) {
        Node inner = quote.getFirstChild().getFirstChild();
        blocks.add(inner instanceof Link link && inner.getNext() == null
            ? "quote link " + link.getDestination() + " " + text(link)
            : "quote " + text(quote));
      } else if (block instanceof org.commonmark.node.Paragraph) {
        blocks.add("p " + text(block));
      } else {
        blocks.add(block.getClass().getSimpleName() + " " + text(block));
      }
    }
    return blocks;
  }

  private static String text(Node node) {
    StringBuilder out = new StringBuilder();
    node.accept(new AbstractVisitor() {
      @Override
      public void visit(Text text) {
        out.append(text.getLiteral());
      }
    });
    return out.toString();
  }
}

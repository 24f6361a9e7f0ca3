package io.github.articlekit.parser.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.articlekit.core.Article;
import io.github.articlekit.core.CrossLink;
import io.github.articlekit.core.Paragraph;
import io.github.articlekit.core.Section;
import io.github.articlekit.parser.ArticleParser;
import io.github.articlekit.parser.Diagnostic;
import io.github.articlekit.parser.Language;
import io.github.articlekit.parser.ParseResult;
import io.github.articlekit.testing.ReferenceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The page, read by an HTML5 parser as a browser would: its structure, its diagnostics, its escaping. */
class HtmlWriterTest {
  private static final ArticleParser PARSER = ArticleParser.create();
  private static final HtmlWriter WRITER = HtmlWriter.create();
  private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

  @Test
  void thePageLanguageIsTheGivenOneOrTheOnePackOfTheMarkersOrNone() {
    ParseResult french = result(Article.builder().title("T").addLead(CrossLink.of("Lire aussi", "Autre")).build());
    ParseResult mixed = result(Article.builder().title("T")
        .addLead(CrossLink.of("LIRE AUSSI", "a"), CrossLink.of("READ MORE", "b")).build());
    ParseResult none = result(Article.builder().title("T").addLead(Paragraph.of("p")).build());
    HtmlWriter german = HtmlWriter.builder().language(Language.GERMAN).build();

    assertThat(Jsoup.parse(WRITER.write(french)).select("html").attr("lang")).isEqualTo("fr");
    assertThat(Jsoup.parse(WRITER.write(mixed)).select("html").hasAttr("lang")).isFalse();
    assertThat(Jsoup.parse(WRITER.write(none)).select("html").hasAttr("lang")).isFalse();
    assertThat(WRITER.write(none)).startsWith("<!DOCTYPE html>\n<html>\n");
    assertThat(Jsoup.parse(german.write(french)).select("html").attr("lang")).isEqualTo("de");
    assertThat(Jsoup.parse(german.write(none)).select("html").attr("lang")).isEqualTo("de");
  }

  private static ParseResult result(Article article) {
    return new ParseResult(article, List.of());
  }

  @Test
  void theReferenceArticlePageHasItsStructure() {
    String text = ReferenceText.text();
    ParseResult result = PARSER.parse(text);
    Article article = result.article();
    Document page = Jsoup.parse(WRITER.write(result, text));

    assertThat(page.select("html").attr("lang")).isEqualTo("fr");
    assertThat(page.title()).isEqualTo(article.title());
    assertThat(page.select("h1")).hasSize(1).first().extracting(Element::text).isEqualTo(article.title());
    Elements toc = page.select("nav li a");
    assertThat(toc).hasSize(12);
    Elements sections = page.select("main > section[id^=section-]");
    assertThat(sections).hasSize(12);
    for (int i = 0; i < sections.size(); i++) {
      Element section = sections.get(i);
      assertThat(section.id()).isEqualTo("section-" + (i + 1));
      assertThat(section.selectFirst("h2").text()).isEqualTo(article.sections().get(i).heading());
      assertThat(toc.get(i).attr("href")).isEqualTo("#" + section.id());
    }
    assertThat(page.select("main aside.cross-link")).hasSize(article.crossLinks().size());
    assertThat(page.select("footer.boilerplate p")).hasSize(article.boilerplate().size());
    // Self-contained: no script, no external resource.
    assertThat(page.select("script, link, img, iframe, object, embed")).isEmpty();
    assertThat(page.select("[src]")).isEmpty();
    assertThat(page.select("style")).hasSize(1);
    assertThat(page.select("style").first().data()).doesNotContain("url(", "@import");
    // The source text, with every paragraph highlighted.
    Element source = page.getElementById("source");
    assertThat(source).isNotNull();
    assertThat(source.selectFirst("pre").wholeText()).isEqualTo(text.replace("\r\n", "\n"));
    assertThat(source.select("pre mark.paragraph")).hasSize(article.paragraphs().size());
    assertThat(source.select("pre mark.heading")).hasSize(12);
    assertThat(source.select("pre mark.title").text()).isEqualTo(article.title());
  }

  static Stream<String> fixtures() throws IOException {
    try (Stream<Path> files = Files.list(FIXTURES)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
          .map(n -> n.substring(0, n.length() - 4)).sorted().toList().stream();
    }
  }

  /** Every diagnostic of every fixture is on the page, once, beside what it concerns; the source holds. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void everyDiagnosticIsShownOnceAndTheSourceReadsBack(String fixture) throws IOException {
    String text = Files.readString(FIXTURES.resolve(fixture + ".txt"));
    ParseResult result = PARSER.parse(text);
    Document page = Jsoup.parse(WRITER.write(result, text));

    Elements shown = page.select(".diagnostic");
    assertThat(shown).hasSize(result.diagnostics().size());
    for (Diagnostic diagnostic : result.diagnostics()) {
      // Whole text: the page keeps a message's spaces (white-space: pre-wrap), as in "Le Sud-Ouest   gourmand".
      assertThat(shown.stream().map(Element::wholeText)).anySatisfy(t -> assertThat(t).contains(diagnostic.message()));
    }
    assertThat(page.select("main > section[id^=section-]")).hasSize(result.article().sections().size());
    assertThat(page.getElementById("source").selectFirst("pre").wholeText()).isEqualTo(text);
  }

  @Test
  void aMissingHeadingIsMarkedInTheContents() throws IOException {
    ParseResult result = PARSER.parse(Files.readString(FIXTURES.resolve("truncated-list.txt")));
    Document page = Jsoup.parse(WRITER.write(result));
    Elements missing = page.select("nav li.missing");
    assertThat(missing).hasSize(3);
    assertThat(missing.first().text()).contains("Ce que prévoit le texte", "missing", "HEADING_NOT_FOUND");
    assertThat(missing.select("a")).isEmpty();
  }

  @Test
  void aLooseMatchShowsBothSpellingsBesideTheHeading() throws IOException {
    ParseResult result = PARSER.parse(Files.readString(FIXTURES.resolve("loose-heading-match.txt")));
    Document page = Jsoup.parse(WRITER.write(result));
    Element first = page.getElementById("section-1");
    assertThat(first.selectFirst("h2").text()).isEqualTo("LES FROMAGES D’AUVERGNE");
    assertThat(first.selectFirst("h2 + .diagnostic").text()).contains("LES FROMAGES D’AUVERGNE", "Les fromages d'Auvergne");
    // The contents show the list's spelling, with a badge.
    Element entry = page.selectFirst("nav a[href=#section-1]").parent();
    assertThat(entry.text()).contains("Les fromages d'Auvergne", "loose match");
  }

  @Test
  void hostileTextStaysText() {
    String hostile = "<script>alert(\"x\")</script> & 'quotes' \"double\" </section><b>bold</b> &amp;";
    Article article = Article.builder().title(hostile).addHeadings(hostile)
        .addLead(Paragraph.of(hostile))
        .addSections(Section.builder().heading(hostile).addBlocks(Paragraph.of(hostile),
            CrossLink.builder().label(hostile).title(hostile).url("https://example.org/?a=\"b\"&c=<d>").build(),
            CrossLink.builder().label("LIRE AUSSI").title("js").url("javascript:alert(1)").build()).build())
        .addBoilerplate(io.github.articlekit.core.Boilerplate.of(hostile))
        .build();
    Document page = Jsoup.parse(WRITER.write(new ParseResult(article, List.of())));

    assertThat(page.select("script, b")).isEmpty();
    assertThat(page.title()).isEqualTo(hostile);
    assertThat(page.selectFirst("h1").text()).isEqualTo(hostile);
    assertThat(page.selectFirst("#section-1 h2").text()).isEqualTo(hostile);
    assertThat(page.select("p").eachText()).contains(hostile);
    Elements links = page.select("aside.cross-link a");
    assertThat(links).hasSize(1);
    assertThat(links.first().attr("href")).isEqualTo("https://example.org/?a=\"b\"&c=<d>");
    assertThat(links.first().text()).isEqualTo(hostile);
    assertThat(page.select("a[href^=javascript]")).isEmpty();
    assertThat(page.select("footer.boilerplate p").text()).isEqualTo(hostile);
    assertThat(HtmlWriter.escape("<a href='x'>&\"</a>")).isEqualTo("&lt;a href=&#39;x&#39;&gt;&amp;&quot;&lt;/a&gt;");
  }

  @Test
  void sourceTextThatDoesNotHoldTheSpansIsRefused() {
    String text = ReferenceText.text();
    ParseResult result = PARSER.parse(text);
    assertThatThrownBy(() -> WRITER.write(result, "short")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not fit");
  }
}

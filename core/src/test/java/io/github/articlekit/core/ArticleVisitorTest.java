package io.github.articlekit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Article#accept}: every part once, in document order, each block as its own kind. */
class ArticleVisitorTest {

  /** Records each call as a short line. */
  private static final class Recorder implements ArticleVisitor {
    final List<String> calls = new ArrayList<>();

    @Override
    public void title(String title) {
      calls.add("title " + title);
    }

    @Override
    public void headingList(List<String> headings) {
      calls.add("headings " + headings);
    }

    @Override
    public void startLead(List<Block> lead) {
      calls.add("lead " + lead.size());
    }

    @Override
    public void endLead(List<Block> lead) {
      calls.add("/lead");
    }

    @Override
    public void startSection(Section section, int index) {
      calls.add("section " + index + " " + section.heading());
    }

    @Override
    public void endSection(Section section, int index) {
      calls.add("/section " + index);
    }

    @Override
    public void paragraph(Paragraph paragraph) {
      calls.add("paragraph " + paragraph.text());
    }

    @Override
    public void crossLink(CrossLink crossLink) {
      calls.add("crossLink " + crossLink.title());
    }

    @Override
    public void boilerplate(Boilerplate boilerplate) {
      calls.add("boilerplate " + boilerplate.text());
    }
  }

  @Test
  void everyPartComesOnceInDocumentOrder() {
    Article article = Article.builder().title("T").addHeadings("A", "B")
        .addLead(Paragraph.of("chapô"), CrossLink.of("LIRE AUSSI", "autre"))
        .addSections(Section.builder().heading("A").addBlocks(Paragraph.of("a1"), CrossLink.of("L", "x")).build())
        .addSections(Section.builder().heading("B").build())
        .addBoilerplate(Boilerplate.of("Et aussi"), Boilerplate.of("Suivez-nous"))
        .build();
    Recorder recorder = new Recorder();
    article.accept(recorder);
    assertThat(recorder.calls).containsExactly("title T", "headings [A, B]", "lead 2", "paragraph chapô",
        "crossLink autre", "/lead", "section 0 A", "paragraph a1", "crossLink x", "/section 0", "section 1 B",
        "/section 1", "boilerplate Et aussi", "boilerplate Suivez-nous");
  }

  @Test
  void anEmptyLeadIsNotVisitedAndTheDefaultsDoNothing() {
    Article article = Article.builder().title("T").build();
    Recorder recorder = new Recorder();
    article.accept(recorder);
    assertThat(recorder.calls).containsExactly("title T", "headings []");
    ReferenceArticle.build().accept(new ArticleVisitor() {}); // every default, on every kind of part
  }

  @Test
  void theReferenceArticleVisitsEveryBlockOfItsModel() {
    Article article = ReferenceArticle.build();
    List<Block> seen = new ArrayList<>();
    article.accept(new ArticleVisitor() {
      @Override
      public void paragraph(Paragraph paragraph) {
        seen.add(paragraph);
      }

      @Override
      public void crossLink(CrossLink crossLink) {
        seen.add(crossLink);
      }
    });
    assertThat(seen).containsExactlyElementsOf(article.blocks());
  }
}

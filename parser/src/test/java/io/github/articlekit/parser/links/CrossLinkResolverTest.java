package io.github.articlekit.parser.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.articlekit.core.Article;
import io.github.articlekit.core.ArticleException;
import io.github.articlekit.core.CrossLink;
import io.github.articlekit.core.Paragraph;
import io.github.articlekit.core.Section;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class CrossLinkResolverTest {

  @Test
  void keysFoldAsTheRulesSay() {
    assertThat(TitleKey.of("« L’État  d’urgence – prolongé ? »")).isEqualTo(new TitleKey("l'état d'urgence - prolongé", false));
    assertThat(TitleKey.of("Confirmation du secrétaire américain…"))
        .isEqualTo(new TitleKey("confirmation du secrétaire américain", true));
    assertThat(TitleKey.of("Dix-neuf caractères...")).isEqualTo(new TitleKey("dix-neuf caractères", false));
    assertThat(TitleKey.of("?!")).isEqualTo(new TitleKey("", false));
    assertThat(TitleKey.of("Confirmation du secrétaire américain…").joinKey()).isEqualTo("confirmation du secr");
    assertThat(TitleKey.of("Court").joinKey()).isEqualTo("court");
    String pairAtTheCut = "a".repeat(19) + "\uD83D\uDE00 et la suite";
    assertThat(TitleKey.of(pairAtTheCut).joinKey()).isEqualTo("a".repeat(19));
  }

  @Test
  void anArticleAddsItsLeadThenSectionLinksInOrder() {
    Article article = Article.builder().title("Source")
        .addLead(CrossLink.of("READ MORE", "Target one"))
        .addSections(Section.builder().heading("Later").addBlocks(Paragraph.of("Text."),
            CrossLink.of("READ MORE", "Nowhere")).build())
        .build();

    LinkGraph graph = CrossLinkResolver.create().add("s", article).addTitle("t", "Target one").resolve();

    assertThat(graph.articles()).containsExactly(new LinkGraph.Node("s", "Source"), new LinkGraph.Node("t", "Target one"));
    assertThat(graph.links()).containsExactly(
        new ResolvedLink("s", 0, Optional.empty(), "READ MORE", "Target one", LinkStatus.RESOLVED, Optional.of("t"),
            List.of(), false),
        new ResolvedLink("s", 1, Optional.of("Later"), "READ MORE", "Nowhere", LinkStatus.UNRESOLVED,
            Optional.empty(), List.of(), false));
  }

  @Test
  void rowsComeInTheOrderOfSourcesThenPositions() {
    LinkGraph graph = CrossLinkResolver.create()
        .addLink("b", 1, Optional.empty(), "L", "x2")
        .addLink("a", 0, Optional.empty(), "L", "y")
        .addLink("b", 0, Optional.empty(), "L", "x1")
        .resolve();

    assertThat(graph.links()).extracting(ResolvedLink::title).containsExactly("y", "x1", "x2");
  }

  @Test
  void candidatesAreCappedToTheFirstInSortedOrder() {
    CrossLinkResolver resolver = CrossLinkResolver.builder().maxCandidates(2).build();
    resolver.addTitle("c", "Same").addTitle("a", "SAME").addTitle("b", "same.");
    resolver.addLink("z", 0, Optional.empty(), "L", "Same");

    ResolvedLink link = resolver.resolve().links().get(0);

    assertThat(link.status()).isEqualTo(LinkStatus.AMBIGUOUS);
    assertThat(link.candidates()).containsExactly("a", "b");
  }

  @Test
  void limitsRefuseWithLimitExceeded() {
    CrossLinkResolver resolver = CrossLinkResolver.builder().maxArticles(1).maxLinks(1).build();
    resolver.addTitle("a", "A");
    assertThatThrownBy(() -> resolver.addTitle("b", "B")).isInstanceOf(ArticleException.class)
        .hasMessageContaining("maxArticles")
        .satisfies(e -> assertThat(((ArticleException) e).code()).isEqualTo(io.github.articlekit.core.ErrorCode.LIMIT_EXCEEDED));
    resolver.addLink("a", 0, Optional.empty(), "L", "A");
    assertThatThrownBy(() -> resolver.addLink("a", 1, Optional.empty(), "L", "A"))
        .isInstanceOf(ArticleException.class).hasMessageContaining("maxLinks");
    Article twoLinks = Article.builder().title("C").addLead(CrossLink.of("L", "A"), CrossLink.of("L", "B")).build();
    CrossLinkResolver small = CrossLinkResolver.builder().maxLinks(1).build();
    assertThatThrownBy(() -> small.add("c", twoLinks)).isInstanceOf(ArticleException.class);
    assertThat(small.articleCount()).isZero();
    assertThatThrownBy(() -> CrossLinkResolver.builder().maxCandidates(1)).isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * The shape that would make a prefix search quadratic: every title shares a long start, and links are cut
   * after each length of it. Each distinct cut is matched once, so the work is the titles' length. The
   * timeout only guards a hang (speed is measured by LinkBenchmark).
   */
  @Test
  @Timeout(60)
  void titlesSharingTheirStartAndLinksCutAtEveryLengthStayCheap() {
    String start = "a".repeat(2_000);
    CrossLinkResolver resolver = CrossLinkResolver.create();
    for (int i = 0; i < 5_000; i++) {
      resolver.addTitle("t" + i, start + " " + i);
    }
    for (int i = 0; i < 20_000; i++) {
      resolver.addLink("s", i, Optional.empty(), "L", start.substring(0, 20 + i % (start.length() - 20)) + "…");
    }

    List<ResolvedLink> links = resolver.resolve().links();

    assertThat(links).hasSize(20_000).allSatisfy(link -> {
      assertThat(link.status()).isEqualTo(LinkStatus.AMBIGUOUS);
      assertThat(link.candidates()).hasSize(CrossLinkResolver.DEFAULT_MAX_CANDIDATES);
    });
  }

  @Test
  void twoArticlesWithOneIdentifierAreRefused() {
    CrossLinkResolver resolver = CrossLinkResolver.create().addTitle("a", "One").addTitle("a", "Two");

    assertThatThrownBy(resolver::resolve).isInstanceOf(IllegalStateException.class).hasMessageContaining("a");
  }

  @Test
  void aRowAgreesWithItsStatus() {
    assertThatThrownBy(() -> new ResolvedLink("a", 0, Optional.empty(), "L", "T", LinkStatus.UNRESOLVED,
        Optional.of("b"), List.of(), false)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ResolvedLink("a", 0, Optional.empty(), "L", "T", LinkStatus.AMBIGUOUS,
        Optional.empty(), List.of(), false)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ResolvedLink("a", 0, Optional.empty(), "L", "T", LinkStatus.RESOLVED,
        Optional.of("b"), List.of(), true)).isInstanceOf(IllegalArgumentException.class);
  }
}

package io.github.articlekit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Builders, {@code with...} copies, equality without spans, {@code toString} and the conveniences. */
class ModelTest {
  private static final SourceSpan SPAN = SourceSpan.of(3, 4, 10, 42);

  private static Article small() {
    return Article.builder()
        .title("Titre")
        .addHeadings("Première partie", "Seconde partie")
        .addLead(Paragraph.of("Chapeau de l'article."), CrossLink.of("À LIRE", "Un autre article"))
        .addSections(Section.builder()
            .heading("Première  PARTIE")
            .addBlocks(Paragraph.of("Un."), CrossLink.builder().label("LIRE AUSSI").title("Lien un")
                .url("https://example.org/un").build(), Paragraph.of("Deux."))
            .build())
        .addSections(Section.builder()
            .heading("Seconde partie")
            .addBlocks(Paragraph.of("Trois, quatre-vingts l'été."), CrossLink.of("LIRE AUSSI", "Lien deux"))
            .build())
        .addBoilerplate(Boilerplate.of("Suivez-nous"), Boilerplate.of("Et aussi"))
        .build();
  }

  @Test
  void builderKeepsEveryPartInOrder() {
    Article article = small();
    assertThat(article.title()).isEqualTo("Titre");
    assertThat(article.headings()).containsExactly("Première partie", "Seconde partie");
    assertThat(article.lead()).containsExactly(Paragraph.of("Chapeau de l'article."), CrossLink.of("À LIRE", "Un autre article"));
    assertThat(article.sections()).extracting(Section::heading).containsExactly("Première  PARTIE", "Seconde partie");
    assertThat(article.sections().get(0).blocks()).hasSize(3);
    assertThat(article.boilerplate()).extracting(Boilerplate::text).containsExactly("Suivez-nous", "Et aussi");
    CrossLink link = article.sections().get(0).crossLinks().get(0);
    assertThat(link.url()).contains("https://example.org/un");
    assertThat(link.text()).isEqualTo("Lien un");
    assertThat(link.span()).isEmpty();
  }

  @Test
  void withCopiesChangeOnePartAndLeaveTheOriginalAlone() {
    Article article = small();
    Article retitled = article.withTitle("Autre titre");
    assertThat(retitled.title()).isEqualTo("Autre titre");
    assertThat(article.title()).isEqualTo("Titre");
    assertThat(retitled).isNotEqualTo(article);
    assertThat(retitled.withTitle("Titre")).isEqualTo(article);
    assertThat(retitled.sections()).isEqualTo(article.sections());

    Article oneSection = article.withSections(List.of(article.sections().get(1)));
    assertThat(oneSection.sections()).extracting(Section::heading).containsExactly("Seconde partie");
    assertThat(article.sections()).hasSize(2);

    assertThat(article.withBoilerplate(List.of()).boilerplate()).isEmpty();
    assertThat(article.boilerplate()).hasSize(2);

    Section section = article.sections().get(0);
    Section emptied = section.withBlocks(List.of());
    assertThat(emptied.blocks()).isEmpty();
    assertThat(emptied.heading()).isEqualTo(section.heading());
    assertThat(section.blocks()).hasSize(3);

    Paragraph paragraph = Paragraph.of("Avant");
    assertThat(paragraph.withText("Après").text()).isEqualTo("Après");
    assertThat(paragraph.text()).isEqualTo("Avant");
    assertThat(paragraph.withSpan(SPAN).span()).contains(SPAN);
    assertThat(paragraph.span()).isEmpty();

    CrossLink link = CrossLink.of("LIRE AUSSI", "Titre lié");
    assertThat(link.withSpan(SPAN).span()).contains(SPAN);
    assertThat(link.span()).isEmpty();
  }

  @Test
  void spansTakeNoPartInEqualsOrHashCode() {
    Paragraph plain = Paragraph.of("Texte");
    Paragraph spanned = plain.withSpan(SPAN);
    assertThat(spanned).isEqualTo(plain).hasSameHashCodeAs(plain);
    assertThat(spanned.withSpan(SourceSpan.of(9, 9, 100, 105))).isEqualTo(spanned);

    CrossLink link = CrossLink.of("LIRE AUSSI", "Titre");
    assertThat(link.withSpan(SPAN)).isEqualTo(link).hasSameHashCodeAs(link);

    Section section = Section.builder().heading("H").addBlocks(plain).build();
    Section spannedSection = Section.builder().heading("H").addBlocks(spanned).span(SPAN).build();
    assertThat(spannedSection).isEqualTo(section).hasSameHashCodeAs(section);

    Boilerplate boilerplate = Boilerplate.of("Et aussi");
    Boilerplate spannedBoilerplate = Boilerplate.builder().text("Et aussi").span(SPAN).build();
    assertThat(spannedBoilerplate).isEqualTo(boilerplate).hasSameHashCodeAs(boilerplate);
  }

  @Test
  void handBuiltReferenceWithoutSpansEqualsTheOneWithSpans() {
    Article withSpans = ReferenceArticle.build();
    Article withoutSpans = withoutSpans(withSpans);
    assertThat(ReferenceArticleTest.allSpans(withoutSpans)).isEmpty();
    assertThat(ReferenceArticleTest.allSpans(withSpans)).hasSize(27);
    assertThat(withoutSpans).isEqualTo(withSpans).hasSameHashCodeAs(withSpans);
    assertThat(withSpans).isEqualTo(withoutSpans);
  }

  @Test
  void valuesThatDifferInContentAreNotEqual() {
    CrossLink link = CrossLink.of("LIRE AUSSI", "Titre");
    assertThat(link).isNotEqualTo(CrossLink.builder().label("LIRE AUSSI").title("Titre").url("https://x.org").build());
    assertThat(link).isNotEqualTo(CrossLink.of("READ MORE", "Titre"));
    // A paragraph and a cross-link are never equal, even with the same text().
    assertThat((Block) Paragraph.of("Titre")).isNotEqualTo(link);
    assertThat(Paragraph.of("a")).isNotEqualTo(Paragraph.of("A"));
    assertThat(SourceSpan.of(1, 2, 3, 4)).isEqualTo(SourceSpan.of(1, 2, 3, 4)).isNotEqualTo(SourceSpan.of(1, 2, 3, 5));
    Article article = small();
    assertThat(article.withBoilerplate(List.of())).isNotEqualTo(article);
    assertThat(Article.builder().from(article).addHeadings("Troisième").build()).isNotEqualTo(article);
    assertThat(Article.builder().from(article).build()).isEqualTo(article).hasSameHashCodeAs(article);
  }

  @Test
  void toStringIsShortAndFitForLogs() {
    String huge = "mot ".repeat(2_500) + "fin"; // 10,003 characters
    assertThat(huge.length()).isGreaterThan(10_000);
    List<Object> values = List.of(
        Paragraph.of(huge),
        Paragraph.of(huge).withSpan(SPAN),
        CrossLink.builder().label(huge).title(huge).url("https://example.org/" + huge.replace(' ', '-')).build(),
        Boilerplate.of(huge),
        Section.builder().heading(huge).addBlocks(Paragraph.of(huge)).build(),
        Article.builder().title(huge).addHeadings(huge).addSections(Section.builder().heading(huge)
            .addBlocks(Paragraph.of(huge)).build()).build());
    for (Object value : values) {
      String text = value.toString();
      assertThat(text).as("toString of %s", value.getClass().getSimpleName())
          .hasSizeLessThan(300)
          .doesNotContain(huge)
          .doesNotContain("\n");
    }
    assertThat(Paragraph.of(huge).toString()).startsWith("Paragraph{\"mot mot").contains("(10003 chars)");
    assertThat(Paragraph.of("Court.").toString()).isEqualTo("Paragraph{\"Court.\"}");
    assertThat(small().toString())
        .isEqualTo("Article{title=\"Titre\", headings=2, lead=2, sections=2, boilerplate=2}");
    assertThat(SPAN.toString()).isEqualTo("SourceSpan{lines 3-4, offsets 10-42}");
    assertThat(CrossLink.builder().label("LIRE AUSSI").title("T").url("https://x.org/a").build().toString())
        .contains("LIRE AUSSI", "T", "https://x.org/a");
  }

  @Test
  void toStringNeverSplitsASurrogatePair() {
    String text = "a".repeat(59) + "😀" + "b".repeat(100);
    String shown = Paragraph.of(text).toString();
    assertThat(shown).doesNotContain("\uD83D\"").contains("(161 chars)");
    for (int i = 0; i < shown.length(); i++) {
      if (Character.isHighSurrogate(shown.charAt(i))) {
        assertThat(Character.isLowSurrogate(shown.charAt(i + 1))).isTrue();
      }
    }
  }

  @Test
  void blocksCrossLinksAndParagraphsAreInDocumentOrderLeadFirst() {
    Article article = small();
    assertThat(article.blocks()).extracting(Block::text).containsExactly(
        "Chapeau de l'article.", "Un autre article", "Un.", "Lien un", "Deux.", "Trois, quatre-vingts l'été.",
        "Lien deux");
    assertThat(article.crossLinks()).extracting(CrossLink::title)
        .containsExactly("Un autre article", "Lien un", "Lien deux");
    assertThat(article.paragraphs()).extracting(Paragraph::text)
        .containsExactly("Chapeau de l'article.", "Un.", "Deux.", "Trois, quatre-vingts l'été.");
    Section first = article.sections().get(0);
    assertThat(first.paragraphs()).extracting(Paragraph::text).containsExactly("Un.", "Deux.");
    assertThat(first.crossLinks()).extracting(CrossLink::title).containsExactly("Lien un");
    Article bare = Article.builder().title("T").build();
    assertThat(bare.blocks()).isEmpty();
    assertThat(bare.crossLinks()).isEmpty();
    assertThat(bare.paragraphs()).isEmpty();
  }

  @Test
  void sectionLookupIgnoresCaseAndSpacing() {
    Article article = small();
    Section first = article.sections().get(0);
    assertThat(article.section("Première  PARTIE")).contains(first);
    assertThat(article.section("première partie")).contains(first);
    assertThat(article.section("  PREMIÈRE\u00A0\tPartie\u200B ")).contains(first);
    assertThat(article.section("seconde partie")).contains(article.sections().get(1));
    assertThat(article.section("Premièrepartie")).isEmpty();
    assertThat(article.section("Troisième partie")).isEmpty();
    assertThat(article.section("")).isEmpty();
    assertThat(article.section("   ")).isEmpty();
  }

  @Test
  void sectionLookupReturnsTheFirstMatch() {
    Section one = Section.builder().heading("Même titre").addBlocks(Paragraph.of("1")).build();
    Section two = Section.builder().heading("MÊME TITRE").addBlocks(Paragraph.of("2")).build();
    Article article = Article.builder().title("T").addSections(one, two).build();
    assertThat(article.section("même titre")).containsSame(article.sections().get(0));
  }

  @Test
  void plainTextIsTitleLeadAndSectionsWithoutCrossLinksOrBoilerplate() {
    assertThat(small().plainText()).isEqualTo(
        "Titre\n\n"
            + "Chapeau de l'article.\n\n"
            + "Première  PARTIE\n\nUn.\n\nDeux.\n\n"
            + "Seconde partie\n\nTrois, quatre-vingts l'été.");
    assertThat(Article.builder().title("Seul").build().plainText()).isEqualTo("Seul");
  }

  @Test
  void wordCountCountsTheWordsOfThePlainText() {
    // Titre | Chapeau de l'article | Première PARTIE Un Deux | Seconde partie Trois quatre-vingts l'été
    assertThat(small().wordCount()).isEqualTo(1 + 3 + 4 + 5);
    assertThat(Article.builder().title("Un titre").build().wordCount()).isEqualTo(2);
    assertThat(Article.builder().title("— ! —").build().wordCount()).isZero();
    assertThat(Article.builder().title("Plus de 1 000 soldats").addSections(Section.builder().heading("H")
        .addBlocks(CrossLink.of("LIRE AUSSI", "pas compté du tout")).build()).build().wordCount()).isEqualTo(6);
  }

  @Test
  void blockIsASealedSetOfParagraphAndCrossLink() {
    assertThat(Block.class.isSealed()).isTrue();
    assertThat(Block.class.getPermittedSubclasses()).containsExactlyInAnyOrder(Paragraph.class, CrossLink.class);
    assertThat(Paragraph.class.isSealed()).isTrue();
    assertThat(CrossLink.class.isSealed()).isTrue();
    for (Class<?> kind : List.of(Paragraph.class, CrossLink.class)) {
      assertThat(kind.getPermittedSubclasses()).hasSize(1)
          .allSatisfy(impl -> assertThat(java.lang.reflect.Modifier.isFinal(impl.getModifiers())).isTrue());
    }
    List<String> kinds = small().blocks().stream().map(ModelTest::describe).collect(Collectors.toList());
    assertThat(kinds).containsExactly(
        "paragraph: Chapeau de l'article.", "link À LIRE -> Un autre article", "paragraph: Un.",
        "link LIRE AUSSI -> Lien un <https://example.org/un>", "paragraph: Deux.",
        "paragraph: Trois, quatre-vingts l'été.", "link LIRE AUSSI -> Lien deux");
  }

  /** An exhaustive dispatch over the closed set of blocks, as client code writes it on Java 17. */
  private static String describe(Block block) {
    if (block instanceof Paragraph) {
      return "paragraph: " + ((Paragraph) block).text();
    } else if (block instanceof CrossLink) {
      CrossLink link = (CrossLink) block;
      return "link " + link.label() + " -> " + link.title() + link.url().map(u -> " <" + u + ">").orElse("");
    }
    throw new AssertionError("Block is sealed: " + block.getClass());
  }

  static Article withoutSpans(Article article) {
    return article
        .withSections(article.sections().stream()
            .map(s -> Section.builder().heading(s.heading())
                .addAllBlocks(s.blocks().stream().map(ModelTest::withoutSpan).collect(Collectors.toList()))
                .build())
            .collect(Collectors.toList()))
        .withBoilerplate(article.boilerplate().stream().map(b -> Boilerplate.of(b.text())).collect(Collectors.toList()));
  }

  private static Block withoutSpan(Block block) {
    if (block instanceof Paragraph) {
      return Paragraph.of(block.text());
    }
    CrossLink link = (CrossLink) block;
    return CrossLink.builder().label(link.label()).title(link.title()).url(Optional.ofNullable(link.url().orElse(null)))
        .build();
  }
  @Test
  void sectionAndBoilerplateToStringNameTheirText() {
    assertThat(Section.builder().heading("Contexte").addBlocks(Paragraph.of("P.")).build().toString())
        .isEqualTo("Section{\"Contexte\", 1 blocks}");
    assertThat(Boilerplate.of("Tous droits réservés.").toString()).isEqualTo("Boilerplate{\"Tous droits réservés.\"}");
  }

  @Test
  void aHeadingStartingWithALineBreakIsRefused() {
    for (String heading : new String[] {"\nA", "\rA"}) {
      org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
          .isThrownBy(() -> Article.builder().title("T").addHeadings("B", heading).build())
          .withMessageContaining("article.headings[1]");
    }
  }

  @Test
  void aByteOffsetOfZeroIsKept() {
    ArticleException e = new ArticleException(ErrorCode.INVALID_JSON, "m", 1, 1, 0, null);
    assertThat(e.byteOffset()).hasValue(0);
  }
}

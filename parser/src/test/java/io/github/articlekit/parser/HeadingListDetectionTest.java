package io.github.articlekit.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.articlekit.core.Article;
import io.github.articlekit.core.Paragraph;
import io.github.articlekit.core.Section;
import io.github.articlekit.parser.internal.FormatBounds;
import org.junit.jupiter.api.Test;

/**
 * README rule 2: which block after the title is a heading list. The body decides first (entries that
 * come back as lines of their own); failing that, the block's looks (short lines, few sentence ends,
 * at least two lines) and whether the body has headings of its own.
 */
class HeadingListDetectionTest {
  private static final ArticleParser PARSER = ArticleParser.create();

  /** Exactly {@link FormatBounds#PROSE_LINE_LENGTH} characters, no sentence-final punctuation. */
  private static final String LINE_AT_THE_LIMIT = BoundTexts.ofLength(
      "Une ligne de liste assez longue pour atteindre la limite exacte de cent caractères sans point finals",
      FormatBounds.PROSE_LINE_LENGTH);

  private static ParseResult parse(String text) {
    return PARSER.parse(text);
  }

  private static long count(ParseResult result, DiagnosticCode code) {
    return result.diagnostics().stream().filter(d -> d.code() == code).count();
  }

  @Test
  void twoShortLinesThatNeverComeBackAreATruncatedArticlesList() {
    ParseResult result = parse("Titre\n\nAlpha\nBeta\n\nTexte du corps.\n");

    assertThat(result.article().headings()).containsExactly("Alpha", "Beta");
    assertThat(result.article().lead()).containsExactly(Paragraph.of("Texte du corps."));
    assertThat(result.diagnostics()).extracting(Diagnostic::code, Diagnostic::line).containsExactly(
        tuple(DiagnosticCode.HEADING_NOT_FOUND, 3),
        tuple(DiagnosticCode.HEADING_NOT_FOUND, 4));
  }

  @Test
  void aSingleShortLineThatNeverComesBackIsNotAList() {
    Article article = PARSER.parseArticle("Titre\n\nAlpha\n\nTexte du corps.\n");

    assertThat(article.headings()).isEmpty();
    assertThat(article.sections()).extracting(Section::heading).containsExactly("Alpha");
  }

  @Test
  void shortLinesThatNeverComeBackAreTheLeadWhenTheBodyHasHeadingsOfItsOwn() {
    ParseResult result = parse("Titre\n\nAlpha\nBeta\n\nIntertitre\n\nTexte.\n");

    assertThat(result.article().headings()).isEmpty();
    assertThat(result.article().lead()).containsExactly(Paragraph.of("Alpha Beta"));
    assertThat(result.article().sections()).extracting(Section::heading).containsExactly("Intertitre");
    assertThat(count(result, DiagnosticCode.HEADINGS_INFERRED)).isEqualTo(1);
  }

  @Test
  void aLineAtTheProseLineLengthIsStillShortButOneMoreMakesTheBlockProse() {
    assertThat(LINE_AT_THE_LIMIT).hasSize(FormatBounds.PROSE_LINE_LENGTH);

    Article atTheLimit = PARSER.parseArticle("Titre\n\n" + LINE_AT_THE_LIMIT + "\nBeta\n\nTexte du corps.\n");
    Article overTheLimit = PARSER.parseArticle("Titre\n\n" + LINE_AT_THE_LIMIT + "x\nBeta\n\nTexte du corps.\n");

    assertThat(atTheLimit.headings()).containsExactly(LINE_AT_THE_LIMIT, "Beta");
    assertThat(overTheLimit.headings()).isEmpty();
    assertThat(overTheLimit.lead()).extracting(Paragraph.class::cast).extracting(Paragraph::text)
        .containsExactly(LINE_AT_THE_LIMIT + "x Beta", "Texte du corps.");
  }

  @Test
  void aBlockIsProseWhenAtLeastHalfItsLinesEndSentences() {
    Article half = PARSER.parseArticle("Titre\n\nAlpha\nBeta.\n\nTexte du corps.\n");
    Article third = PARSER.parseArticle("Titre\n\nAlpha\nBeta.\nGamma\n\nTexte du corps.\n");

    assertThat(half.headings()).isEmpty();
    assertThat(half.lead()).containsExactly(Paragraph.of("Alpha Beta."), Paragraph.of("Texte du corps."));
    assertThat(third.headings()).containsExactly("Alpha", "Beta.", "Gamma");
  }

  @Test
  void theBodysFirstHeadingMayFollowTheListWithNoBlankLineEvenWhenNoOtherComesBack() {
    ParseResult result = parse("Titre\n\nAlpha\nBeta\nAlpha\n\nTexte.\n");

    assertThat(result.article().headings()).containsExactly("Alpha", "Beta");
    assertThat(result.article().sections()).hasSize(1);
    assertThat(result.article().sections().get(0).heading()).isEqualTo("Alpha");
    assertThat(result.article().sections().get(0).blocks()).containsExactly(Paragraph.of("Texte."));
    assertThat(result.diagnostics()).extracting(Diagnostic::code, Diagnostic::line)
        .containsExactly(tuple(DiagnosticCode.HEADING_NOT_FOUND, 4));
  }

  @Test
  void anEntryThatComesBackInsideAParagraphDoesNotConfirmTheList() {
    Article article = PARSER.parseArticle("Titre\n\nAlpha.\nBeta.\n\nTexte un.\nAlpha.\n");

    assertThat(article.headings()).isEmpty();
    assertThat(article.lead()).containsExactly(Paragraph.of("Alpha. Beta."), Paragraph.of("Texte un. Alpha."));
  }

  @Test
  void aHeadingThatComesBackMoreOftenThanListedIsAParagraphTheLastTime() {
    String text = "Titre\n\nEn bref\nSuite\nEn bref\nEncore\nEn bref\n\n"
        + "En bref\n\nUn.\n\nSuite\n\nDeux.\n\nEn bref\n\nTrois.\n\nEncore\n\nQuatre.\n\nEn bref\n\nCinq.\n\n"
        + "En bref\n\nSix.\n";

    ParseResult result = parse(text);

    assertThat(result.article().headings()).containsExactly("En bref", "Suite", "En bref", "Encore", "En bref");
    assertThat(result.article().sections()).extracting(Section::heading)
        .containsExactly("En bref", "Suite", "En bref", "Encore", "En bref");
    assertThat(result.article().sections().get(4).blocks())
        .containsExactly(Paragraph.of("Cinq."), Paragraph.of("En bref"), Paragraph.of("Six."));
    assertThat(result.diagnostics()).isEmpty();
  }

  @Test
  void aOneCharacterLastLineWithoutFinalNewlineIsKeptWhenTheListRepeatsAnEntry() {
    ParseResult result = parse("Titre\n\nEn bref\nSuite\nEn bref\n\nTexte.\n\nSuite\n\nFin.\n\nX");

    assertThat(result.article().headings()).containsExactly("En bref", "Suite");
    assertThat(result.article().sections()).extracting(Section::heading).containsExactly("En bref", "Suite");
    assertThat(result.article().sections().get(1).blocks()).containsExactly(Paragraph.of("Fin."), Paragraph.of("X"));
  }

  @Test
  void aRepeatedEntryIsCountedInTheBodyWhenWrittenWithACombiningAccent() {
    // "À" written as "A" + U+0300: the body brings "À propos" back twice, so the list holds it twice.
    String text = "Titre\n\nÀ propos\nContexte\nÀ propos\n\n"
        + "A\u0300 propos\n\nUn.\n\nContexte\n\nDeux.\n\nA\u0300 propos\n\nTrois.\n";

    ParseResult result = parse(text);

    assertThat(result.article().headings()).containsExactly("À propos", "Contexte", "À propos");
    assertThat(result.article().sections()).extracting(s -> s.blocks().get(0).text())
        .containsExactly("Un.", "Deux.", "Trois.");
    assertThat(result.diagnostics()).extracting(Diagnostic::code).containsOnly(DiagnosticCode.HEADING_LOOSE_MATCH);
  }

  @Test
  void headingsWhoseFoldedTextsShareAHashCodeAreToldApart() {
    // Same length and same String.hashCode once folded, different text.
    assertThat("le bebalovo".hashCode()).isEqualTo("le dadidaba".hashCode());
    // Different lengths, same String.hashCode once folded.
    assertThat("le babesari".hashCode()).isEqualTo("le bebebales".hashCode());

    for (String[] pair : new String[][] {{"Le bebalovo", "Le dadidaba"}, {"Le babesari", "Le bebebales"}}) {
      ParseResult result = parse("Titre\n\n" + pair[0] + "\n" + pair[1] + "\n\n" + pair[1] + "\n\nTexte.\n");

      assertThat(result.article().headings()).as(pair[0]).containsExactly(pair[0], pair[1]);
      assertThat(result.article().sections()).as(pair[0]).extracting(Section::heading).containsExactly(pair[1]);
      assertThat(result.diagnostics()).as(pair[0]).extracting(Diagnostic::code, Diagnostic::line)
          .containsExactly(tuple(DiagnosticCode.HEADING_NOT_FOUND, 3));
    }
  }
}

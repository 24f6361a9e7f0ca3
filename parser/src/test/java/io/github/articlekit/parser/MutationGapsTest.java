package io.github.articlekit.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.articlekit.core.ArticleException;
import io.github.articlekit.core.ErrorCode;
import io.github.articlekit.core.Boilerplate;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Behaviour that mutation testing found unchecked: limits at their edges, line counting, small accessors. */
class MutationGapsTest {
  private static final String ARTICLE = "Titre\n\nPartie\n\nPartie\n\nTexte.\n";

  @Test
  void strictnessIsReportedAndShown() {
    assertThat(ArticleParser.create().isStrict()).isFalse();
    ArticleParser strict = ArticleParser.builder().strict(true).build();
    assertThat(strict.isStrict()).isTrue();
    assertThat(strict.toString()).startsWith("ArticleParser{strict=true, maxInputSize=").contains("charset=UTF-8");
  }

  @Test
  void maxInputSizeAcceptsBothEndsOfItsRange() {
    ArticleParser.builder().maxInputSize(1).build();
    ArticleParser.builder().maxInputSize(Integer.MAX_VALUE - 16).build();
    assertThatIllegalArgumentException().isThrownBy(() -> ArticleParser.builder().maxInputSize(0));
    assertThatIllegalArgumentException().isThrownBy(() -> ArticleParser.builder().maxInputSize(Integer.MAX_VALUE - 15L));
  }

  @Test
  void inputOfExactlyTheLimitIsAcceptedAndOneMoreIsRefused() {
    byte[] bytes = ARTICLE.getBytes(StandardCharsets.UTF_8);
    ArticleParser exact = ArticleParser.builder().maxInputSize(bytes.length).build();
    assertThat(exact.parse(new ByteArrayInputStream(bytes)).article().title()).isEqualTo("Titre");
    assertThat(exact.parse(new StringReader(ARTICLE)).article().title()).isEqualTo("Titre");
    ArticleParser oneLess = ArticleParser.builder().maxInputSize(bytes.length - 1).build();
    ArticleException e = catchThrowableOfType(ArticleException.class,
        () -> oneLess.parse(new ByteArrayInputStream(bytes)));
    assertThat(e.code()).isEqualTo(ErrorCode.INPUT_TOO_LARGE);
    assertThat(e.getMessage()).contains("limit of " + (bytes.length - 1) + " bytes (" + bytes.length + ")");
    ArticleException chars = catchThrowableOfType(ArticleException.class,
        () -> oneLess.parse(new StringReader(ARTICLE)));
    assertThat(chars.getMessage()).contains("limit of " + (bytes.length - 1) + " characters (" + bytes.length + ")");
  }

  @Test
  void byteInputLongerThanOneBufferIsReadWhole() {
    String longArticle = "Titre\n\nPartie\n\nPartie\n\n" + "Un mot de plus. ".repeat(2_000).trim() + "\n";
    byte[] bytes = longArticle.getBytes(StandardCharsets.UTF_8);
    assertThat(bytes.length).isGreaterThan(3 * 8192);
    assertThat(ArticleParser.create().parse(new ByteArrayInputStream(bytes)).article())
        .isEqualTo(ArticleParser.create().parseArticle(longArticle));
    ArticleParser limited = ArticleParser.builder().maxInputSize(10_000).build();
    ArticleException e = catchThrowableOfType(ArticleException.class,
        () -> limited.parse(new ByteArrayInputStream(bytes)));
    assertThat(e.code()).isEqualTo(ErrorCode.INPUT_TOO_LARGE);
  }

  @Test
  void malformedBytesAreLocatedCountingLoneCarriageReturnsAsLineEnds() {
    byte[] bytes = {'T', '\r', '\n', 'x', '\r', 'y', '\r', (byte) 0xFF};
    ArticleException e = catchThrowableOfType(ArticleException.class,
        () -> ArticleParser.create().parse(new ByteArrayInputStream(bytes)));
    assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_INPUT);
    assertThat(e.line()).hasValue(4);
    assertThat(e.column()).hasValue(1);
    assertThat(e.byteOffset()).hasValue(7);
  }

  @Test
  void controlCharactersAreLocatedCountingLoneCarriageReturnsAsLineEnds() {
    ArticleException e = catchThrowableOfType(ArticleException.class,
        () -> ArticleParser.create().parse("T\r\nx\ryz\u0001"));
    assertThat(e.line()).hasValue(3);
    assertThat(e.column()).hasValue(3);
  }

  @Test
  void aWarningMakesHasWarningsTrue() {
    ParseResult result = ArticleParser.create().parse("Titre\n\nPartie\nAbsente\n\nPartie\n\nTexte.\n");
    assertThat(result.diagnostics()).extracting(Diagnostic::code).contains(DiagnosticCode.HEADING_NOT_FOUND);
    assertThat(result.hasWarnings()).isTrue();
    assertThat(result.toString()).startsWith("ParseResult{Article{title=\"Titre\"")
        .endsWith(", " + result.diagnostics().size() + " diagnostics}");
  }

  @Test
  void removingOneAddedBoilerplatePhraseKeepsTheOthers() {
    String text = "Titre\n\nPartie\n\nPartie\n\nTexte.\n\nPremière formule\n\nSeconde formule\n";
    ArticleParser parser = ArticleParser.builder()
        .addBoilerplatePhrase("Première formule")
        .addBoilerplatePhrase("Seconde formule")
        .removeBoilerplatePhrase("PREMIERE FORMULE")
        .build();
    assertThat(parser.parseArticle(text).boilerplate()).extracting(Boilerplate::text)
        .containsExactly("Seconde formule");
  }
  @Test
  void controlCharactersAreRefusedAtTheEdgesOfTheirRanges() {
    for (char c : new char[] {'\u007F', '\u0080', '\u009F', '\u001F', '\u0000'}) {
      ArticleException e = catchThrowableOfType(ArticleException.class,
          () -> ArticleParser.create().parse("Titre\n\nPartie\n\nPartie\n\nTe" + c + "xte.\n"));
      assertThat(e).as("U+%04X", (int) c).isNotNull();
      assertThat(e.getMessage()).contains(String.format("U+%04X", (int) c));
    }
    assertThat(ArticleParser.create().parseArticle("Titre\n\nPartie\n\nPartie\n\nTe\u00A0xte ~.\n")
        .sections().get(0).paragraphs().get(0).text()).isEqualTo("Te\u00A0xte ~.");
  }

  @Test
  void aSurrogatePairIsAcceptedWhereverItFallsAgainstTheScanChunks() {
    String emoji = "\uD83D\uDE00";
    String head = "Titre\n\nPartie\n\nPartie\n\n";
    for (int at = 4090; at <= 4100; at++) {
      String text = head + "x".repeat(at - head.length()) + emoji + " fin.\n";
      assertThat(text.indexOf(emoji)).isEqualTo(at);
      assertThat(ArticleParser.create().parseArticle(text).sections().get(0).paragraphs().get(0).text())
          .as("pair at %d", at).endsWith(emoji + " fin.");
    }
    String atTheEnd = head + "Texte " + emoji;
    assertThat(ArticleParser.create().parseArticle(atTheEnd).sections().get(0).paragraphs().get(0).text())
        .isEqualTo("Texte " + emoji);
    ArticleException lone = catchThrowableOfType(ArticleException.class,
        () -> ArticleParser.create().parse(head + "x".repeat(4095 - head.length()) + "\uD83D"));
    assertThat(lone.getMessage()).contains("lone surrogate");
  }

  @Test
  void crossLinkUrlsInParenthesesOrAsTheLastWord() {
    String head = "Titre\n\nPartie\n\nPartie\n\nTexte.\n\n";
    io.github.articlekit.core.CrossLink inParens = ArticleParser.create()
        .parseArticle(head + "LIRE AUSSI : Un titre (https://example.org/a)\n").crossLinks().get(0);
    assertThat(inParens.title()).isEqualTo("Un titre");
    assertThat(inParens.url()).hasValue("https://example.org/a");
    io.github.articlekit.core.CrossLink lastWord = ArticleParser.create()
        .parseArticle(head + "LIRE AUSSI : Un titre - www.example.org/b\n").crossLinks().get(0);
    assertThat(lastWord.title()).isEqualTo("Un titre");
    assertThat(lastWord.url()).hasValue("www.example.org/b");
    io.github.articlekit.core.CrossLink http = ArticleParser.create()
        .parseArticle(head + "LIRE AUSSI : Un titre http://example.org/c\n").crossLinks().get(0);
    assertThat(http.url()).hasValue("http://example.org/c");
    io.github.articlekit.core.CrossLink none = ArticleParser.create()
        .parseArticle(head + "LIRE AUSSI : Un titre (pas une adresse)\n").crossLinks().get(0);
    assertThat(none.title()).isEqualTo("Un titre (pas une adresse)");
    assertThat(none.url()).isEmpty();
  }
  @Test
  void bodyHeadingsMatchTheirListEntryLooselyAndInComposedForm() {
    String text = "Titre\n\nUn « mot » clé ?\nDécision finale\n\n"
        + "UN  «mot»   CLÉ?\n\nTexte un.\n\nDe\u0301cision  finale\n\nTexte deux.\n";
    ParseResult result = ArticleParser.create().parse(text);
    assertThat(result.diagnostics()).extracting(Diagnostic::code).doesNotContain(DiagnosticCode.HEADING_NOT_FOUND);
    assertThat(result.article().sections()).hasSize(2);
    assertThat(result.article().sections().get(0).paragraphs().get(0).text()).isEqualTo("Texte un.");
    assertThat(result.article().sections().get(1).paragraphs().get(0).text()).isEqualTo("Texte deux.");
  }

  @Test
  void aBodyLineThatOnlyStartsLikeAHeadingIsNotIt() {
    String text = "Titre\n\nDécision\nSuite\n\nDécisions prises\n\nDécision\n\nTexte.\n\nSuite\n\nFin.\n";
    io.github.articlekit.core.Article article = ArticleParser.create().parseArticle(text);
    assertThat(article.sections()).hasSize(2);
    assertThat(article.sections().get(0).paragraphs()).extracting(io.github.articlekit.core.Paragraph::text)
        .containsExactly("Texte.");
  }
  @Test
  void manyHeadingsAreAllFound() {
    StringBuilder list = new StringBuilder("Titre\n\n");
    StringBuilder body = new StringBuilder();
    for (int n = 1; n <= 150; n++) {
      list.append("Partie numéro ").append(n).append('\n');
      body.append("\nPartie numéro ").append(n).append("\n\nTexte ").append(n).append(".\n");
    }
    ParseResult result = ArticleParser.create().parse(list + body.toString());
    assertThat(result.diagnostics()).extracting(Diagnostic::code).doesNotContain(DiagnosticCode.HEADING_NOT_FOUND);
    assertThat(result.article().sections()).hasSize(150);
    assertThat(result.article().sections().get(149).heading()).isEqualTo("Partie numéro 150");
    assertThat(result.article().sections().get(149).paragraphs().get(0).text()).isEqualTo("Texte 150.");
  }

  @Test
  void oneParserGivesEachInputTheResultOfAFreshParser() {
    String first = "Titre\n\nAlpha\nBeta\n\nAlpha\n\nUn.\n\nBeta\n\nDeux.\n";
    String second = "Autre\n\nGamma\n\nGamma\n\nTrois.\n\nAlpha\n\nBeta\n\nQuatre.\n";
    ArticleParser reused = ArticleParser.create();
    for (String text : new String[] {first, second, first, second}) {
      assertThat(reused.parse(text).article()).isEqualTo(ArticleParser.create().parse(text).article());
      assertThat(reused.parse(text).diagnostics()).isEqualTo(ArticleParser.create().parse(text).diagnostics());
    }
    assertThat(reused.parseArticle(second).sections()).hasSize(1);
  }
}

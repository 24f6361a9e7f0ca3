package io.github.articlekit.parser.sources;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.articlekit.core.Article;
import io.github.articlekit.core.SourceSpan;
import io.github.articlekit.parser.ArticleParser;
import io.github.articlekit.testing.ReferenceText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reference article's sources, exactly as the feature's acceptance names them. */
class ReferenceArticleSourcesTest {
  private static final String TEXT = ReferenceText.text();
  private static final Article ARTICLE = ArticleParser.create().parseArticle(TEXT);

  @Test
  void givesTheSixNamedSourcesInTextOrder() {
    List<Attribution> sources = AttributionExtractor.create().extract(ARTICLE);

    assertThat(sources).extracting(Attribution::name).containsExactly(
        "AP News", "ministère sud-coréen des Affaires étrangères", "The Guardian", "Rutte", "Georgy Zinoviev",
        "Center for Strategic & International Studies");
    assertThat(sources).extracting(Attribution::cue).containsExactly(
        "Selon", "a déclaré", "Selon", "a déclaré", "a déclaré", "Selon");
    assertThat(sources).extracting(a -> a.section().orElseThrow()).containsExactly(
        "Une rencontre en haut lieu", "Déployer toutes les ressources", "Déployer toutes les ressources",
        "L'intervention de l'OTAN", "La réaction côté russe", "Une coopération économique prospère");
  }

  @Test
  void givesNothingForTheAgenciesItDoesNotName() {
    List<Attribution> sources = AttributionExtractor.create().extract(ARTICLE);

    assertThat(sources).noneSatisfy(a -> assertThat(a.sentence()).contains("l'agence de renseignement du pays"));
    assertThat(sources).noneSatisfy(a -> assertThat(a.sentence()).startsWith("L'agence de presse a indiqué"));
    assertThat(sources).extracting(Attribution::name).doesNotContain("agence de presse",
        "agence de renseignement du pays");
  }

  @Test
  void sentencesOffsetsAndSpansPointAtTheText() {
    for (Attribution a : AttributionExtractor.create().extract(ARTICLE, TEXT)) {
      String paragraph = a.paragraph().text();
      assertThat(paragraph.substring(a.nameStart(), a.nameEnd())).isEqualTo(a.name());
      assertThat(a.sentence()).contains(a.name()).contains(a.cue());
      assertThat(ARTICLE.blocks().get(a.blockIndex())).isEqualTo(a.paragraph());
      SourceSpan name = a.nameSpan().orElseThrow();
      assertThat(name.textIn(TEXT)).isEqualTo(a.name());
      assertThat(a.sentenceSpan().orElseThrow().textIn(TEXT)).isEqualTo(a.sentence());
    }
    Attribution first = AttributionExtractor.create().extract(ARTICLE).get(0);
    assertThat(first.sentence()).startsWith("Selon AP News, le vice-ministre").endsWith("a rencontré l'ambassadeur russe.");
    assertThat(first.nameSpan().orElseThrow().startLine()).isEqualTo(TEXT.substring(0, TEXT.indexOf("Selon AP News"))
        .split("\n", -1).length);
  }
}

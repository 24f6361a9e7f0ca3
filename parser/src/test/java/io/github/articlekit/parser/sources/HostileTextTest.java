package io.github.articlekit.parser.sources;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.articlekit.core.Article;
import io.github.articlekit.core.Paragraph;
import io.github.articlekit.core.Section;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Text built to make the extractor work hard: one sentence of a million words, cues on every word,
 * apposition commas everywhere. Each finishes (the timeout only guards a hang, with a wide margin over the
 * second or so it takes) and gives what the rules say.
 */
class HostileTextTest {
  private static final AttributionExtractor EXTRACTOR = AttributionExtractor.create();

  private static List<Attribution> extract(String text) {
    Article article = Article.builder().title("T").addHeadings("H")
        .addSections(Section.builder().heading("H").addBlocks(Paragraph.of(text)).build()).build();
    return EXTRACTOR.extract(article);
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void oneSentenceOfAMillionCapitalizedWords() {
    List<Attribution> found = extract("Alpha ".repeat(1_000_000) + "a déclaré Beta.");

    assertThat(found).isEmpty(); // a subject of more than 12 words is no name
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aCueOnEveryWord() {
    List<Attribution> found = extract("selon Reuters a déclaré ".repeat(200_000));

    assertThat(found).isNotEmpty().allSatisfy(a -> assertThat(a.name()).isEqualTo("Reuters"));
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void commasEverywhere() {
    List<Attribution> found = extract("Le ministre, Jean Dupont, ".repeat(200_000) + "a déclaré.");

    assertThat(found).extracting(Attribution::name).containsExactly("Jean Dupont");
  }
}

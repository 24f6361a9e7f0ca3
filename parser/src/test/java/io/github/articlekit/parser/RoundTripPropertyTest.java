package io.github.articlekit.parser;

import static io.github.articlekit.testing.Checks.check;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.articlekit.core.Article;
import io.github.articlekit.core.ArticleJson;
import io.github.articlekit.testing.JsonSchemas;
import io.github.articlekit.testing.Props;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code parse(write(article))} equals {@code article} for every article the layout can carry
 * ({@link RoundTripContract} says which those are; {@link ArticleGen} makes them).
 */
@Timeout(120)
class RoundTripPropertyTest {
  private static final ArticleParser PARSER = ArticleParser.create();

  @Test
  void writtenArticlesParseBackToThemselves() {
    Props.forAll(1000, ArticleGen::article, ArticleGen::shrink, ArticleGen::describe, article -> {
      String text = ArticleWriter.write(article);
      ParseResult result = Contracts.parseChecked(PARSER, text, Long.MAX_VALUE);
      check(result != null, () -> "written article refused");
      assertSameArticle(result.article(), article);
      check(ArticleWriter.write(result.article()).equals(text), () -> "writing is not stable");
      JsonSchemas.requireValidArticle(ArticleJson.toJson(result.article()));
    });
  }

  @Test
  void writtenArticlesParseBackWithOtherLineEndsAndABom() {
    Props.forAll(300, ArticleGen::article, ArticleGen::shrink, ArticleGen::describe, article -> {
      String text = ArticleWriter.write(article);
      for (String variant : List.of(text.replace("\n", "\r\n"), text.replace("\n", "\r"), "\uFEFF" + text,
          text.substring(0, text.length() - 1))) {
        ParseResult result = Contracts.parseChecked(PARSER, variant, Long.MAX_VALUE);
        check(result != null, () -> "written article refused");
        assertSameArticle(result.article(), article);
      }
    });
  }

  /** The generator is not vacuous: it makes every kind of article it claims to, and rarely needs a second draw. */
  @Test
  void theGeneratorCoversTheLayout() {
    SplittableRandom random = new SplittableRandom(42);
    int drawn = 0;
    int kept = 0;
    List<String> seen = new ArrayList<>();
    while (kept < 1000) {
      Article article = ArticleGen.candidate(random);
      drawn++;
      if (!RoundTripContract.violations(article).isEmpty()) {
        continue;
      }
      kept++;
      String text = ArticleWriter.write(article);
      if (!article.headings().isEmpty()) {
        seen.add("list");
        if (article.headings().size() > article.headings().stream().distinct().count()) {
          seen.add("repeated heading");
        }
        if (article.sections().size() < article.headings().size()) {
          seen.add("missing heading");
        }
        if (article.sections().stream().anyMatch(s -> !article.headings().contains(s.heading()))) {
          seen.add("loose heading");
        }
        if (article.paragraphs().stream().anyMatch(p -> article.headings().stream()
            .anyMatch(h -> RoundTripContract.headingKey(h).equals(RoundTripContract.headingKey(p.text()))))) {
          seen.add("paragraph reading as a heading");
        }
      } else if (!article.sections().isEmpty()) {
        seen.add("inferred headings");
      } else if (!article.lead().isEmpty()) {
        seen.add("lead only");
      } else if (article.boilerplate().isEmpty()) {
        seen.add("title only");
      }
      if (!article.crossLinks().isEmpty()) {
        seen.add("cross-link");
      }
      if (article.crossLinks().stream().anyMatch(c -> c.url().isPresent())) {
        seen.add("url");
      }
      if (!article.boilerplate().isEmpty()) {
        seen.add("boilerplate");
      }
      if (article.boilerplate().size() > 3) {
        seen.add("related titles");
      }
      if (text.codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF)) {
        seen.add("CJK");
      }
      if (text.codePoints().anyMatch(c -> c >= 0x0600 && c <= 0x06FF)) {
        seen.add("Arabic");
      }
      if (text.codePoints().anyMatch(c -> c >= 0x1F300)) {
        seen.add("emoji");
      }
      if (text.codePoints().anyMatch(c -> Character.getType(c) == Character.NON_SPACING_MARK)) {
        seen.add("combining mark");
      }
      if (text.indexOf('\u00A0') >= 0 || text.indexOf('\u202F') >= 0) {
        seen.add("no-break space");
      }
    }
    assertThat(seen).contains("list", "repeated heading", "missing heading", "loose heading",
        "paragraph reading as a heading", "inferred headings",
        "lead only", "title only", "cross-link", "url", "boilerplate", "related titles", "CJK", "Arabic", "emoji",
        "combining mark", "no-break space");
    assertThat(kept * 100 / drawn).as("percentage of drawn articles that keep the contract").isGreaterThan(50);
  }

  /** Equal articles; on a difference, both as JSON without spans, which says where. */
  static void assertSameArticle(Article parsed, Article expected) {
    if (!parsed.equals(expected)) {
      throw new AssertionError("parsed back as another article\nexpected: " + ArticleJson.toJson(expected)
          + "\nparsed:   " + ArticleJson.toJson(parsed).replaceAll(",\"span\":\\{[^}]*\\}", ""));
    }
  }
}

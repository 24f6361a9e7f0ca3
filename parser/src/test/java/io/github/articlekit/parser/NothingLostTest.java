package io.github.articlekit.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.articlekit.core.Article;
import io.github.articlekit.core.Block;
import io.github.articlekit.core.Boilerplate;
import io.github.articlekit.core.CrossLink;
import io.github.articlekit.core.Section;
import io.github.articlekit.core.internal.Texts;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every non-blank input line ends up in the model, in order. */
class NothingLostTest {
  static List<String> fixtures() {
    return Fixtures.names();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void everyNonBlankLineIsFoundInTheModelInOrder(String name) {
    String text = Fixtures.text(name);
    Article article = ArticleParser.create().parseArticle(text);
    String model = flatten(article);

    int from = 0;
    for (String line : text.split("\r\n|\r|\n")) {
      if (Texts.isBlank(line)) {
        continue;
      }
      String wanted = squash(line);
      int at = model.indexOf(wanted, from);
      assertThat(at).as("line \"%s\" in the model after offset %d", wanted, from).isGreaterThanOrEqualTo(0);
      from = at;
    }
  }

  private static String flatten(Article article) {
    StringBuilder out = new StringBuilder(article.title()).append('\n');
    article.headings().forEach(h -> out.append(h).append('\n'));
    article.lead().forEach(b -> append(out, b));
    for (Section section : article.sections()) {
      out.append(section.heading()).append('\n');
      section.blocks().forEach(b -> append(out, b));
    }
    for (Boilerplate boilerplate : article.boilerplate()) {
      out.append(boilerplate.text()).append('\n');
    }
    return squash(out.toString());
  }

  private static void append(StringBuilder out, Block block) {
    if (block instanceof CrossLink) {
      CrossLink link = (CrossLink) block;
      out.append(link.label()).append(' ').append(link.title()).append(' ').append(link.url().orElse("")).append('\n');
    } else {
      out.append(block.text()).append('\n');
    }
  }

  /** Compares words only: separators and spacing between label, title and URL are layout. */
  private static String squash(String text) {
    return text.replaceAll("[\\s\\u00A0\\u2007\\u202F\\u200B\\uFEFF:()\\-\u2013\u2014]+", " ").trim();
  }
}

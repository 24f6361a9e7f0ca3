package io.github.articlekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.articlekit.parser.ArticleParser;
import io.github.articlekit.parser.ParseResult;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** --max-headings and --max-blocks reach the parser's builder; their defaults are the builder's. */
class LimitOptionsTest {

  /** Records the parser each input is parsed with. */
  private static final class Recording implements Steps {
    final List<String> parsers = new CopyOnWriteArrayList<>();

    @Override
    public ParseResult parse(ArticleParser parser, Input input, InputStream stdin) {
      parsers.add(parser.toString());
      return Steps.super.parse(parser, input, stdin);
    }
  }

  @Test
  void theLimitsGoToTheBuilder() {
    Recording steps = new Recording();

    // The reference article lists 12 headings.
    Cli.Result result = Cli.runWithSteps(steps, "check", "--max-headings", "12", "--max-blocks", "900",
        Cli.article(Cli.REFERENCE).toString());

    assertThat(result.exit()).as("%s", result).isZero();
    assertThat(steps.parsers).singleElement().asString().contains("maxHeadings=12, maxBlocks=900");
  }

  @Test
  void anInputOverALimitIsRefusedWithTheLimitsCode() {
    Cli.Result result = Cli.run("check", "--max-headings", "11", Cli.article(Cli.REFERENCE).toString());

    assertThat(result.exit()).as("%s", result).isEqualTo(1);
    assertThat(result.err()).contains("[LIMIT_EXCEEDED]", "maxHeadings");
  }

  @Test
  void theDefaultsAreTheBuilders() {
    Recording steps = new Recording();

    Cli.runWithSteps(steps, "parse", Cli.article(Cli.REFERENCE).toString());

    assertThat(steps.parsers).singleElement().asString().contains("maxHeadings="
        + ArticleParser.DEFAULT_MAX_HEADINGS + ", maxBlocks=" + ArticleParser.DEFAULT_MAX_BLOCKS);
    assertThat(Cli.run("parse", "--help").out()).contains("(default: 10000)").contains("(default: 100000)");
  }
}

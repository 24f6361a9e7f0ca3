package io.github.articlekit.beam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.articlekit.core.Article;
import io.github.articlekit.core.ArticleJson;
import io.github.articlekit.core.CrossLink;
import io.github.articlekit.core.Paragraph;
import io.github.articlekit.core.Section;
import io.github.articlekit.parser.ArticleParser;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.testing.CoderProperties;
import org.apache.beam.sdk.util.CoderUtils;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.junit.jupiter.api.Test;

/** The coders round-trip exactly, spans included, and Beam finds them by type. */
class CodersTest {
  private static Article reference() throws Exception {
    Path file = Path.of(CodersTest.class.getResource("/000_e5549e3a27514e14.txt").toURI());
    return ArticleParser.create().parse(file).article();
  }

  @Test
  void parsedArticleRoundTripsExactlyWithItsSpans() throws Exception {
    Article article = reference();
    ParsedArticle value = new ParsedArticle("samples/ref.txt", article);

    CoderProperties.coderDecodeEncodeEqual(ParsedArticleCoder.of(), value);
    CoderProperties.coderDecodeEncodeEqualInContext(ParsedArticleCoder.of(), Coder.Context.OUTER, value);
    ParsedArticle back = CoderUtils.clone(ParsedArticleCoder.of(), value);
    assertThat(back.source()).isEqualTo("samples/ref.txt");
    // equals ignores spans; the JSON form has them: compare that too.
    assertThat(ArticleJson.toJson(back.article())).isEqualTo(ArticleJson.toJson(article));
    assertThat(back.article().sections().get(0).span()).isEqualTo(article.sections().get(0).span());
  }

  @Test
  void handBuiltArticleWithoutSpansRoundTrips() throws Exception {
    Article article = Article.builder()
        .title("Un titre « entre guillemets » \\ \"quoted\"")
        .addHeadings("Première")
        .addSections(Section.builder().heading("Première")
            .addBlocks(Paragraph.of("Du texte, 🙂 et des accents : é à ü."),
                CrossLink.of("LIRE AUSSI", "Une autre histoire").withUrl("https://example.org/a?b=c&d"))
            .build())
        .build();
    ParsedArticle back = CoderUtils.clone(ParsedArticleCoder.of(), new ParsedArticle("a/b.txt", article));
    assertThat(back).isEqualTo(new ParsedArticle("a/b.txt", article));
    assertThat(ArticleJson.toJson(back.article())).isEqualTo(ArticleJson.toJson(article));
  }

  @Test
  void parsedArticleCoderIsSerializableAndNotDeterministic() {
    CoderProperties.coderSerializable(ParsedArticleCoder.of());
    assertThatThrownBy(() -> ParsedArticleCoder.of().verifyDeterministic())
        .isInstanceOf(Coder.NonDeterministicException.class);
  }

  @Test
  void corruptArticleBytesAreACoderException() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    StringUtf8Coder.of().encode("x.txt", bytes);
    ByteArrayCoder.of().encode("{\"title\": 3}".getBytes(StandardCharsets.UTF_8), bytes);
    byte[] both = bytes.toByteArray();
    assertThatThrownBy(() -> CoderUtils.decodeFromByteArray(ParsedArticleCoder.of(), both))
        .isInstanceOf(CoderException.class).hasMessageContaining("x.txt");
  }

  @Test
  void refusalCoderRoundTripsAndIsDeterministic() throws Exception {
    Refusal refusal = new Refusal("dir/é.txt", "NOT_TEXT", "Input is not text: control character U+0000");
    CoderProperties.coderDecodeEncodeEqual(RefusalCoder.of(), refusal);
    CoderProperties.coderDeterministic(RefusalCoder.of(), refusal, new Refusal(refusal.source(), refusal.code(),
        refusal.message()));
    CoderProperties.coderConsistentWithEquals(RefusalCoder.of(), refusal, refusal);
    CoderProperties.coderSerializable(RefusalCoder.of());
    RefusalCoder.of().verifyDeterministic();
  }

  @Test
  void beamFindsTheCodersByType() throws Exception {
    CoderRegistry registry = CoderRegistry.createDefault();
    assertThat(registry.getCoder(TypeDescriptor.of(ParsedArticle.class))).isSameAs(ParsedArticleCoder.of());
    assertThat(registry.getCoder(TypeDescriptor.of(Refusal.class))).isSameAs(RefusalCoder.of());
  }
}

package io.github.articlekit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The refusal API: codes, factories, the public exception of a plain ObjectMapper, and the JSON Lines rows. */
class RefusalApiTest {

  @Test
  void factoriesSayWhereAndNothingElse() {
    ArticleException nowhere = ArticleException.of(ErrorCode.EMPTY_INPUT, "empty");
    ArticleException atLine = ArticleException.at(ErrorCode.NOT_TEXT, "bad", 3, 7);
    ArticleException atByte = ArticleException.at(ErrorCode.MALFORMED_INPUT, "bad", 2, 1, 41);

    assertThat(nowhere.code()).isEqualTo(ErrorCode.EMPTY_INPUT);
    assertThat(nowhere.line()).isEmpty();
    assertThat(nowhere.column()).isEmpty();
    assertThat(nowhere.byteOffset()).isEmpty();
    assertThat(atLine.line()).hasValue(3);
    assertThat(atLine.column()).hasValue(7);
    assertThat(atLine.byteOffset()).isEmpty();
    assertThat(atByte.byteOffset()).hasValue(41);
    assertThatIllegalArgumentException().isThrownBy(() -> ArticleException.at(ErrorCode.NOT_TEXT, "x", 0, 1));
    assertThatIllegalArgumentException().isThrownBy(() -> ArticleException.at(ErrorCode.NOT_TEXT, "x", 1, 0));
    assertThatIllegalArgumentException().isThrownBy(() -> ArticleException.at(ErrorCode.NOT_TEXT, "x", 1, 1, -1));
  }

  @Test
  void aCauseCanBeAddedOnce() {
    IOException cause = new IOException("disk");

    ArticleException e = ArticleException.of(ErrorCode.UNREADABLE_INPUT, "cannot read").withCause(cause);

    assertThat(e).hasCause(cause).hasMessage("cannot read");
  }

  @Test
  void aPlainObjectMapperThrowsAnExportedJacksonException() {
    InvalidArticleJsonException e = catchThrowableOfType(InvalidArticleJsonException.class,
        () -> new ObjectMapper().readValue("{\"title\":\"T\",\"headings\":[\" \"]}", Article.class));

    assertThat(e).isInstanceOf(com.fasterxml.jackson.databind.exc.MismatchedInputException.class);
    assertThat(e.getClass().getPackageName()).isEqualTo("io.github.articlekit.core");
    assertThat(e.path()).isEqualTo("headings[0]");
    assertThat(e.problem()).contains("blank");
  }

  @Test
  void rowsAreTheToolsJsonLines() {
    Article article = Article.builder().title("T").addHeadings("A")
        .addSections(Section.builder().heading("A").addBlocks(Paragraph.of("p")).build()).build();

    assertThat(ArticleJson.toRow("dir/a.txt", article)).isEqualTo("{\"source\":\"dir/a.txt\",\"article\":"
        + ArticleJson.toJson(article) + "}");
    assertThat(ArticleJson.toErrorRow("b.txt", "EMPTY_INPUT", "two\r\nlines\nhere"))
        .isEqualTo("{\"source\":\"b.txt\",\"error\":{\"code\":\"EMPTY_INPUT\",\"message\":\"two lines here\"}}");
  }

  @Test
  void prettyJsonPutsNoSpaceBeforeTheColon() {
    Article article = Article.builder().title("T").build();

    assertThat(ArticleJson.toPrettyJson(article)).isEqualTo("{\n  \"title\": \"T\",\n  \"headings\": [],\n"
        + "  \"lead\": [],\n  \"sections\": [],\n  \"boilerplate\": []\n}");
  }
}

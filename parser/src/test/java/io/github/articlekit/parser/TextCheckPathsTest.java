package io.github.articlekit.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.articlekit.core.Article;
import io.github.articlekit.core.ArticleException;
import io.github.articlekit.core.ErrorCode;
import io.github.articlekit.core.Block;
import io.github.articlekit.core.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The check that every character is text takes one of two paths: eight characters at a time when the
 * input encodes to Latin-1 position for position (64 characters or more), else one at a time, with a
 * switch from the first to the second when most words stop the fast check. Each bad character is
 * refused at its own place on every path, at every position within an eight-character word.
 */
class TextCheckPathsTest {
  private static final ArticleParser PARSER = ArticleParser.create();

  /** Bodies that take each path: Latin-1 (ASCII and accents), other BMP text, a surrogate pair, another script. */
  private static final List<String> FILLERS = List.of(
      "plain ascii text, with a question? and more words ",
      "déjà vu à côté de l'été, ÿ and ¿ and \u00A0nbsp ",
      "typographic \u2019quotes\u2019 and \u2014 dashes ",
      "an emoji \uD83D\uDE00 makes a surrogate pair ",
      "\u0442\u0435\u043A\u0441\u0442 \u043D\u0430 \u0440\u0443\u0441\u0441\u043A\u043E\u043C \u044F\u0437\u044B\u043A\u0435 ");

  private static final char[] REFUSED = {
      0x00, 0x01, 0x08, 0x0E, 0x1B, 0x1F, 0x7F, 0x80, 0x84, 0x86, 0x9F, 0xD800, 0xDBFF, 0xDC00, 0xDFFF};

  static Stream<Arguments> refusedCharacterAtEachPlace() {
    List<Arguments> cases = new ArrayList<>();
    for (String filler : FILLERS) {
      for (char bad : REFUSED) {
        for (int offset : new int[] {70, 71, 72, 75, 77, 78, 79, 80, 300, 1000, 1003, 1007}) {
          cases.add(Arguments.of(filler, bad, offset));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest
  @MethodSource
  void refusedCharacterAtEachPlace(String filler, char bad, int offset) {
    String body = filler.repeat(60);
    String text = "Title line\n\n" + body.substring(0, offset - 12) + bad + body.substring(offset - 12);
    int expected = firstNotText(text);
    assertThat(expected).isGreaterThanOrEqualTo(offset - 1);
    ArticleException e = catchThrowableOfType(ArticleException.class, () -> PARSER.parse(text));
    assertThat(e).as("offset %d of %s", offset, filler).isNotNull();
    assertThat(e.code()).isEqualTo(ErrorCode.NOT_TEXT);
    assertThat(e.getMessage()).contains("(character offset " + expected + ")");
    assertThat(e.line()).hasValue(3);
    assertThat(e.column()).hasValue(expected - 12 + 1);
  }

  /** The rule, spelled out: controls but tab, line ends, VT, FF and NEL, and lone surrogates are not text. */
  private static int firstNotText(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)
          || (Character.isISOControl(c) && "\t\n\u000B\f\r\u0085".indexOf(c) < 0)) {
        return i;
      }
    }
    return -1;
  }

  @Test
  void theFirstOfSeveralBadCharactersIsTheOneReported() {
    String body = "déjà vu ".repeat(40);
    String text = "Title\n\n" + body.substring(0, 100) + '\u0085' + '\u0001' + body.substring(100, 200) + '\u0002'
        + body.substring(200);
    ArticleException e = catchThrowableOfType(ArticleException.class, () -> PARSER.parse(text));
    assertThat(e.getMessage()).contains("U+0001").contains("(character offset 108)");
  }

  @Test
  void tabsFormFeedsNextLinesAndLatinLettersAreTextOnEveryPath() {
    for (String filler : FILLERS) {
      String body = (filler + "\t\u000B\f\u0085\u00A0\u00FF?").repeat(30);
      Article parsed = PARSER.parseArticle("Title\n\n" + body);
      assertThat(parsed.lead()).as(filler).hasSize(1);
      assertThat(parsed.lead().get(0).text()).isEqualTo(body);
    }
  }

  @Test
  void lineEndsAreFoundOnEveryPath() {
    for (String filler : FILLERS) {
      for (String lineEnd : new String[] {"\n", "\r\n", "\r"}) {
        String paragraph = filler.repeat(30).strip(); // long enough for another script to leave the fast check
        String text = String.join(lineEnd, "Title", "", paragraph, "", paragraph + " two", "");
        Article parsed = PARSER.parseArticle(text);
        assertThat(parsed.lead()).as("%s %s", filler, lineEnd.length()).extracting(Block::text)
            .containsExactly(paragraph, paragraph + " two");
      }
    }
  }

  @Test
  void aLoneCarriageReturnLateInLatinTextStillEndsItsLine() {
    String paragraph = "déjà vu, ".repeat(20).strip();
    String text = "Title\n\n" + paragraph + "\n\n" + paragraph + " encore\r\r" + "Last words.";
    Article parsed = PARSER.parseArticle(text);
    assertThat(parsed.lead()).extracting(Block::text)
        .containsExactly(paragraph, paragraph + " encore", "Last words.");
  }


  @Test
  void headingsThatDifferOnlyOutsideLatin1AreNotTheSameText() {
    // Both quotes stand as '?' in the Latin-1 form; the heading is a loose match, not an exact one.
    String listed = "Le prix du p\u00E9trole \u2019 hausse";
    String written = "Le prix du p\u00E9trole \u2018 hausse";
    String text = "Titre de l'article\n\n" + listed + "\nAutre partie\n\n" + written + "\n\nDu texte.\n\n"
        + "Autre partie\n\nEncore du texte.";
    ParseResult result = PARSER.parse(text);
    assertThat(result.article().sections()).extracting(Section::heading).containsExactly(written, "Autre partie");
    assertThat(result.diagnostics()).extracting(Diagnostic::code).containsExactly(DiagnosticCode.HEADING_LOOSE_MATCH);
  }
}

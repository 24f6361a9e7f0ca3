package io.github.articlekit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The invariants checked when a value is built: not blank, no nulls, ordered spans. */
class InvariantsTest {

  /** Strings a reader sees nothing in, including those {@link String#isBlank()} misses. */
  static final List<String> BLANKS = List.of(
      "", " ", "   ", "\t", "\n", "\r\n", "\u000B", "\f",
      "\u00A0", // no-break space
      "\u200B", // zero-width space
      " \u00A0\u200B\t ",
      "\u2007", // figure space
      "\u202F", // narrow no-break space
      "\u2060", // word joiner
      "\uFEFF", // byte order mark
      "\u3000", // ideographic space
      "\u200C\u200D", // zero-width (non-)joiner
      "\u001F", // unit separator: Java white space
      "\u2028\u2029");

  /** A way to build a value from one string, with the field name its message must carry. */
  private static final class Field {
    final String name;
    final Function<String, Object> build;

    Field(String name, Function<String, Object> build) {
      this.name = name;
      this.build = build;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private static final List<Field> TEXT_FIELDS = List.of(
      new Field("article.title", s -> Article.builder().title(s).build()),
      new Field("article.headings[1]", s -> Article.builder().title("T").addHeadings("first", s).build()),
      new Field("section.heading", s -> Section.builder().heading(s).build()),
      new Field("paragraph.text", Paragraph::of),
      new Field("crossLink.label", s -> CrossLink.of(s, "A title")),
      new Field("crossLink.title", s -> CrossLink.of("LIRE AUSSI", s)),
      new Field("crossLink.url", s -> CrossLink.builder().label("READ MORE").title("A title").url(s).build()),
      new Field("boilerplate.text", Boilerplate::of),
      // with... copies check the invariants too.
      new Field("article.title", s -> Article.builder().title("T").build().withTitle(s)),
      new Field("paragraph.text", s -> Paragraph.of("text").withText(s)));

  static Stream<Arguments> blankTextFields() {
    List<Arguments> cases = new ArrayList<>();
    for (Field field : TEXT_FIELDS) {
      for (String blank : BLANKS) {
        cases.add(Arguments.of(field, blank, codes(blank)));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} = {2}")
  @MethodSource("blankTextFields")
  void blankTextIsRefusedWithAMessageNamingTheField(Field field, String blank, String codes) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> field.build.apply(blank))
        .withMessage(field.name + " must not be blank");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("textFields")
  void textWithVisibleCharactersIsKeptAsGiven(Field field) {
    for (String text : List.of("x", "\u00A0x\u200B", " Une rencontre en haut lieu ", "😀", "-")) {
      assertThatCode(() -> field.build.apply(text)).as("%s = %s", field, codes(text)).doesNotThrowAnyException();
    }
    assertThat(Paragraph.of("\u00A0x ").text()).isEqualTo("\u00A0x ");
  }

  static Stream<Field> textFields() {
    return TEXT_FIELDS.stream();
  }

  static Stream<Arguments> nulls() {
    Block nullBlock = null;
    Section nullSection = null;
    Boilerplate nullBoilerplate = null;
    String nullString = null;
    SourceSpan nullSpan = null;
    return Stream.of(
        Arguments.of("title", (ThrowingCallable) () -> Article.builder().title(nullString)),
        Arguments.of("headings element", (ThrowingCallable) () -> Article.builder().addHeadings(nullString)),
        Arguments.of("headings element",
            (ThrowingCallable) () -> Article.builder().addAllHeadings(Arrays.asList("a", null))),
        Arguments.of("lead element", (ThrowingCallable) () -> Article.builder().addLead(nullBlock)),
        Arguments.of("sections element", (ThrowingCallable) () -> Article.builder().addSections(nullSection)),
        Arguments.of("boilerplate element",
            (ThrowingCallable) () -> Article.builder().addBoilerplate(nullBoilerplate)),
        Arguments.of("heading", (ThrowingCallable) () -> Section.builder().heading(nullString)),
        Arguments.of("blocks element", (ThrowingCallable) () -> Section.builder().addBlocks(nullBlock)),
        Arguments.of("span", (ThrowingCallable) () -> Section.builder().span(nullSpan)),
        Arguments.of("text", (ThrowingCallable) () -> Paragraph.of(nullString)),
        Arguments.of("span", (ThrowingCallable) () -> Paragraph.builder().span(nullSpan)),
        Arguments.of("span", (ThrowingCallable) () -> Paragraph.of("x").withSpan(nullSpan)),
        Arguments.of("text", (ThrowingCallable) () -> Paragraph.of("x").withText(nullString)),
        Arguments.of("label", (ThrowingCallable) () -> CrossLink.of(nullString, "t")),
        Arguments.of("title", (ThrowingCallable) () -> CrossLink.of("l", nullString)),
        Arguments.of("url", (ThrowingCallable) () -> CrossLink.builder().url(nullString)),
        Arguments.of("text", (ThrowingCallable) () -> Boilerplate.of(nullString)),
        Arguments.of("span", (ThrowingCallable) () -> Boilerplate.builder().span(nullSpan)),
        Arguments.of("title", (ThrowingCallable) () -> Article.builder().title("T").build().withTitle(nullString)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nulls")
  void nullsAreRefusedWithAnNpeNamingTheAttribute(String attribute, ThrowingCallable call) {
    assertThatNullPointerException().isThrownBy(call).withMessage(attribute);
  }

  @Test
  void nullElementsInWithCopiesAreRefused() {
    Article article = Article.builder().title("T").build();
    assertThatNullPointerException().isThrownBy(() -> article.withSections(Arrays.asList((Section) null)));
    assertThatNullPointerException().isThrownBy(() -> article.withBoilerplate(Arrays.asList((Boilerplate) null)));
    assertThatNullPointerException()
        .isThrownBy(() -> Section.builder().heading("h").build().withBlocks(Arrays.asList((Block) null)));
  }

  @Test
  void requiredAttributesMustBeSet() {
    assertThatIllegalStateException().isThrownBy(() -> Article.builder().build()).withMessageContaining("[title]");
    assertThatIllegalStateException().isThrownBy(() -> Section.builder().build()).withMessageContaining("[heading]");
    assertThatIllegalStateException().isThrownBy(() -> Paragraph.builder().build()).withMessageContaining("[text]");
    assertThatIllegalStateException().isThrownBy(() -> CrossLink.builder().label("l").build())
        .withMessageContaining("[title]");
    assertThatIllegalStateException().isThrownBy(() -> Boilerplate.builder().build()).withMessageContaining("[text]");
  }

  @ParameterizedTest(name = "SourceSpan.of({0}, {1}, {2}, {3})")
  @CsvSource({
      "0, 1, 0, 0, 'span.startLine must be at least 1, was 0'",
      "-3, 1, 0, 0, 'span.startLine must be at least 1, was -3'",
      "2, 1, 0, 0, 'span.endLine (1) must not be before span.startLine (2)'",
      "5, 4, 10, 20, 'span.endLine (4) must not be before span.startLine (5)'",
      "1, 1, -1, 0, 'span.startOffset must not be negative, was -1'",
      "1, 1, 5, 4, 'span.endOffset (4) must not be before span.startOffset (5)'",
      "1, 2, 0, -1, 'span.endOffset (-1) must not be before span.startOffset (0)'",
  })
  void spansOutOfOrderOrRangeAreRefusedNamingTheField(int startLine, int endLine, int startOffset, int endOffset,
      String message) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SourceSpan.of(startLine, endLine, startOffset, endOffset))
        .withMessage(message);
  }

  @ParameterizedTest(name = "SourceSpan.of({0}, {1}, {2}, {3})")
  @CsvSource({"1, 1, 0, 0", "1, 1, 0, 5", "3, 7, 12, 12", "15, 17, 416, 646", "2147483647, 2147483647, 0, 2147483647"})
  void orderedSpansAreAccepted(int startLine, int endLine, int startOffset, int endOffset) {
    SourceSpan span = SourceSpan.of(startLine, endLine, startOffset, endOffset);
    assertThat(span.startLine()).isEqualTo(startLine);
    assertThat(span.endLine()).isEqualTo(endLine);
    assertThat(span.startOffset()).isEqualTo(startOffset);
    assertThat(span.endOffset()).isEqualTo(endOffset);
    assertThat(span.length()).isEqualTo(endOffset - startOffset);
  }

  @Test
  void spanTextInIsTheSubstringAndRefusesSpansPastTheInput() {
    assertThat(SourceSpan.of(1, 1, 3, 8).textIn("La Corée du Sud")).isEqualTo("Corée");
    assertThat(SourceSpan.of(1, 1, 2, 2).textIn("abc")).isEmpty();
    assertThatThrownBy(() -> SourceSpan.of(1, 1, 2, 9).textIn("abc")).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void collectionsAreImmutableAndDefensivelyCopied() {
    List<String> headings = new ArrayList<>(List.of("a", "b"));
    Article article = Article.builder().title("T").addAllHeadings(headings).build();
    headings.add("c");
    assertThat(article.headings()).containsExactly("a", "b");
    assertThatThrownBy(() -> article.headings().add("x")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> article.sections().add(null)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> article.lead().add(Paragraph.of("x"))).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> article.blocks().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> article.paragraphs().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> article.crossLinks().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  private static String codes(String s) {
    StringBuilder out = new StringBuilder("\"");
    s.chars().forEach(c -> out.append(c < 0x7F && c > ' ' ? String.valueOf((char) c) : String.format("\\u%04X", c)));
    return out.append('"').toString();
  }
}

package io.github.articlekit.parser.sources;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.articlekit.core.Article;
import io.github.articlekit.core.Paragraph;
import io.github.articlekit.core.Section;
import io.github.articlekit.parser.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every default cue of every pack, in a sentence of its kind, gives the name next to it and nothing else. */
class EveryCueTest {
  private static final AttributionExtractor EXTRACTOR = AttributionExtractor.create();
  private static final String NAME = "Amnesty International";

  static Stream<Arguments> cues() {
    List<Arguments> all = new ArrayList<>();
    for (Language language : Language.values()) {
      for (CueKind kind : CueKind.values()) {
        for (String cue : EXTRACTOR.cues(language, kind)) {
          all.add(Arguments.of(language, kind, cue));
        }
      }
    }
    return all.stream();
  }

  static String sentence(CueKind kind, String cue) {
    switch (kind) {
      case LEADING:
        String leading = cue.replace("{}", NAME);
        // An elided cue ("riportato dall'") is written against the name.
        String space = cue.endsWith("'") ? "" : " ";
        return Character.toUpperCase(leading.charAt(0)) + leading.substring(1) + (cue.contains("{}") ? "" : space + NAME)
            + ", 40 000 personnes 2024.";
      case VERB_AFTER:
      case POSTPOSITION:
        return NAME + " " + cue + " 40 000 personnes 2024.";
      case VERB_BEFORE:
        return "« 40 000 personnes », " + (cue.contains("{}") ? cue.replace("{}", NAME) : cue + " " + NAME) + ".";
      default:
        throw new AssertionError(kind);
    }
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("cues")
  void theCueGivesTheNameNextToIt(Language language, CueKind kind, String cue) {
    String sentence = sentence(kind, cue);
    Article article = Article.builder().title("T").addHeadings("H")
        .addSections(Section.builder().heading("H").addBlocks(Paragraph.of(sentence)).build()).build();

    List<Attribution> found = EXTRACTOR.extract(article);

    assertThat(found).as(sentence).extracting(Attribution::name).containsExactly(NAME);
    assertThat(found.get(0).cueKind()).as(sentence).isEqualTo(kind);
    assertThat(found.get(0).sentence()).isEqualTo(sentence);
  }
}

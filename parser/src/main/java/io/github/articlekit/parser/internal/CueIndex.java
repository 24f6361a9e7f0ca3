package io.github.articlekit.parser.internal;

import io.github.articlekit.parser.Language;
import io.github.articlekit.parser.sources.CueKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A scanner's cues, folded ({@link Cue#compile}), by their first word, then by their second: a word such as
 * French "a" starts hundreds of cues ("a déclaré", "a indiqué", ...), and only those whose second word
 * stands next are tried. Lookups are by whole folded word in a {@link HashMap}.
 */
final class CueIndex {
  private final Map<String, CueGroup> cuesByFirstWord = new HashMap<>();

  /** The cues that start with one word. */
  static final class CueGroup {
    final List<Cue> oneWord = new ArrayList<>();
    final Map<String, List<Cue>> bySecondWord = new HashMap<>();
  }

  /**
   * Compiles and indexes the cues.
   *
   * @param cues per language and kind, the cues as written; {@code {}} marks the name inside a cue
   *     ("wie {} berichtet")
   */
  CueIndex(Map<Language, Map<CueKind, List<String>>> cues) {
    for (Map.Entry<Language, Map<CueKind, List<String>>> byLanguage : cues.entrySet()) {
      for (Map.Entry<CueKind, List<String>> byKind : byLanguage.getValue().entrySet()) {
        for (String text : byKind.getValue()) {
          Cue cue = Cue.compile(byLanguage.getKey(), byKind.getKey(), text);
          String[] words = cue.before().length > 0 ? cue.before() : cue.after();
          CueGroup group = cuesByFirstWord.computeIfAbsent(words[0], k -> new CueGroup());
          if (words.length == 1) {
            group.oneWord.add(cue);
          } else {
            group.bySecondWord.computeIfAbsent(words[1], k -> new ArrayList<>()).add(cue);
          }
        }
      }
    }
  }

  /** The cues whose first folded word is {@code word}, or null when none starts with it. */
  @Nullable CueGroup startingWith(String word) {
    return cuesByFirstWord.get(word);
  }
}

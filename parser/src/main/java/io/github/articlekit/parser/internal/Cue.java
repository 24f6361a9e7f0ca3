package io.github.articlekit.parser.internal;

import io.github.articlekit.parser.Language;
import io.github.articlekit.parser.sources.CueKind;

/** One cue, folded: the words before the name and the words after it (either may be empty). */
final class Cue {
  private final Language language;
  private final CueKind kind;
  private final String[] before;
  private final String[] after;
  private final String text;

  Cue(Language language, CueKind kind, String[] before, String[] after, String text) {
    this.language = language;
    this.kind = kind;
    this.before = before;
    this.after = after;
    this.text = text;
  }

  Language language() {
    return language;
  }

  CueKind kind() {
    return kind;
  }

  /** @return the words before the name; callers only read it */
  String[] before() {
    return before;
  }

  /** @return the words after the name; callers only read it */
  String[] after() {
    return after;
  }

  String text() {
    return text;
  }

  /** Checks and folds a cue as a user writes it; {@code {}} marks the name inside a cue ("wie {} berichtet"). */
  static Cue compile(Language language, CueKind kind, String text) {
    int hole = text.indexOf("{}");
    String[] before;
    String[] after;
    if (hole >= 0) {
      before = WordFold.wordsOf(text.substring(0, hole)).toArray(new String[0]);
      after = WordFold.wordsOf(text.substring(hole + 2)).toArray(new String[0]);
      if (before.length == 0 || after.length == 0 || text.indexOf("{}", hole + 2) >= 0) {
        throw new IllegalArgumentException("A cue with {} needs words on both sides of one {}, was \"" + text + "\"");
      }
    } else {
      String[] words = WordFold.wordsOf(text).toArray(new String[0]);
      boolean nameAfter = kind == CueKind.LEADING || kind == CueKind.VERB_BEFORE;
      before = nameAfter ? words : new String[0];
      after = nameAfter ? new String[0] : words;
    }
    if (before.length + after.length == 0) {
      throw new IllegalArgumentException("A cue must have letters or digits, was \"" + text + "\"");
    }
    return new Cue(language, kind, before, after, text);
  }
}

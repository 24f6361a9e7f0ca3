package io.github.articlekit.parser.sources;

/** Where a cue stands with respect to the name it attributes to. */
public enum CueKind {
  /** Before the name, as a preposition: "selon X", "according to X", "laut X", "secondo X". */
  LEADING,
  /** A reporting verb after the name: "X a déclaré", "X said", "X sagte", "X ha detto". */
  VERB_AFTER,
  /**
   * A reporting verb before the name, after a quotation or a comma: "..., a déclaré X", "..., said X",
   * "..., wie X berichtet", "..., come riporta X".
   */
  VERB_BEFORE,
  /** After the name, as a postposition: "X zufolge". */
  POSTPOSITION
}

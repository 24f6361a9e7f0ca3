package io.github.articlekit.parser.internal;

/**
 * The numbers in the README's rules, in one place: the rule classes read them from here, and so do
 * the tests that check the rules at both sides of each bound.
 */
public final class FormatBounds {
  private FormatBounds() {}

  /** Rule 2: a candidate heading list with a line longer than this reads as prose. */
  public static final int PROSE_LINE_LENGTH = 100;
  /** Rule 6: an inferred heading has at most this many characters... */
  public static final int MAX_INFERRED_HEADING_LENGTH = 100;
  /** Rule 6: ...and at most this many words. */
  public static final int MAX_INFERRED_HEADING_WORDS = 15;
  /** Rule 5: how many blocks back from the boilerplate a related-content header ("Et aussi") is looked for. */
  public static final int BOILERPLATE_HEADER_WINDOW = 12;
  /** Rule 5: the one-line blocks after a related-content header are related titles when this short. */
  public static final int MAX_RELATED_TITLE_LENGTH = 200;
  /** Rule 5: a block longer than this is never boilerplate by containing a phrase: it is prose. */
  public static final int MAX_PHRASE_BLOCK_LENGTH = 320;
  /** Rule 5: phrases of fewer words match a whole block only ("Et aussi" must not eat "Et aussi, le ..."). */
  public static final int MIN_WORDS_TO_MATCH_INSIDE = 3;
}

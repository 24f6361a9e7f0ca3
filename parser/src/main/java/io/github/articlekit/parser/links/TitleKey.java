package io.github.articlekit.parser.links;

import io.github.articlekit.parser.internal.TitleFold;

/**
 * A title in the form in which titles are matched: folded as headings are (case, runs of spaces and
 * no-break spaces, typographic apostrophes, quotes and dashes), without final punctuation
 * ({@code . ! ? …}) or quotes and guillemets around the whole title.
 *
 * <p>A cross-link's title that ended with {@code …} or {@code ...} after at least {@value #MIN_PREFIX}
 * folded characters is a {@link #prefix()}: it names the articles whose folded title starts with
 * {@link #folded()}. Otherwise it names those whose folded title equals it.
 *
 * <p>{@link #joinKey()} is a key on which cross-links and the articles they can name meet: every
 * article a link can match has the link's join key. A distributed join groups by it, then matches
 * within each group ({@code ResolveCrossLinks} in {@code examples/beam} does).
 *
 * @param folded the folded title; empty for a title of punctuation only, which names no article
 * @param prefix whether the title was cut short with an ellipsis and matches by the start of titles
 */
public record TitleKey(String folded, boolean prefix) {
  /** The fewest folded characters before an ellipsis for a title to match by its start. */
  public static final int MIN_PREFIX = TitleFold.MIN_PREFIX;

  /**
   * Folds a title, an article's or a cross-link's.
   *
   * @param title the title as written
   * @return its key
   */
  public static TitleKey of(String title) {
    TitleFold.Folded folded = TitleFold.foldOnce(title);
    return new TitleKey(folded.folded(), folded.prefix());
  }

  /**
   * The first {@value #MIN_PREFIX} folded characters, or the whole folded title when it is shorter: an
   * exact title and a prefix of at least that length share it with every title they match.
   *
   * @return the join key
   */
  public String joinKey() {
    if (folded.length() <= MIN_PREFIX) {
      return folded;
    }
    // Not between the two halves of a surrogate pair: a key is valid text, whatever its coder.
    return folded.substring(0, Character.isHighSurrogate(folded.charAt(MIN_PREFIX - 1)) ? MIN_PREFIX - 1 : MIN_PREFIX);
  }
}

package io.github.articlekit.parser.internal;

/**
 * The form in which a cross-link's title is compared with article titles: the heading folding
 * ({@link HeadingFold}: case, runs of spaces and no-break spaces, typographic apostrophes, quotes and
 * dashes), then quotes or guillemets around the whole title (double or single) and final punctuation
 * ({@code . ! ? …}) dropped. A title that ended with {@code …} or {@code ...} after at least {@link #MIN_PREFIX}
 * folded characters is a prefix: it was cut short. An instance reuses its buffer: one per thread.
 */
public final class TitleFold {
  /** The fewest folded characters before an ellipsis for a title to match by its start. */
  public static final int MIN_PREFIX = 20;

  private final HeadingFold headingFold = new HeadingFold();

  /**
   * A folded title.
   *
   * @param folded the folded text, possibly empty (a title of punctuation only)
   * @param prefix whether it was cut short with an ellipsis after at least {@link #MIN_PREFIX} characters
   */
  public record Folded(String folded, boolean prefix) {}

  /**
   * Folds one title.
   *
   * @param title the title as written
   * @return its folded form
   */
  public static Folded foldOnce(String title) {
    return new TitleFold().fold(title);
  }

  /**
   * Folds a title, reusing this instance's buffer.
   *
   * @param title the title as written
   * @return its folded form
   */
  public Folded fold(String title) {
    String folded = headingFold.fold(title, 0, title.length());
    int start = 0;
    int end = folded.length();
    boolean cut = false;
    // Each pass drops a layer: final punctuation, or quotes around the whole; "« Titre… »" takes three.
    while (true) {
      while (end > start && folded.charAt(end - 1) == ' ') {
        end--;
      }
      while (start < end && folded.charAt(start) == ' ') {
        start++;
      }
      int punctuation = end;
      while (punctuation > start && isFinalPunctuation(folded.charAt(punctuation - 1))) {
        punctuation--;
      }
      if (punctuation < end) {
        cut |= folded.charAt(end - 1) == '\u2026' || (end - punctuation >= 3 && folded.startsWith("...", end - 3));
        end = punctuation;
        continue;
      }
      if (end - start >= 2 && quotesAround(folded, start, end)) {
        start++;
        end--;
        continue;
      }
      break;
    }
    return new Folded(folded.substring(start, end), cut && end - start >= MIN_PREFIX);
  }

  /**
   * Whether the text is quoted whole: double quotes (guillemets and curly quotes fold to them) with none
   * inside, as {@code "Oui" et "non"} is not; or single quotes, which fold with apostrophes, so that
   * {@code ‘L’affaire’} is quoted whole whatever it holds.
   */
  private static boolean quotesAround(String folded, int start, int end) {
    char first = folded.charAt(start);
    char last = folded.charAt(end - 1);
    if (first == '"' && last == '"') {
      return folded.indexOf('"', start + 1) == end - 1;
    }
    return first == '\'' && last == '\'';
  }

  private static boolean isFinalPunctuation(char c) {
    return c == '.' || c == '!' || c == '?' || c == '\u2026';
  }
}

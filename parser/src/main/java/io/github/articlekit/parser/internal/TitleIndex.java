package io.github.articlekit.parser.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/**
 * Folded article titles in sorted order: a whole title is found through a {@link HashMap} on whole titles,
 * the titles that start with a prefix by binary search, in time logarithmic in the number of titles plus
 * the number found. No structure that an input can steer: a sorted array, {@link String#compareTo}, and a
 * JDK hash map on whole strings (its tree bins bound collisions).
 */
public final class TitleIndex {
  private final String[] titles;
  private final int[] articles;
  /** Each distinct title's first position in {@link #titles}: a hash lookup is a cache miss or two, a binary search seventeen. */
  private final Map<String, Integer> firstPosition;

  /**
   * Indexes folded titles.
   *
   * @param folded the folded title of each article, by article number; empty titles are left out, as no
   *     cross-link can name them
   */
  public TitleIndex(String[] folded) {
    Entry[] entries = new Entry[folded.length];
    int count = 0;
    for (int i = 0; i < folded.length; i++) {
      if (!folded[i].isEmpty()) {
        entries[count++] = new Entry(folded[i], i);
      }
    }
    // Stable: articles with the same folded title stay in article order.
    Arrays.sort(entries, 0, count, BY_TITLE);
    titles = new String[count];
    articles = new int[count];
    firstPosition = new HashMap<>(count * 2);
    for (int i = 0; i < count; i++) {
      titles[i] = entries[i].title();
      articles[i] = entries[i].article();
      firstPosition.putIfAbsent(titles[i], i);
    }
  }

  private static final Comparator<Entry> BY_TITLE = Comparator.comparing(Entry::title);

  /** A title and its article, while the index is sorted. */
  private record Entry(String title, int article) {}

  /**
   * The articles whose folded title is {@code folded}, or starts with it when {@code prefix}.
   *
   * @param folded a folded title; an empty one matches nothing
   * @param prefix whether to match by the start of the titles
   * @param max the most article numbers to return
   * @return how many match, and the lowest {@code max} article numbers among them, in increasing order
   */
  public Matches find(String folded, boolean prefix, int max) {
    if (folded.isEmpty()) {
      return new Matches(0, new int[0]);
    }
    int from;
    int to;
    if (prefix) {
      from = lowerBound(folded);
      to = endOfPrefix(folded, from);
    } else {
      Integer first = firstPosition.get(folded);
      from = first == null ? 0 : first;
      to = first == null ? 0 : endOfEqual(folded, from);
    }
    int[] found = Arrays.copyOfRange(articles, from, to);
    Arrays.sort(found);
    return new Matches(found.length, found.length <= max ? found : Arrays.copyOf(found, max));
  }

  /** The first position whose title is not less than {@code key}. */
  private int lowerBound(String key) {
    int low = 0;
    int high = titles.length;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (titles[middle].compareTo(key) < 0) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  /** From {@code from}, the first title equal to {@code key}: the end of the titles equal to it. */
  private int endOfEqual(String key, int from) {
    int to = from;
    // Equal titles are one article's repeats: each one found is listed, so a scan costs what it finds.
    while (to < titles.length && titles[to].equals(key)) {
      to++;
    }
    return to;
  }

  /** From {@code from}, where titles are not less than {@code prefix}: the end of those that start with it. */
  private int endOfPrefix(String prefix, int from) {
    int low = from;
    int high = titles.length;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (titles[middle].startsWith(prefix)) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  /** What a search found: how many articles match, and the lowest article numbers among them. */
  public static final class Matches {
    private final int count;
    private final int[] first;

    Matches(int count, int[] first) {
      this.count = count;
      this.first = first;
    }

    /** @return how many articles match */
    public int count() {
      return count;
    }

    /** @return how many of them {@link #first(int)} holds */
    public int listed() {
      return first.length;
    }

    /**
     * @param i from 0 to {@link #listed()}, exclusive
     * @return the {@code i}-th lowest article number among those that match
     */
    public int first(int i) {
      return first[i];
    }
  }
}

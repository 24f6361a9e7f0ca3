package io.github.articlekit.parser.internal;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Folded article titles in sorted order, searched by binary search: a whole title, or the titles that
 * start with a prefix, in time logarithmic in the number of titles plus the number found. No structure
 * that an input can steer: a sorted array and {@link String#compareTo}.
 */
public final class TitleIndex {
  private final String[] titles;
  private final int[] articles;

  /**
   * Indexes folded titles.
   *
   * @param folded the folded title of each article, by article number; empty titles are left out, as no
   *     cross-link can name them
   */
  public TitleIndex(String[] folded) {
    Integer[] order = new Integer[folded.length];
    int count = 0;
    for (int i = 0; i < folded.length; i++) {
      if (!folded[i].isEmpty()) {
        order[count++] = i;
      }
    }
    Integer[] kept = Arrays.copyOf(order, count);
    // Stable: articles with the same folded title stay in article order.
    Arrays.sort(kept, Comparator.comparing(i -> folded[i]));
    titles = new String[count];
    articles = new int[count];
    for (int i = 0; i < count; i++) {
      titles[i] = folded[kept[i]];
      articles[i] = kept[i];
    }
  }

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
    int from = lowerBound(folded);
    int to = prefix ? endOfPrefix(folded, from) : endOfEqual(folded, from);
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

  /** From {@code from}, where titles are not less than {@code key}: the end of the titles equal to it. */
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

package io.github.articlekit.benchmarks;

import io.github.articlekit.parser.links.CrossLinkResolver;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * A generated corpus for the cross-link resolver, titles only (the parse is measured elsewhere): news-like
 * titles of 6 to 14 words (2% of them an earlier title again, republished), and 3 cross-links per article, spelled as archives spell them: 40% the title as
 * it is, 20% in capitals with final punctuation or in guillemets, 20% cut short with an ellipsis after 30
 * to 40 characters, 20% a title that no article has.
 */
final class LinkCorpus {
  /** Cross-links per article. */
  static final int LINKS_PER_ARTICLE = 3;

  final String[] ids;
  final String[] titles;
  /** {@code links[i * LINKS_PER_ARTICLE + k]}: the k-th link of article i. */
  final String[] links;

  private LinkCorpus(String[] ids, String[] titles, String[] links) {
    this.ids = ids;
    this.titles = titles;
    this.links = links;
  }

  /**
   * @param articles how many articles
   * @param seed the random seed
   * @return the corpus
   */
  static LinkCorpus generate(int articles, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    String[] words = new String[2_000];
    for (int i = 0; i < words.length; i++) {
      words[i] = word(random);
    }
    String[] ids = new String[articles];
    String[] titles = new String[articles];
    for (int i = 0; i < articles; i++) {
      ids[i] = String.format(Locale.ROOT, "archive/%06d.txt", i);
      // 2% are republished: an earlier title again, with a final period (links to either are ambiguous).
      titles[i] = i > 0 && random.nextInt(50) == 0 ? titles[random.nextInt(i)] + "." : title(random, words);
    }
    String[] links = new String[articles * LINKS_PER_ARTICLE];
    for (int i = 0; i < links.length; i++) {
      String target = titles[random.nextInt(articles)];
      int kind = random.nextInt(10);
      if (kind < 4) {
        links[i] = target;
      } else if (kind < 5) {
        links[i] = target.toUpperCase(Locale.ROOT) + " ?";
      } else if (kind < 6) {
        links[i] = "\u00ab\u00a0" + target + "\u00a0\u00bb";
      } else if (kind < 8) {
        links[i] = target.substring(0, Math.min(target.length() - 1, 30 + random.nextInt(11))).stripTrailing() + "\u2026";
      } else {
        links[i] = title(random, words);
      }
    }
    return new LinkCorpus(ids, titles, links);
  }

  /**
   * Adds the corpus to a resolver, as a program that parsed it would: each title, then its links.
   *
   * @param resolver the resolver
   * @return the resolver
   */
  CrossLinkResolver addTo(CrossLinkResolver resolver) {
    for (int i = 0; i < ids.length; i++) {
      resolver.addTitle(ids[i], titles[i]);
      for (int k = 0; k < LINKS_PER_ARTICLE; k++) {
        resolver.addLink(ids[i], k, Optional.of("Section"), "LIRE AUSSI", links[i * LINKS_PER_ARTICLE + k]);
      }
    }
    return resolver;
  }

  private static String word(SplittableRandom random) {
    String letters = "abcdefghijklmnopqrstuvwxyzéèàç";
    StringBuilder word = new StringBuilder();
    for (int i = 0, length = 2 + random.nextInt(9); i < length; i++) {
      word.append(letters.charAt(random.nextInt(i == 0 ? 26 : letters.length())));
    }
    return word.toString();
  }

  private static String title(SplittableRandom random, String[] words) {
    StringBuilder title = new StringBuilder();
    for (int i = 0, count = 6 + random.nextInt(9); i < count; i++) {
      String word = words[random.nextInt(words.length)];
      title.append(i == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : " " + word);
    }
    return title.toString();
  }
}

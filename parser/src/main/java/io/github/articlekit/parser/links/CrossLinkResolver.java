package io.github.articlekit.parser.links;

import io.github.articlekit.core.Article;
import io.github.articlekit.core.ArticleException;
import io.github.articlekit.core.Block;
import io.github.articlekit.core.CrossLink;
import io.github.articlekit.core.ErrorCode;
import io.github.articlekit.core.Section;
import io.github.articlekit.parser.internal.TitleFold;
import io.github.articlekit.parser.internal.TitleIndex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Resolves the cross-links of a corpus to the articles whose titles they name.
 *
 * <p>Articles come one at a time, as a stream: the resolver keeps each article's identifier and title
 * and its pending cross-links (marker, title, section heading), never the article, so a million articles
 * take the memory of their titles and links only. {@link #resolve()} then matches every link:
 *
 * <pre>{@code
 * CrossLinkResolver resolver = CrossLinkResolver.builder().build();
 * resolver.add("a.txt", parser.parseArticle(Path.of("a.txt")));
 * resolver.add("b.txt", parser.parseArticle(Path.of("b.txt")));
 * LinkGraph graph = resolver.resolve();
 * graph.links().forEach(link -> System.out.println(link.toJson()));
 * }</pre>
 *
 * <p>A link's title and an article's title match when their {@link TitleKey}s are equal, or, for a
 * title cut short with an ellipsis, when the article's folded title starts with the link's. Exactly one
 * article matching is {@link LinkStatus#RESOLVED} (a link to its own article is flagged
 * {@link ResolvedLink#self()}); several are {@link LinkStatus#AMBIGUOUS}; none is
 * {@link LinkStatus#UNRESOLVED}.
 *
 * <p>Bounded cost: {@link #resolve()} sorts the folded titles once, finds a whole title through a hash
 * map on whole folded titles and a title cut short by binary search, and matches links with the same
 * folded title once; time is {@code O((T + L) log T)} for {@code T}
 * characters of titles and {@code L} of links, whatever the titles. The limits of the {@link Builder} are
 * counted as articles and links are added.
 *
 * <p>Not thread-safe: add from one thread, or synchronize.
 */
public final class CrossLinkResolver {
  /** Default of {@link Builder#maxArticles(int)}. */
  public static final int DEFAULT_MAX_ARTICLES = 10_000_000;
  /** Default of {@link Builder#maxLinks(int)}. */
  public static final int DEFAULT_MAX_LINKS = 100_000_000;
  /** Default of {@link Builder#maxCandidates(int)}. */
  public static final int DEFAULT_MAX_CANDIDATES = 100;

  private final int maxArticles;
  private final int maxLinks;
  private final int maxCandidates;
  private final List<String> ids = new ArrayList<>();
  private final List<String> titles = new ArrayList<>();
  private final List<Pending> links = new ArrayList<>();
  /** The last label and source kept, shared with the next link that repeats them: they come in runs. */
  private @Nullable String lastLabel;
  private @Nullable String lastSource;

  private CrossLinkResolver(Builder builder) {
    this.maxArticles = builder.maxArticles;
    this.maxLinks = builder.maxLinks;
    this.maxCandidates = builder.maxCandidates;
  }

  /** @return a resolver with the default limits */
  public static CrossLinkResolver create() {
    return builder().build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Adds an article: its title, and its cross-links, those of the lead and then of each section, in order.
   *
   * @param id the article's identifier, unique in the corpus (the CLI uses its path)
   * @param article the article; only its title and cross-links are kept
   * @return this resolver
   * @throws ArticleException with {@link io.github.articlekit.core.ErrorCode#LIMIT_EXCEEDED} past a limit; nothing is then added
   */
  public CrossLinkResolver add(String id, Article article) {
    Objects.requireNonNull(id, "id");
    int count = 0;
    for (Block block : article.blocks()) {
      if (block instanceof CrossLink) {
        count++;
      }
    }
    requireRoomForLinks(count);
    addTitle(id, article.title());
    int position = 0;
    for (Block block : article.lead()) {
      if (block instanceof CrossLink link) {
        keep(id, position++, null, link.label(), link.title());
      }
    }
    for (Section section : article.sections()) {
      for (Block block : section.blocks()) {
        if (block instanceof CrossLink link) {
          keep(id, position++, section.heading(), link.label(), link.title());
        }
      }
    }
    return this;
  }

  /**
   * Adds an article known by its title alone; its links, if any, come through
   * {@link #addLink(String, int, Optional, String, String)}.
   *
   * @param id the article's identifier, unique in the corpus
   * @param title its title
   * @return this resolver
   * @throws ArticleException with {@link io.github.articlekit.core.ErrorCode#LIMIT_EXCEEDED} past {@code maxArticles}
   */
  public CrossLinkResolver addTitle(String id, String title) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    if (ids.size() >= maxArticles) {
      throw ArticleException.of(ErrorCode.LIMIT_EXCEEDED, "More than " + maxArticles
          + " articles to resolve cross-links across (at " + id + "); raise CrossLinkResolver.Builder.maxArticles");
    }
    ids.add(id);
    titles.add(title);
    return this;
  }

  /**
   * Adds one cross-link on its own, for corpora whose links come apart from their articles.
   *
   * @param source the identifier of the article the link is in
   * @param position its place among that article's cross-links, from 0: rows are sorted by source, then by it
   * @param section the heading of its section; empty for a link in the lead
   * @param label the marker as written
   * @param title the title it names
   * @return this resolver
   * @throws ArticleException with {@link io.github.articlekit.core.ErrorCode#LIMIT_EXCEEDED} past {@code maxLinks}
   */
  public CrossLinkResolver addLink(String source, int position, Optional<String> section, String label,
      String title) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(title, "title");
    if (position < 0) {
      throw new IllegalArgumentException("position must be at least 0, was " + position);
    }
    requireRoomForLinks(1);
    keep(source, position, section.orElse(null), label, title);
    return this;
  }

  private void requireRoomForLinks(int count) {
    if (count > maxLinks - links.size()) {
      throw ArticleException.of(ErrorCode.LIMIT_EXCEEDED, "More than " + maxLinks
          + " cross-links to resolve; raise CrossLinkResolver.Builder.maxLinks");
    }
  }

  private void keep(String source, int position, @Nullable String section, String label, String title) {
    String previousSource = lastSource;
    String sharedSource = previousSource != null && previousSource.equals(source) ? previousSource : source;
    String previousLabel = lastLabel;
    String sharedLabel = previousLabel != null && previousLabel.equals(label) ? previousLabel : label;
    lastSource = sharedSource;
    lastLabel = sharedLabel;
    links.add(new Pending(sharedSource, position, section, sharedLabel, title));
  }

  /** @return how many articles were added */
  public int articleCount() {
    return ids.size();
  }

  /** @return how many cross-links were added */
  public int linkCount() {
    return links.size();
  }

  /**
   * Matches every cross-link added so far with the articles added so far. The resolver can go on taking
   * articles afterwards; the graph does not change.
   *
   * @return the articles and the resolved links, in sorted order
   * @throws IllegalStateException when two articles have the same identifier
   */
  public LinkGraph resolve() {
    int articleCount = ids.size();
    Integer[] byId = new Integer[articleCount];
    for (int i = 0; i < articleCount; i++) {
      byId[i] = i;
    }
    Arrays.sort(byId, Comparator.comparing(ids::get));
    String[] sortedIds = new String[articleCount];
    String[] sortedTitles = new String[articleCount];
    String[] folded = new String[articleCount];
    TitleFold fold = new TitleFold();
    for (int i = 0; i < articleCount; i++) {
      sortedIds[i] = ids.get(byId[i]);
      sortedTitles[i] = titles.get(byId[i]);
      folded[i] = fold.fold(sortedTitles[i]).folded();
      if (i > 0 && sortedIds[i].equals(sortedIds[i - 1])) {
        throw new IllegalStateException("Two articles have the identifier " + sortedIds[i]);
      }
    }
    TitleIndex index = new TitleIndex(folded);
    folded = null; // the index holds what it needs

    Pending[] sortedLinks = links.toArray(new Pending[0]);
    // Stable: links at the same place of one source stay in the order they came.
    Arrays.sort(sortedLinks, Comparator.comparing(Pending::source).thenComparingInt(Pending::position));
    Match[] matches = new Match[sortedLinks.length];
    // Links that fold alike are matched once: the work per distinct title is bounded by what it finds.
    Map<String, Match> exact = new HashMap<>();
    Map<String, Match> prefix = new HashMap<>();
    for (int i = 0; i < sortedLinks.length; i++) {
      TitleFold.Folded key = fold.fold(sortedLinks[i].title());
      Map<String, Match> known = key.prefix() ? prefix : exact;
      Match match = known.get(key.folded());
      if (match == null) {
        match = match(index.find(key.folded(), key.prefix(), maxCandidates), sortedIds);
        known.put(key.folded(), match);
      }
      matches[i] = match;
    }
    return new LinkGraph(articleCount, i -> new LinkGraph.Node(sortedIds[i], sortedTitles[i]),
        sortedLinks.length, i -> resolved(sortedLinks[i], matches[i]));
  }

  private static Match match(TitleIndex.Matches found, String[] sortedIds) {
    if (found.count() == 0) {
      return Match.NONE;
    }
    if (found.count() == 1) {
      return new Match(LinkStatus.RESOLVED, sortedIds[found.first(0)], List.of());
    }
    String[] candidates = new String[found.listed()];
    for (int i = 0; i < candidates.length; i++) {
      candidates[i] = sortedIds[found.first(i)];
    }
    return new Match(LinkStatus.AMBIGUOUS, null, List.of(candidates));
  }

  private static ResolvedLink resolved(Pending link, Match match) {
    String target = match.target();
    return new ResolvedLink(link.source(), link.position(), Optional.ofNullable(link.section()), link.label(),
        link.title(), match.status(), Optional.ofNullable(target), match.candidates(),
        target != null && target.equals(link.source()));
  }

  /** A cross-link waiting for {@link #resolve()}. */
  private record Pending(String source, int position, @Nullable String section, String label, String title) {}

  /** What a folded title matched; shared by the links that fold alike. */
  private record Match(LinkStatus status, @Nullable String target, List<String> candidates) {
    static final Match NONE = new Match(LinkStatus.UNRESOLVED, null, List.of());
  }

  /** Builds a {@link CrossLinkResolver}; the limits bound the memory a corpus can make it take. */
  public static final class Builder {
    private int maxArticles = DEFAULT_MAX_ARTICLES;
    private int maxLinks = DEFAULT_MAX_LINKS;
    private int maxCandidates = DEFAULT_MAX_CANDIDATES;

    private Builder() {}

    /**
     * The most articles a resolver takes; one more is refused with {@link io.github.articlekit.core.ErrorCode#LIMIT_EXCEEDED}.
     * Each costs its identifier and title, about 200 bytes for a news title.
     *
     * @param maxArticles at least 1; default {@link #DEFAULT_MAX_ARTICLES}
     * @return this builder
     */
    public Builder maxArticles(int maxArticles) {
      this.maxArticles = requireLimit(maxArticles, "maxArticles");
      return this;
    }

    /**
     * The most cross-links a resolver takes; more are refused with {@link io.github.articlekit.core.ErrorCode#LIMIT_EXCEEDED}
     * (an article whose links would pass it is refused whole). Each costs its title and about 40 bytes.
     *
     * @param maxLinks at least 1; default {@link #DEFAULT_MAX_LINKS}
     * @return this builder
     */
    public Builder maxLinks(int maxLinks) {
      this.maxLinks = requireLimit(maxLinks, "maxLinks");
      return this;
    }

    /**
     * The most candidates an ambiguous link lists: the first ones in sorted order. A title that a
     * thousand articles share would otherwise repeat a thousand identifiers on each link to it.
     *
     * @param maxCandidates at least 2; default {@link #DEFAULT_MAX_CANDIDATES}
     * @return this builder
     */
    public Builder maxCandidates(int maxCandidates) {
      if (maxCandidates < 2) {
        throw new IllegalArgumentException("maxCandidates must be at least 2, was " + maxCandidates);
      }
      this.maxCandidates = maxCandidates;
      return this;
    }

    private static int requireLimit(int limit, String name) {
      if (limit < 1) {
        throw new IllegalArgumentException(name + " must be at least 1, was " + limit);
      }
      return limit;
    }

    /** @return a new resolver with these limits */
    public CrossLinkResolver build() {
      return new CrossLinkResolver(this);
    }
  }
}

package io.github.articlekit.parser.links;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.IntFunction;

/**
 * What {@link CrossLinkResolver#resolve()} found: the articles, and every cross-link with the article it
 * names. Nodes are articles; edges are the {@link LinkStatus#RESOLVED resolved} links. Immutable; the
 * lists are views that make each element when asked, so the graph takes the memory of the titles and
 * the links only.
 */
public final class LinkGraph {
  private final List<Node> articles;
  private final List<ResolvedLink> links;

  LinkGraph(int articleCount, IntFunction<Node> article, int linkCount, IntFunction<ResolvedLink> link) {
    this.articles = new View<>(articleCount, article);
    this.links = new View<>(linkCount, link);
  }

  /** @return the articles, in the sorted order of their identifiers */
  public List<Node> articles() {
    return articles;
  }

  /** @return every cross-link, in the sorted order of their sources, then in the order of the text */
  public List<ResolvedLink> links() {
    return links;
  }

  /**
   * An article of the corpus.
   *
   * @param id its identifier
   * @param title its title, as written
   */
  public record Node(String id, String title) {
    /** Checks that neither is null. */
    public Node {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(title, "title");
    }
  }

  /** An immutable list whose elements are made when asked. */
  private static final class View<E> extends AbstractList<E> implements RandomAccess {
    private final int size;
    private final IntFunction<E> element;

    View(int size, IntFunction<E> element) {
      this.size = size;
      this.element = element;
    }

    @Override
    public E get(int index) {
      Objects.checkIndex(index, size);
      return element.apply(index);
    }

    @Override
    public int size() {
      return size;
    }
  }
}

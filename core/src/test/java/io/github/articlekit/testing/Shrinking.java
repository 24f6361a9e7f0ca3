package io.github.articlekit.testing;

import io.github.articlekit.core.Article;
import io.github.articlekit.core.Section;
import java.util.ArrayList;
import java.util.List;

/** Shrinking steps that the article generators of core ({@code ModelGen}) and parser ({@code ArticleGen}) share. */
public final class Shrinking {
  private Shrinking() {}

  /**
   * The article without one of its parts, each in turn: a boilerplate entry, a section, a heading-list
   * entry, a lead block, a block of a section (in that order).
   */
  public static List<Article> withoutOnePart(Article article) {
    List<Article> candidates = new ArrayList<>();
    for (int i = 0; i < article.boilerplate().size(); i++) {
      candidates.add(article.withBoilerplate(without(article.boilerplate(), i)));
    }
    for (int i = 0; i < article.sections().size(); i++) {
      candidates.add(article.withSections(without(article.sections(), i)));
    }
    for (int i = 0; i < article.headings().size(); i++) {
      candidates.add(article.withHeadings(without(article.headings(), i)));
    }
    for (int i = 0; i < article.lead().size(); i++) {
      candidates.add(article.withLead(without(article.lead(), i)));
    }
    for (int s = 0; s < article.sections().size(); s++) {
      Section section = article.sections().get(s);
      for (int i = 0; i < section.blocks().size(); i++) {
        candidates.add(withSection(article, s, section.withBlocks(without(section.blocks(), i))));
      }
    }
    return candidates;
  }

  /** The article with its section {@code index} replaced by {@code section}. */
  public static Article withSection(Article article, int index, Section section) {
    List<Section> sections = new ArrayList<>(article.sections());
    sections.set(index, section);
    return article.withSections(sections);
  }

  /** A copy of {@code list} without its element {@code index}. */
  public static <T> List<T> without(List<T> list, int index) {
    List<T> copy = new ArrayList<>(list);
    copy.remove(index);
    return copy;
  }
}

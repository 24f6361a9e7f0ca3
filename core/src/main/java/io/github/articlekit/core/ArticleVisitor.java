package io.github.articlekit.core;

import java.util.List;

/**
 * Receives the parts of an article in document order from {@link Article#accept(ArticleVisitor)}: the
 * one walk over an article, and the one place that tells a {@link Block}'s kinds apart, shared by the
 * writers of every format (text layout, Markdown, JSON-LD, HTML).
 *
 * <p>The calls come in this order: {@link #title}, {@link #headingList}, then when the lead has blocks
 * {@link #startLead}, its blocks and {@link #endLead}; for each section {@link #startSection}, its blocks
 * and {@link #endSection}; then {@link #boilerplate} for each trailing block. A block is a
 * {@link #paragraph} or a {@link #crossLink}. Every method does nothing by default, so that a visitor
 * implements only what it needs.
 */
public interface ArticleVisitor {

  /**
   * The title, first.
   *
   * @param title the article's title
   */
  default void title(String title) {}

  /**
   * The heading list, after the title; called also when the list is empty.
   *
   * @param headings the headings as listed under the title
   */
  default void headingList(List<String> headings) {}

  /**
   * Before the lead's blocks; called only when the lead has blocks.
   *
   * @param lead the lead's blocks
   */
  default void startLead(List<Block> lead) {}

  /**
   * After the lead's blocks; called only when the lead has blocks.
   *
   * @param lead the lead's blocks
   */
  default void endLead(List<Block> lead) {}

  /**
   * Before a section's blocks.
   *
   * @param section the section
   * @param index its 0-based index among the article's sections
   */
  default void startSection(Section section, int index) {}

  /**
   * After a section's blocks.
   *
   * @param section the section
   * @param index its 0-based index among the article's sections
   */
  default void endSection(Section section, int index) {}

  /**
   * A paragraph of the lead or of the current section.
   *
   * @param paragraph the paragraph
   */
  default void paragraph(Paragraph paragraph) {}

  /**
   * A cross-link of the lead or of the current section.
   *
   * @param crossLink the cross-link
   */
  default void crossLink(CrossLink crossLink) {}

  /**
   * A trailing boilerplate block, after the last section.
   *
   * @param boilerplate the boilerplate block
   */
  default void boilerplate(Boilerplate boilerplate) {}
}

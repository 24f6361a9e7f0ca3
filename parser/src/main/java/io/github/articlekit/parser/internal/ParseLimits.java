package io.github.articlekit.parser.internal;

/**
 * The counts an input may reach before it is refused (the builder's {@code maxHeadings} and
 * {@code maxBlocks}); with the size limit, they bound the memory a parse takes.
 *
 * @param maxHeadings the most lines a heading list may have, or headings inferred without one
 * @param maxBlocks the most paragraphs and cross-links (boilerplate blocks included)
 */
public record ParseLimits(int maxHeadings, int maxBlocks) {}

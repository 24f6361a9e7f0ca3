/**
 * Parses articles in the plain-text layout of news feeds (a title line, the list of section headings,
 * then the body where each heading comes back followed by its paragraphs) into the
 * {@link io.github.articlekit.core.Article} model, and writes them back.
 *
 * <pre>{@code
 * ArticleParser parser = ArticleParser.builder().strict(false).build(); // build once, reuse
 * ParseResult result = parser.parse(text);
 * Article article = result.article();
 * result.diagnostics().forEach(d -> System.err.println(d.format()));
 * String again = ArticleWriter.write(article);
 * }</pre>
 */
@NullMarked
package io.github.articlekit.parser;

import org.jspecify.annotations.NullMarked;

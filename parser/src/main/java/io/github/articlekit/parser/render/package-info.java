/**
 * Other views of a parsed article: {@link io.github.articlekit.parser.render.JsonLdWriter} writes schema.org
 * JSON-LD for publishing pipelines, {@link io.github.articlekit.parser.render.HtmlWriter} one self-contained
 * HTML page for a person checking how an article was parsed, diagnostics included.
 *
 * <p>Both walk the article with {@link io.github.articlekit.core.ArticleVisitor}; both are immutable and
 * thread-safe. Neither adds a dependency: JSON-LD is written with Jackson, HTML by hand, escaped.
 */
@NullMarked
package io.github.articlekit.parser.render;

import org.jspecify.annotations.NullMarked;

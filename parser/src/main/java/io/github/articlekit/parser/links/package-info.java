/**
 * Cross-links resolved across a corpus: which article each {@code LIRE AUSSI : <title>} line names.
 *
 * <pre>{@code
 * CrossLinkResolver resolver = CrossLinkResolver.builder().build();
 * for (Path file : files) {
 *   resolver.add(file.toString(), parser.parseArticle(file)); // keeps the title and the cross-links only
 * }
 * LinkGraph graph = resolver.resolve();
 * for (ResolvedLink link : graph.links()) {       // sorted by source, then in the order of the text
 *   System.out.println(link.toJson());            // {"source":"a.txt","label":"LIRE AUSSI",...,"status":"resolved","target":"b.txt"}
 * }
 * }</pre>
 *
 * <p>Matching is exact after folding, never a guess: a cross-link's title names an article when both
 * fold to the same text (case, runs of spaces and no-break spaces, typographic apostrophes, quotes and
 * dashes as in heading matching; final {@code . ! ? …} and quotes or guillemets around the whole title
 * dropped), or, when it was cut short with {@code …} or {@code ...} after at least 20 characters, when
 * the article's folded title starts with it. See {@link LinkStatus} for the outcomes.
 */
@NullMarked
package io.github.articlekit.parser.links;

import org.jspecify.annotations.NullMarked;

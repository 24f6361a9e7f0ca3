/**
 * Sources cited: the outlets, agencies, institutions and people an article attributes what it reports
 * to ("Selon AP News, ...", "Rutte a déclaré ...", "..., said John Smith"), with the section, the
 * sentence and where they stand.
 *
 * <pre>{@code
 * AttributionExtractor extractor = AttributionExtractor.create(); // immutable, thread-safe: build once
 * for (Attribution a : extractor.extract(article)) {
 *   System.out.println(a.section().orElse("(lead)") + ": " + a.name() + " (" + a.cue() + ")");
 * }
 * }</pre>
 *
 * <p>Cues come in the parser's language packs ({@link io.github.articlekit.parser.Language}); the builder
 * adds and removes them. Only named sources are given: a phrase that names no one ("a spokesperson said",
 * "selon nos informations") gives nothing.
 */
@NullMarked
package io.github.articlekit.parser.sources;

import org.jspecify.annotations.NullMarked;

/**
 * ArticleKit on Apache Beam: {@link io.github.articlekit.beam.ParseArticles} parses files into
 * articles and refusals on any Beam runner, and {@link io.github.articlekit.beam.ArticleKitBeam} is
 * a pipeline that writes them as the CLI's JSON Lines.
 */
@NullMarked
package io.github.articlekit.beam;

import org.jspecify.annotations.NullMarked;

/**
 * The {@code articlekit} command-line tool, built on the public API of {@code io.github.articlekit.core}
 * and {@code io.github.articlekit.parser} only.
 *
 * <p>{@link io.github.articlekit.cli.ArticleKitCli} is the entry point; {@code parse} and {@code check}
 * run a batch of inputs through a bounded, ordered pipeline ({@link io.github.articlekit.cli.Pipeline}),
 * so that the output is the same whatever the parallelism and memory stays bounded on folders of any size.
 */
@NullMarked
package io.github.articlekit.cli;

import org.jspecify.annotations.NullMarked;

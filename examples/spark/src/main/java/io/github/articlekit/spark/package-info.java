/**
 * ArticleKit on Apache Spark: {@link io.github.articlekit.spark.ParseArticles} parses a Dataset of files
 * into rows of {@link io.github.articlekit.spark.ArticleRows#SCHEMA} and refusals, and
 * {@link io.github.articlekit.spark.ArticleKitSpark} is a job that writes them as Parquet or as the
 * CLI's JSON Lines.
 */
@NullMarked
package io.github.articlekit.spark;

import org.jspecify.annotations.NullMarked;

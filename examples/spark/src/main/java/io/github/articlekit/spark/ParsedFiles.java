package io.github.articlekit.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * The outcome of {@link ParseArticles}: the rows of parsed files and the rows of refused files, both
 * views of one pass over the input. Each action on either view runs that pass again unless it is
 * {@linkplain #persist() persisted}: persist when you use both.
 */
public final class ParsedFiles {
  private final Dataset<Row> all;
  private final Dataset<Row> articles;
  private final Dataset<Row> refusals;

  ParsedFiles(Dataset<Row> all, Dataset<Row> articles, Dataset<Row> refusals) {
    this.all = all;
    this.articles = articles;
    this.refusals = refusals;
  }

  /** @return the parsed files: {@link ArticleRows#SCHEMA} (or the CLI's JSON Lines rows) */
  public Dataset<Row> articles() {
    return articles;
  }

  /** @return the refused files: {@link ArticleRows#REFUSAL_SCHEMA} (or the CLI's JSON Lines error rows) */
  public Dataset<Row> refusals() {
    return refusals;
  }

  /**
   * Keeps the parsed rows once computed (memory, then disk), so that writing both views parses each
   * file once.
   *
   * @return this
   */
  public ParsedFiles persist() {
    all.persist(StorageLevel.MEMORY_AND_DISK());
    return this;
  }

  /** Drops the rows kept by {@link #persist()}. */
  public void unpersist() {
    all.unpersist();
  }
}

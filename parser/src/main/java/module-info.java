/**
 * ArticleKit parser: plain text with its heading list to {@link io.github.articlekit.core.Article}, and back.
 *
 * <p>Exports {@code io.github.articlekit.parser}, {@code io.github.articlekit.parser.render} (JSON-LD and
 * HTML writers), {@code io.github.articlekit.parser.links} (cross-links resolved across a corpus) and
 * {@code io.github.articlekit.parser.sources} (sources cited); the implementation package is not exported.
 */
module io.github.articlekit.parser {
  requires transitive io.github.articlekit.core;
  requires static org.jspecify;

  exports io.github.articlekit.parser;
  exports io.github.articlekit.parser.render;
  exports io.github.articlekit.parser.links;
  exports io.github.articlekit.parser.sources;
}

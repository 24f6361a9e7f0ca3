/**
 * ArticleKit core: the immutable article model and its JSON form.
 *
 * <p>Exports {@code io.github.articlekit.core}; the implementation package is not exported.
 */
// The qualified export names the parser, which is built after core: "module not found" is expected.
@SuppressWarnings("module")
module io.github.articlekit.core {
  requires transitive com.fasterxml.jackson.databind;
  requires static org.jspecify;
  requires static org.immutables.value.annotations;

  exports io.github.articlekit.core;
  // Shared text rules for the parser only; not API.
  exports io.github.articlekit.core.internal to io.github.articlekit.parser, com.fasterxml.jackson.databind;

  opens io.github.articlekit.core to com.fasterxml.jackson.databind;
}

package io.github.articlekit.parser.render;

import io.github.articlekit.core.CrossLink;
import io.github.articlekit.parser.Language;
import io.github.articlekit.parser.internal.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The language both writers declare: the one given to the builder, else the one pack of the cross-link markers. */
final class ArticleLanguage {
  private ArticleLanguage() {}

  /**
   * The article's language.
   *
   * @param given the language given to the writer's builder, if any
   * @param crossLinks the article's cross-links, whose markers name a language pack
   * @return the given language; else the pack all the markers belong to; else none
   */
  static Optional<Language> of(@Nullable Language given, List<CrossLink> crossLinks) {
    return given != null ? Optional.of(given) : Vocabulary.languageOfMarkers(labels(crossLinks));
  }

  private static List<String> labels(List<CrossLink> links) {
    List<String> labels = new ArrayList<>(links.size());
    for (CrossLink link : links) {
      labels.add(link.label());
    }
    return labels;
  }
}

package io.github.articlekit.parser.internal;

import io.github.articlekit.parser.Language;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Terms added to and removed from the language packs' cross-link markers or boilerplate phrases, as
 * {@code ArticleParser.Builder} collects them: the later call wins, and terms compare case-, accent-
 * and punctuation-insensitively.
 */
public final class TermChanges {
  private final String kind;
  private final Function<Language, List<String>> fromPack;
  private final Set<String> added = new LinkedHashSet<>();
  private final Set<String> removedFolded = new LinkedHashSet<>();

  /**
   * @param kind what the terms are, for messages ({@code "marker"}, {@code "phrase"})
   * @param fromPack a language pack's own terms of this kind
   */
  public TermChanges(String kind, Function<Language, List<String>> fromPack) {
    this.kind = kind;
    this.fromPack = fromPack;
  }

  /** Adds a term, undoing an earlier removal of it. */
  public void add(String term) {
    String key = Vocabulary.requireTerm(term, kind);
    removedFolded.remove(Vocabulary.fold(key));
    added.add(key);
  }

  /** Removes a term, whether a pack's or added, undoing an earlier addition of it. */
  public void remove(String term) {
    String folded = Vocabulary.fold(Vocabulary.requireTerm(term, kind));
    added.removeIf(t -> Vocabulary.fold(t).equals(folded));
    removedFolded.add(folded);
  }

  /** The terms of {@code languages}' packs with the changes applied. */
  public List<String> resolve(Set<Language> languages) {
    List<String> terms = new ArrayList<>();
    for (Language language : languages) {
      terms.addAll(fromPack.apply(language));
    }
    terms.addAll(added);
    terms.removeIf(t -> removedFolded.contains(Vocabulary.fold(t)));
    return terms;
  }
}

package io.github.articlekit.parser.internal;

import io.github.articlekit.core.internal.Texts;
import io.github.articlekit.parser.Language;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The cross-link markers and boilerplate phrases one parser knows (README rules 4 and 5). */
public final class Vocabulary {
  private static final Set<String> FRENCH_MARKERS = foldAll(Language.FRENCH.crossLinkMarkers());
  /** Each folded marker of the packs with its pack; a marker that two packs share names neither. */
  private static final Map<String, Optional<Language>> MARKER_LANGUAGES = markerLanguages();

  private final CrossLinkMarkers markers;
  private final BoilerplatePhrases phrases;

  /** Prepares the given markers and phrases. */
  public Vocabulary(List<String> crossLinkMarkers, List<String> boilerplatePhrases) {
    this.markers = new CrossLinkMarkers(crossLinkMarkers);
    this.phrases = new BoilerplatePhrases(boilerplatePhrases);
  }

  /** Checks a marker or phrase given to the builder. */
  public static String requireTerm(@Nullable String term, String what) {
    if (term == null || Texts.isBlank(term) || fold(term).isEmpty()) {
      throw new IllegalArgumentException("A " + what + " must have letters or digits, was \"" + term + "\"");
    }
    return Texts.strip(term);
  }

  /** Whether {@code label} is one of the French pack's markers. */
  public static boolean isFrenchMarker(String label) {
    return FRENCH_MARKERS.contains(fold(label));
  }

  /**
   * The pack whose marker {@code label} is, when exactly one pack has it.
   *
   * @return the pack, or empty for a marker of no pack or of several
   */
  public static Optional<Language> languageOfMarker(String label) {
    return MARKER_LANGUAGES.getOrDefault(fold(label), Optional.empty());
  }

  /**
   * The one pack that every label belongs to.
   *
   * @return the pack, or empty when there is no label, or a label belongs to no pack or to another
   */
  public static Optional<Language> languageOfMarkers(List<String> labels) {
    Language found = null;
    for (String label : labels) {
      Optional<Language> language = languageOfMarker(label);
      if (language.isEmpty() || (found != null && found != language.get())) {
        return Optional.empty();
      }
      found = language.get();
    }
    return Optional.ofNullable(found);
  }

  private static Map<String, Optional<Language>> markerLanguages() {
    Map<String, Optional<Language>> languages = new HashMap<>();
    for (Language language : Language.values()) {
      for (String marker : language.crossLinkMarkers()) {
        languages.merge(fold(marker), Optional.of(language),
            (a, b) -> a.equals(b) ? a : Optional.empty());
      }
    }
    return Map.copyOf(languages);
  }

  /** Folds a term to its words, as markers and phrases are compared: see {@link Typography#foldTerm}. */
  public static String fold(String text) {
    return Typography.foldTerm(text);
  }

  /** Whether a block's text is boilerplate. */
  public boolean isBoilerplate(String blockText) {
    return phrases.isBoilerplate(blockText);
  }

  /** Whether a block's text is exactly a phrase (a related-content header such as "Et aussi"). */
  public boolean isExactPhrase(String blockText) {
    return phrases.isExactPhrase(blockText);
  }

  /** A marker and separator at {@code start} of a line whose content ends at {@code end}, or null. */
  public @Nullable MarkerMatch matchMarker(CharSequence line, int start, int end) {
    return markers.match(line, start, end);
  }

  private static Set<String> foldAll(List<String> terms) {
    Set<String> folded = new HashSet<>();
    for (String term : terms) {
      folded.add(fold(term));
    }
    return folded;
  }
}

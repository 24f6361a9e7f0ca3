package io.github.articlekit.parser.internal;

import io.github.articlekit.parser.Language;
import io.github.articlekit.parser.sources.CueKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds attributions in paragraphs: a cue ("selon", "a déclaré", "zufolge") and the named source next to
 * it. Each paragraph is split into words once; cues are looked up by their folded first word in a
 * hash map; the name is read in a window of at most {@value NameChecks#WINDOW} words on one side of the cue,
 * so the time is linear in the text. No regular expression runs on the text.
 *
 * <p>Precision comes first: a name must hold a proper noun (a capitalized word that no sentence start
 * explains, an acronym, a known outlet), and phrases that name no one ("a spokesperson", "l'agence de
 * presse", "nos informations", pronouns) give nothing.
 *
 * <p>{@link CueIndex} holds the cues; a {@link SentenceScan} reads each sentence.
 */
public final class AttributionScanner {
  /** An attribution found in one paragraph; offsets are in the paragraph's text. */
  public record Hit(int paragraph, int nameStart, int nameEnd, int sentenceStart, int sentenceEnd, String cue,
      CueKind kind, Language language) {}

  private final CueIndex cueIndex;

  /**
   * Prepares the cues.
   *
   * @param cues per language and kind, the cues as written; {@code {}} marks the name inside a cue
   *     ("wie {} berichtet")
   */
  public AttributionScanner(Map<Language, Map<CueKind, List<String>>> cues) {
    this.cueIndex = new CueIndex(cues);
  }

  /** Checks and folds a cue as a user writes it. */
  public static void requireCue(CueKind kind, String text) {
    Cue.compile(Language.ENGLISH, kind, text);
  }

  /**
   * Finds the attributions of an article's paragraphs.
   *
   * @param paragraphs the paragraphs' texts, in order
   * @return the attributions, in paragraph and text order
   */
  public List<Hit> scan(List<String> paragraphs) {
    List<Tokens> all = new ArrayList<>(paragraphs.size());
    Set<String> lowercase = new HashSet<>();
    for (String text : paragraphs) {
      Tokens tokens = Tokens.of(text);
      all.add(tokens);
      for (int i = 0; i < tokens.size; i++) {
        if (tokens.isWord(i) && tokens.isLower(i)) {
          lowercase.add(tokens.fold(i));
        }
      }
    }
    List<Hit> hits = new ArrayList<>();
    for (int p = 0; p < all.size(); p++) {
      Tokens tokens = all.get(p);
      int start = 0;
      while (start < tokens.size) {
        int end = tokens.sentenceEnd(start);
        new SentenceScan(cueIndex, tokens, start, end, lowercase, p, hits).scan();
        start = end;
      }
    }
    return hits;
  }
}

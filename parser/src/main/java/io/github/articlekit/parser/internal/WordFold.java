package io.github.articlekit.parser.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.StringTokenizer;

/**
 * How attribution extraction folds its words: a word as {@link Typography#foldTermChar} folds it (upper
 * case, accents dropped), a phrase as its folded words split as {@link Tokens} splits text, and the word
 * lists of {@link SourceLexicon}, {@link WordClasses} and {@link ProperNames} folded once.
 */
final class WordFold {
  private WordFold() {}

  static Set<String> foldWords(String words) {
    Set<String> out = new HashSet<>();
    StringTokenizer tokenizer = new StringTokenizer(words, " ");
    while (tokenizer.hasMoreTokens()) {
      out.add(foldWord(tokenizer.nextToken()));
    }
    return Set.copyOf(out);
  }

  static Set<String> foldPhrases(String... phrases) {
    Set<String> out = new HashSet<>();
    for (String phrase : phrases) {
      out.add(foldPhrase(phrase));
    }
    return Set.copyOf(out);
  }

  /** A phrase as its folded words, each followed by one space (elided words end with their apostrophe). */
  static String foldPhrase(String phrase) {
    StringBuilder out = new StringBuilder();
    for (String word : wordsOf(phrase)) {
      out.append(word).append(' ');
    }
    return out.toString();
  }

  /** The folded words of a phrase, as the scanner splits text. */
  static List<String> wordsOf(String phrase) {
    Tokens tokens = Tokens.of(phrase);
    List<String> words = new ArrayList<>();
    for (int i = 0; i < tokens.size; i++) {
      if (tokens.isWord(i) || tokens.is(i, '&')) {
        words.add(tokens.fold(i));
      } else if (i == tokens.size - 1 && i > 0 && tokens.isWord(i - 1) && tokens.is(i, '\'')
          && tokens.end(i - 1) == tokens.start(i)) {
        // A cue ending in an elision, "riportato dall'", meets the name as the text writes it: "dall'Ansa".
        words.set(words.size() - 1, words.get(words.size() - 1) + "'");
      }
    }
    return words;
  }

  /** One word folded: upper case, accents dropped, typographic apostrophes as {@code '}. */
  static String foldWord(CharSequence word) {
    char[] out = new char[word.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = Typography.foldTermChar(word.charAt(i));
    }
    return new String(out);
  }
}

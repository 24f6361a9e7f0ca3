package io.github.articlekit.parser.internal;

import io.github.articlekit.core.internal.Texts;
import io.github.articlekit.parser.Language;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The cross-link markers and boilerplate phrases a parser knows, prepared for matching: markers in a
 * trie walked character by character over a line (no regular expression), phrases folded to words.
 */
public final class Vocabulary {
  /** A block longer than this is never boilerplate by containment: it is prose. */
  private static final int MAX_CONTAINING_BOILERPLATE_LENGTH = 320;
  /** Phrases of fewer words match a whole block only ("Et aussi" must not eat "Et aussi, le ..."). */
  private static final int MIN_WORDS_TO_MATCH_INSIDE = 3;

  private static final char[] FOLD_TABLE = buildFoldTable();
  private static final Set<String> FRENCH_MARKERS = foldAll(Language.FRENCH.crossLinkMarkers());

  private final TrieNode markers = new TrieNode();
  private final List<String> phrases = new ArrayList<>();
  private final Set<String> exactPhrases = new HashSet<>();

  /** Prepares the given markers and phrases. */
  public Vocabulary(List<String> crossLinkMarkers, List<String> boilerplatePhrases) {
    for (String marker : crossLinkMarkers) {
      TrieNode node = markers;
      String key = markerKey(marker);
      for (int i = 0; i < key.length(); i++) {
        node = node.children.computeIfAbsent(key.charAt(i), c -> new TrieNode());
      }
      node.terminal = true;
    }
    for (String phrase : boilerplatePhrases) {
      String folded = fold(phrase);
      if (folded.isEmpty()) {
        continue;
      }
      exactPhrases.add(folded);
      if (wordCount(folded) >= MIN_WORDS_TO_MATCH_INSIDE) {
        phrases.add(" " + folded + " ");
      }
    }
  }

  /** Checks a marker or phrase given to the builder. */
  public static String requireTerm(String term, String what) {
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
   * Folds text to its words: letters without accents, upper case, typographic quotes and apostrophes
   * as ASCII, punctuation dropped, single spaces. Used to compare phrases and markers.
   */
  public static String fold(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = foldChar(text.charAt(i));
      if (Character.isLetterOrDigit(c) || Character.isSurrogate(c)) {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        space = false;
        out.append(c);
      } else {
        space = true;
      }
    }
    return out.toString();
  }

  /** Whether a block of text is boilerplate. */
  public boolean isBoilerplate(String blockText) {
    String folded = fold(blockText);
    if (folded.isEmpty()) {
      return false;
    }
    if (exactPhrases.contains(folded)) {
      return true;
    }
    if (blockText.length() > MAX_CONTAINING_BOILERPLATE_LENGTH) {
      return false;
    }
    String padded = " " + folded + " ";
    for (String phrase : phrases) {
      if (padded.contains(phrase)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a block of text is exactly a phrase (a related-content header such as "Et aussi"). */
  public boolean isExactPhrase(String blockText) {
    return exactPhrases.contains(fold(blockText));
  }

  /** A cross-link found on a line: where its label ends and its title starts. */
  public static final class MarkerMatch {
    /** Offset just past the marker. */
    public final int labelEnd;
    /** Offset of the title's first character, or -1 when nothing follows the separator. */
    public final int titleStart;

    MarkerMatch(int labelEnd, int titleStart) {
      this.labelEnd = labelEnd;
      this.titleStart = titleStart;
    }
  }

  /**
   * Matches a cross-link marker and its separator at {@code start} of {@code line}, which ends at
   * {@code end} (trailing blanks excluded). Returns null when the line is not a cross-link.
   */
  public @Nullable MarkerMatch matchMarker(CharSequence line, int start, int end) {
    TrieNode node = markers;
    MarkerMatch best = null;
    boolean pendingSpace = false;
    for (int i = start; i < end; i++) {
      char c = foldChar(line.charAt(i));
      if (c == ' ') {
        pendingSpace = true;
        continue; // runs of blanks match one space; spaces before the separator are checked below
      }
      if (pendingSpace) {
        node = node.children.get(' ');
        if (node == null) {
          break;
        }
        pendingSpace = false;
      }
      node = node.children.get(c);
      if (node == null) {
        break;
      }
      if (node.terminal) {
        MarkerMatch match = separatorAfter(line, i + 1, end);
        if (match != null) {
          best = match;
        }
      }
    }
    return best;
  }

  private static @Nullable MarkerMatch separatorAfter(CharSequence line, int labelEnd, int end) {
    int i = labelEnd;
    while (i < end && Texts.isBlankChar(line.charAt(i))) {
      i++;
    }
    if (i >= end || !isSeparator(line.charAt(i))) {
      return null;
    }
    i++;
    int titleStart = Texts.firstNonBlank(line, i, end);
    return new MarkerMatch(labelEnd, titleStart);
  }

  /** The separators between a marker and its title: colon and dashes. */
  static boolean isSeparator(char c) {
    return c == ':' || c == '-' || c == '\u2013' || c == '\u2014' || c == '\u2012' || c == '\u2015'
        || c == '\u2010' || c == '\u2011' || c == '\uFF1A';
  }

  /** Folds one character: accents dropped, upper case, blanks as one space, typographic marks as ASCII. */
  static char foldChar(char c) {
    if (c < 128) {
      if (c >= 'a' && c <= 'z') {
        return (char) (c - 32);
      }
      return c == '\t' ? ' ' : c;
    }
    if (Texts.isBlankChar(c)) {
      return ' ';
    }
    if (c < FOLD_TABLE.length) {
      return FOLD_TABLE[c];
    }
    switch (c) {
      case '\u2018':
      case '\u2019':
      case '\u02BC':
        return '\'';
      case '\u201C':
      case '\u201D':
      case '\u201E':
        return '"';
      default:
        return Character.toUpperCase(c);
    }
  }

  private static String markerKey(String marker) {
    StringBuilder key = new StringBuilder(marker.length());
    boolean space = false;
    for (int i = 0; i < marker.length(); i++) {
      char c = foldChar(marker.charAt(i));
      if (c == ' ') {
        space = key.length() > 0;
      } else {
        if (space) {
          key.append(' ');
          space = false;
        }
        key.append(c);
      }
    }
    return key.toString();
  }

  private static int wordCount(String folded) {
    int words = 1;
    for (int i = 0; i < folded.length(); i++) {
      if (folded.charAt(i) == ' ') {
        words++;
      }
    }
    return words;
  }

  private static Set<String> foldAll(List<String> terms) {
    Set<String> folded = new HashSet<>();
    for (String term : terms) {
      folded.add(fold(term));
    }
    return folded;
  }

  /** Upper-case base letters for Latin-1 and Latin Extended-A/B: "é" to "E", "ç" to "C". */
  private static char[] buildFoldTable() {
    char[] table = new char[0x250];
    for (char c = 0; c < table.length; c++) {
      String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
      char first = base.isEmpty() ? c : base.charAt(0);
      table[c] = Character.toUpperCase(first);
    }
    table['\u00AB'] = '"'; // « »
    table['\u00BB'] = '"';
    table['\u00B4'] = '\'';
    return table;
  }

  private static final class TrieNode {
    final Map<Character, TrieNode> children = new HashMap<>();
    boolean terminal;
  }
}

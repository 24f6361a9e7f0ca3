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
  /** Whether a character of Latin-1 or Latin Extended-A/B folds to a word character: one lookup per character of a scan. */
  private static final boolean[] RAW_WORD = buildRawWordTable();
  private static final Set<String> FRENCH_MARKERS = foldAll(Language.FRENCH.crossLinkMarkers());

  private final TrieNode markers;
  /**
   * Phrases of three words or more, by the first two letters and the length of their first word (see
   * {@link #firstWordKey}): sorted keys and, at the same index, the phrases that start so.
   */
  private final long[] firstWordKeys;
  private final String[][] firstWordPhrases;
  /**
   * A filter on those keys (a bit per key's hash): most words are dismissed with one lookup instead
   * of a binary search.
   */
  private final long[] firstWordFilter = new long[FIRST_WORD_FILTER_BITS / 64];
  private static final int FIRST_WORD_FILTER_BITS = 4096;
  /**
   * A first filter for words whose first letter folds to ASCII: per letter, a bit per length of the
   * phrases' first words that start with it (lengths of 63 and more share the last bit).
   */
  private final long[] firstWordLengthsByAsciiLetter = new long[0x80];
  private final Set<String> exactPhrases = new HashSet<>();
  /** No text longer than this (raw) can fold to an exact phrase. */
  private final int longestExactText;

  /** Prepares the given markers and phrases. */
  public Vocabulary(List<String> crossLinkMarkers, List<String> boilerplatePhrases) {
    TrieBuilder trie = new TrieBuilder();
    for (String marker : crossLinkMarkers) {
      TrieBuilder node = trie;
      String key = markerKey(marker);
      for (int i = 0; i < key.length(); i++) {
        node = node.children.computeIfAbsent(key.charAt(i), c -> new TrieBuilder());
      }
      node.terminal = true;
    }
    markers = trie.build();
    int longest = 0;
    Map<Long, List<String>> phrasesByFirstWord = new java.util.TreeMap<>();
    for (String phrase : boilerplatePhrases) {
      String folded = fold(phrase);
      if (folded.isEmpty()) {
        continue;
      }
      exactPhrases.add(folded);
      longest = Math.max(longest, folded.length());
      if (wordCount(folded) >= MIN_WORDS_TO_MATCH_INSIDE) {
        int firstWordLength = folded.indexOf(' ');
        char second = firstWordLength > 1 ? folded.charAt(1) : 0;
        if (folded.charAt(0) < 0x80) {
          firstWordLengthsByAsciiLetter[folded.charAt(0)] |= 1L << Math.min(firstWordLength, 63);
        }
        phrasesByFirstWord.computeIfAbsent(firstWordKey(folded.charAt(0), second, firstWordLength),
            k -> new ArrayList<>()).add(folded);
      }
    }
    firstWordKeys = new long[phrasesByFirstWord.size()];
    firstWordPhrases = new String[phrasesByFirstWord.size()][];
    int index = 0;
    for (Map.Entry<Long, List<String>> entry : phrasesByFirstWord.entrySet()) {
      int filterBit = firstWordFilterBit(entry.getKey());
      firstWordFilter[filterBit >>> 6] |= 1L << filterBit;
      firstWordKeys[index] = entry.getKey();
      firstWordPhrases[index++] = entry.getValue().toArray(new String[0]);
    }
    // Folding drops punctuation and folds blank runs, so allow for some of those.
    longestExactText = 2 * longest + 16;
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
    char[] out = new char[text.length()];
    int length = 0;
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = foldChar(text.charAt(i));
      if (isWordChar(c)) {
        if (space && length > 0) {
          out[length++] = ' '; // a space is only ever added before a word character, so out never overflows
        }
        space = false;
        out[length++] = c;
      } else {
        space = true;
      }
    }
    return new String(out, 0, length);
  }

  /** Whether a block of text is boilerplate. */
  public boolean isBoilerplate(String blockText) {
    return isExactPhrase(blockText)
        || (blockText.length() <= MAX_CONTAINING_BOILERPLATE_LENGTH && containsPhrase(blockText));
  }

  /**
   * Whether the text holds one of the longer phrases as whole words, compared as {@link #fold} would
   * (without building the folded text): at the end of each word, only the phrases whose first word
   * has its length and first two letters are tried.
   */
  private boolean containsPhrase(String text) {
    int length = text.length();
    int i = 0;
    while (i < length) {
      if (!isRawWordChar(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i++;
      while (i < length && isRawWordChar(text.charAt(i))) {
        i++;
      }
      if (phraseStartsAt(text, start, i - start)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the unfolded character folds to a word character. */
  private static boolean isRawWordChar(char c) {
    return c < RAW_WORD.length ? RAW_WORD[c] : isWordChar(foldChar(c));
  }

  /** {@link #foldChar} of a word character: one lookup for Latin scripts (a word character is never blank). */
  private static char foldWordChar(char c) {
    return c < FOLD_TABLE.length ? FOLD_TABLE[c] : foldChar(c);
  }

  /** Whether a phrase starts with the word of {@code wordLength} characters at {@code start}. */
  private boolean phraseStartsAt(String text, int start, int wordLength) {
    char first = foldWordChar(text.charAt(start));
    if (first < 0x80 && (firstWordLengthsByAsciiLetter[first] & 1L << Math.min(wordLength, 63)) == 0) {
      return false;
    }
    char second = wordLength > 1 ? foldWordChar(text.charAt(start + 1)) : 0;
    long key = firstWordKey(first, second, wordLength);
    int filterBit = firstWordFilterBit(key);
    if ((firstWordFilter[filterBit >>> 6] & 1L << filterBit) == 0) {
      return false;
    }
    int found = java.util.Arrays.binarySearch(firstWordKeys, key);
    if (found < 0) {
      return false;
    }
    for (String phrase : firstWordPhrases[found]) {
      if (phraseAt(text, start, phrase)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the folded phrase's words stand at {@code start}, a run of non-word characters matching one space. */
  private static boolean phraseAt(String text, int start, String phrase) {
    int i = start;
    int length = text.length();
    for (int p = 0; p < phrase.length(); p++) {
      if (i >= length) {
        return false;
      }
      char wanted = phrase.charAt(p);
      char c = foldChar(text.charAt(i));
      if (isWordChar(c)) {
        if (c != wanted) {
          return false;
        }
        i++;
      } else {
        if (wanted != ' ') {
          return false;
        }
        while (i < length && !isWordChar(foldChar(text.charAt(i)))) {
          i++;
        }
      }
    }
    return i >= length || !isWordChar(foldChar(text.charAt(i)));
  }

  private static boolean isWordChar(char folded) {
    return folded < 0x80 ? (folded >= 'A' && folded <= 'Z') || (folded >= '0' && folded <= '9')
        : Character.isLetterOrDigit(folded) || Character.isSurrogate(folded);
  }

  /**
   * A word as a key: its first two folded characters (the second 0 for a one-letter word) and its
   * length. Folding maps word characters one to one, so a word of the text and a phrase's first word
   * can only match with equal lengths.
   */
  private static long firstWordKey(char first, char second, int length) {
    return (long) first << 48 | (long) second << 32 | length;
  }

  private static int firstWordFilterBit(long key) {
    long mixed = key * 0x9E3779B97F4A7C15L;
    return (int) (mixed >>> 52); // the top 12 bits: FIRST_WORD_FILTER_BITS slots
  }

  /** Whether a block of text is exactly a phrase (a related-content header such as "Et aussi"). */
  public boolean isExactPhrase(String blockText) {
    return blockText.length() <= longestExactText && exactPhrases.contains(fold(blockText));
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
        node = node.child(' ');
        if (node == null) {
          break;
        }
        pendingSpace = false;
      }
      node = node.child(c);
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

  private static boolean[] buildRawWordTable() {
    boolean[] table = new boolean[FOLD_TABLE.length];
    for (char c = 0; c < table.length; c++) {
      table[c] = isWordChar(foldChar(c));
    }
    return table;
  }

  /** A trie node frozen into sorted arrays: no boxing or hashing on the hot path. */
  private static final class TrieNode {
    private final char[] keys;
    private final TrieNode[] children;
    final boolean terminal;

    /** A direct table for ASCII on branching nodes (the root, which every line asks, above all). */
    private final @Nullable TrieNode @Nullable [] ascii;

    TrieNode(char[] keys, TrieNode[] children, boolean terminal) {
      this.keys = keys;
      this.children = children;
      this.terminal = terminal;
      if (keys.length > 2) {
        ascii = new TrieNode[0x80];
        for (int i = 0; i < keys.length; i++) {
          if (keys[i] < 0x80) {
            ascii[keys[i]] = children[i];
          }
        }
      } else {
        ascii = null;
      }
    }

    @Nullable TrieNode child(char c) {
      if (ascii != null && c < 0x80) {
        return ascii[c];
      }
      if (keys.length <= 4) {
        // Below the branching nodes a marker's letters mostly follow one path: a scan beats a search.
        for (int i = 0; i < keys.length; i++) {
          if (keys[i] == c) {
            return children[i];
          }
        }
        return null;
      }
      int index = java.util.Arrays.binarySearch(keys, c);
      return index >= 0 ? children[index] : null;
    }
  }

  private static final class TrieBuilder {
    final Map<Character, TrieBuilder> children = new java.util.TreeMap<>();
    boolean terminal;

    TrieNode build() {
      char[] keys = new char[children.size()];
      TrieNode[] nodes = new TrieNode[children.size()];
      int i = 0;
      for (Map.Entry<Character, TrieBuilder> child : children.entrySet()) {
        keys[i] = child.getKey();
        nodes[i++] = child.getValue().build();
      }
      return new TrieNode(keys, nodes, terminal);
    }
  }
}

package io.github.articlekit.parser.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The language packs' boilerplate phrases, prepared for README rule 5: a block is boilerplate when,
 * compared case-, accent- and punctuation-insensitively, it is a phrase, or it is short (at most
 * {@value FormatBounds#MAX_PHRASE_BLOCK_LENGTH} characters) and holds a phrase of
 * {@value FormatBounds#MIN_WORDS_TO_MATCH_INSIDE} words or more as whole words.
 *
 * <p>Speed tricks: the phrases of three words or more are keyed by the first two letters and the
 * length of their first word, and a table of first letters and lengths dismisses most words of a
 * block with one lookup, before the binary search over those keys. Measured: each of this table, the
 * ASCII tables of {@code CrossLinkMarkers}' trie and the Latin-1 compare of {@code Lines} gains too
 * little to see alone, but without the three the reference article parses 15% slower.
 */
final class BoilerplatePhrases {
  /** Folded phrases, for whole-block matches. */
  private final Set<String> exact = new HashSet<>();
  /** No text longer than this (raw) can fold to an exact phrase. */
  private final int longestExactText;
  /** Sorted first-word keys ({@link #key}) of the longer phrases, and at the same index the phrases. */
  private final long[] keys;
  private final String[][] phrasesByKey;
  /**
   * Per ASCII first letter of a longer phrase, a bit per length of its first word (lengths of 63 and
   * more share the last bit): most words of a block are dismissed with this one lookup.
   */
  private final long[] firstWordLengthsByAsciiLetter = new long[0x80];
  /** Whether a Latin-1 or Latin Extended character folds to a word character: one lookup per character. */
  private static final boolean[] WORD_CHARS = buildWordChars();

  BoilerplatePhrases(List<String> phrases) {
    int longest = 0;
    Map<Long, List<String>> byFirstWord = new TreeMap<>();
    for (String phrase : phrases) {
      String folded = Typography.foldTerm(phrase);
      if (folded.isEmpty()) {
        continue;
      }
      exact.add(folded);
      longest = Math.max(longest, folded.length());
      int firstWordEnd = folded.indexOf(' ');
      if (firstWordEnd > 0 && wordCount(folded) >= FormatBounds.MIN_WORDS_TO_MATCH_INSIDE) {
        char second = firstWordEnd > 1 ? folded.charAt(1) : 0;
        if (folded.charAt(0) < 0x80) {
          firstWordLengthsByAsciiLetter[folded.charAt(0)] |= 1L << Math.min(firstWordEnd, 63);
        }
        byFirstWord.computeIfAbsent(key(folded.charAt(0), second, firstWordEnd), k -> new ArrayList<>()).add(folded);
      }
    }
    keys = new long[byFirstWord.size()];
    phrasesByKey = new String[byFirstWord.size()][];
    int index = 0;
    for (Map.Entry<Long, List<String>> entry : byFirstWord.entrySet()) {
      keys[index] = entry.getKey();
      phrasesByKey[index++] = entry.getValue().toArray(new String[0]);
    }
    // Folding drops punctuation and folds blank runs, so allow for some of those.
    longestExactText = 2 * longest + 16;
  }

  /** Whether a block's text is boilerplate. */
  boolean isBoilerplate(String blockText) {
    return isExactPhrase(blockText)
        || (blockText.length() <= FormatBounds.MAX_PHRASE_BLOCK_LENGTH && containsPhrase(blockText));
  }

  /** Whether a block's text is exactly a phrase (a related-content header such as "Et aussi"). */
  boolean isExactPhrase(String blockText) {
    return blockText.length() <= longestExactText && exact.contains(Typography.foldTerm(blockText));
  }

  /** Whether the text holds one of the longer phrases as whole words. */
  private boolean containsPhrase(String text) {
    int length = text.length();
    int i = 0;
    while (i < length) {
      if (!isWordChar(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i++;
      while (i < length && isWordChar(text.charAt(i))) {
        i++;
      }
      if (phraseStartsAt(text, start, i - start)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a phrase starts with the word of {@code wordLength} characters at {@code start}. */
  private boolean phraseStartsAt(String text, int start, int wordLength) {
    char first = Typography.foldTermChar(text.charAt(start));
    if (first < 0x80 && (firstWordLengthsByAsciiLetter[first] & 1L << Math.min(wordLength, 63)) == 0) {
      return false;
    }
    char second = wordLength > 1 ? Typography.foldTermChar(text.charAt(start + 1)) : 0;
    int found = Arrays.binarySearch(keys, key(first, second, wordLength));
    if (found < 0) {
      return false;
    }
    for (String phrase : phrasesByKey[found]) {
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
      char c = Typography.foldTermChar(text.charAt(i));
      if (Typography.isWordChar(c)) {
        if (c != wanted) {
          return false;
        }
        i++;
      } else {
        if (wanted != ' ') {
          return false;
        }
        while (i < length && !isWordChar(text.charAt(i))) {
          i++;
        }
      }
    }
    return i >= length || !isWordChar(text.charAt(i));
  }

  private static boolean isWordChar(char c) {
    return c < WORD_CHARS.length ? WORD_CHARS[c] : Typography.isWordChar(Typography.foldTermChar(c));
  }

  private static boolean[] buildWordChars() {
    boolean[] table = new boolean[0x250];
    for (char c = 0; c < table.length; c++) {
      table[c] = Typography.isWordChar(Typography.foldTermChar(c));
    }
    return table;
  }

  /**
   * A word as a key: its first two folded characters (the second 0 for a one-letter word) and its
   * length. Folding maps word characters one to one, so a word and a phrase's first word can only
   * match with equal lengths.
   */
  private static long key(char first, char second, int length) {
    return (long) first << 48 | (long) second << 32 | length;
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
}

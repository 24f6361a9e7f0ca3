package io.github.articlekit.parser.internal;

import io.github.articlekit.core.internal.Texts;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The cross-link markers of README rule 4: "a line made of a marker ({@code LIRE AUSSI}, {@code READ
 * MORE}, ...; case- and accent-insensitive), a separator ({@code :}, {@code -}, {@code –}, {@code —},
 * with or without spaces) and a title; only the first separator splits". A hyphen joined to letters on
 * both sides is part of a word ("Related-party"), not a separator. The markers are in a trie walked
 * once over the start of a line: no regular expression, and no more steps than the longest marker.
 */
final class CrossLinkMarkers {
  private final Node root;

  CrossLinkMarkers(List<String> markers) {
    Builder trie = new Builder();
    for (String marker : markers) {
      Builder node = trie;
      String key = key(marker);
      for (int i = 0; i < key.length(); i++) {
        node = node.children.computeIfAbsent(key.charAt(i), c -> new Builder());
      }
      node.terminal = true;
    }
    root = trie.build();
  }

  /**
   * Matches a marker and its separator at {@code start} of a line whose content ends at {@code end}.
   * The longest marker followed by a separator wins.
   *
   * @return where the marker ends and the title starts, or null when the line is no cross-link
   */
  @Nullable MarkerMatch match(CharSequence line, int start, int end) {
    Node node = root;
    MarkerMatch best = null;
    boolean pendingSpace = false;
    for (int i = start; i < end; i++) {
      char c = Typography.foldTermChar(line.charAt(i));
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
    // "Related-party": a hyphen between two letters or digits joins a word.
    if (i == labelEnd && Typography.isHyphen(line.charAt(i)) && i + 1 < end
        && Character.isLetterOrDigit(line.charAt(i + 1)) && Character.isLetterOrDigit(line.charAt(i - 1))) {
      return null;
    }
    int titleStart = Texts.firstNonBlank(line, i + 1, end);
    return new MarkerMatch(labelEnd, titleStart);
  }

  /** The separators between a marker and its title: colons and dashes. */
  static boolean isSeparator(char c) {
    return c == ':' || c == '\uFF1A' || (Typography.foldMark(c) == '-' && c != '\u2212');
  }

  private static String key(String marker) {
    StringBuilder key = new StringBuilder(marker.length());
    boolean space = false;
    for (int i = 0; i < marker.length(); i++) {
      char c = Typography.foldTermChar(marker.charAt(i));
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

  /**
   * A trie node frozen into sorted arrays: no boxing or hashing per character. Speed trick: see
   * {@link #ascii} (measured with two others, in {@code BoilerplatePhrases}).
   */
  private static final class Node {
    private final char[] keys;
    private final Node[] children;
    final boolean terminal;

    /** A direct table for ASCII on branching nodes (the root above all, which every line asks). */
    private final @Nullable Node @Nullable [] ascii;

    Node(char[] keys, Node[] children, boolean terminal) {
      this.keys = keys;
      this.children = children;
      this.terminal = terminal;
      if (keys.length > 2) {
        ascii = new Node[0x80];
        for (int i = 0; i < keys.length; i++) {
          if (keys[i] < 0x80) {
            ascii[keys[i]] = children[i];
          }
        }
      } else {
        ascii = null;
      }
    }

    @Nullable Node child(char c) {
      if (ascii != null && c < 0x80) {
        return ascii[c];
      }
      int index = java.util.Arrays.binarySearch(keys, c);
      return index >= 0 ? children[index] : null;
    }
  }

  private static final class Builder {
    final Map<Character, Builder> children = new TreeMap<>();
    boolean terminal;

    Node build() {
      char[] keys = new char[children.size()];
      Node[] nodes = new Node[children.size()];
      int i = 0;
      for (Map.Entry<Character, Builder> child : children.entrySet()) {
        keys[i] = child.getKey();
        nodes[i++] = child.getValue().build();
      }
      return new Node(keys, nodes, terminal);
    }
  }
}

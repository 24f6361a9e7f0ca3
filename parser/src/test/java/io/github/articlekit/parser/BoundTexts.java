package io.github.articlekit.parser;

import io.github.articlekit.parser.internal.FormatBounds;
import java.util.List;

/** Texts sized by the bounds of {@link FormatBounds}, for the tests that check a rule at both sides of its bound. */
final class BoundTexts {
  private BoundTexts() {}

  private static final List<String> NUMERALS = List.of("Un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit",
      "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf",
      "vingt", "vingt-et-un", "vingt-deux", "vingt-trois", "vingt-quatre", "vingt-cinq");

  /** {@code start}, cut or padded with {@code x} to exactly {@code length} characters, with no blank at its end. */
  static String ofLength(String start, int length) {
    StringBuilder out = new StringBuilder(start.length() >= length ? start.substring(0, length) : start);
    while (out.length() < length) {
      out.append('x');
    }
    if (out.charAt(length - 1) == ' ') {
      out.setCharAt(length - 1, 'x');
    }
    return out.toString();
  }

  /** {@code count} words, the French numerals from "Un": "Un deux trois". */
  static String ofWords(int count) {
    if (count > NUMERALS.size()) {
      throw new IllegalArgumentException("at most " + NUMERALS.size() + " words, not " + count);
    }
    return String.join(" ", NUMERALS.subList(0, count));
  }
}

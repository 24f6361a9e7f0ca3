package io.github.articlekit.parser;

import io.github.articlekit.core.Article;
import io.github.articlekit.core.Block;
import io.github.articlekit.core.Boilerplate;
import io.github.articlekit.core.CrossLink;
import io.github.articlekit.core.Paragraph;
import io.github.articlekit.core.Section;
import io.github.articlekit.core.internal.Texts;
import io.github.articlekit.parser.internal.FormatBounds;
import io.github.articlekit.testing.Props;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which articles {@code parse(write(article))} must give back: the round trip's contract, stated as
 * the reasons an article <em>cannot</em> round-trip. The generators make articles with none of these;
 * the shrinker keeps to them; every other article must round-trip, and one that does not is a bug.
 *
 * <p>Each reason is a case where the written text genuinely reads as another article under the
 * layout's rules (README, "The rules the parser follows"):
 *
 * <ul>
 *   <li><b>Texts</b> (all): a blank at either end (the parser strips lines); a character the parser
 *       refuses (control characters but tab, form feed, vertical tab and U+0085; lone surrogates) — the
 *       model allows both, the layout cannot carry them.
 *   <li><b>Paragraphs</b>: a paragraph that starts with a cross-link marker and a separator is a
 *       cross-link line (rule 4).
 *   <li><b>With a heading list</b> (rules 2, 3): there is at least one section (a list none of whose
 *       entries comes back is judged by its looks alone: left to the truncated-list fixture);
 *       distinct entries are distinct under the loose heading match; an entry listed twice comes back
 *       as often as it is listed, and then sections follow the list's order; every section heading is
 *       its entry or a loose spelling of it (case, spacing, typographic quotes, apostrophes, dashes);
 *       no entry comes back twice; no other line of the body (paragraph, cross-link, boilerplate)
 *       reads as a listed heading whose section is still to come (after that section, such a line is
 *       a paragraph like any other).
 *   <li><b>Without a heading list</b> (rules 2, 6): headings are inferred, so a section heading must
 *       look like one (short, no sentence-final or trailing , ; : punctuation, at most
 *       {@value FormatBounds#MAX_INFERRED_HEADING_WORDS} words, not
 *       starting in lower case, neither a cross-link nor boilerplate) and its first block is a
 *       paragraph; every paragraph and related title ends a sentence (or it could be inferred as a
 *       heading); the body's first line does not come back (or the body would confirm it as a list).
 *   <li><b>Boilerplate</b> (rule 5): the last section's (or the lead's) trailing blocks are not
 *       boilerplate phrases and none of its blocks is exactly a phrase (they would move to
 *       boilerplate, with the short blocks after a related-content header); the boilerplate itself is
 *       phrase blocks (a phrase, or a block of at most {@value FormatBounds#MAX_PHRASE_BLOCK_LENGTH}
 *       characters holding a phrase of {@value FormatBounds#MIN_WORDS_TO_MATCH_INSIDE} words or more),
 *       optionally followed by a related-content header (exactly a phrase) and at most
 *       {@link #MAX_RELATED_TITLES} related titles of at most {@value FormatBounds#MAX_RELATED_TITLE_LENGTH}
 *       characters.
 *   <li><b>Cross-links</b> (rule 4): the label is a marker of the packs, as written (case, accents and
 *       blank runs may differ); the title does not end with what reads as a URL (a last word starting
 *       with {@code http://}, {@code https://} or {@code www.}, or a {@code (} before one when the
 *       title ends with {@code )}); the URL starts with one of those and holds no blank (parentheses in
 *       it, balanced or not, are fine).
 * </ul>
 *
 * <p>The checks on readings (cross-link line, boilerplate, loose heading match) are deliberately
 * coarser than the parser's: they may rule out an article that would have round-tripped, never the
 * reverse, so a failure of the property is the parser's (or this contract's) to explain.
 */
final class RoundTripContract {
  private RoundTripContract() {}

  /** The parser looks for a related-content header this many blocks back at most: one less are titles. */
  static final int MAX_RELATED_TITLES = FormatBounds.BOILERPLATE_HEADER_WINDOW - 1;

  static final List<String> MARKERS = new ArrayList<>();
  static final List<String> PHRASES = new ArrayList<>();
  private static final Set<String> MARKER_KEYS = new HashSet<>();
  private static final Set<String> LABEL_KEYS = new HashSet<>();
  private static final List<List<String>> PHRASE_WORDS = new ArrayList<>();

  static {
    for (Language language : Language.values()) {
      MARKERS.addAll(language.crossLinkMarkers());
      PHRASES.addAll(language.boilerplatePhrases());
    }
    for (String marker : MARKERS) {
      MARKER_KEYS.add(readingFold(marker));
      LABEL_KEYS.add(labelFold(marker));
    }
    for (String phrase : PHRASES) {
      PHRASE_WORDS.add(words(phrase));
    }
  }

  /** Why {@code article} cannot round-trip; empty when it must. */
  static List<String> violations(Article article) {
    List<String> why = new ArrayList<>();
    text(why, "title", article.title());
    article.headings().forEach(h -> text(why, "heading entry", h));
    article.lead().forEach(b -> block(why, b, !article.headings().isEmpty()));
    for (Section section : article.sections()) {
      text(why, "section heading", section.heading());
      section.blocks().forEach(b -> block(why, b, !article.headings().isEmpty()));
    }
    article.boilerplate().forEach(b -> text(why, "boilerplate", b.text()));
    if (!why.isEmpty()) {
      return why;
    }
    if (article.headings().isEmpty()) {
      withoutList(why, article);
    } else {
      withList(why, article);
    }
    tail(why, article);
    boilerplate(why, article);
    return why;
  }

  private static void text(List<String> why, String what, String text) {
    if (!Texts.strip(text).equals(text)) {
      why.add(what + " has a blank at an end: " + Props.literal(text));
    }
    if (Contracts.firstRefusedChar(text) >= 0) {
      why.add(what + " holds a character the parser refuses: " + Props.literal(text));
    }
  }

  private static void block(List<String> why, Block block, boolean listed) {
    if (block instanceof CrossLink) {
      CrossLink link = (CrossLink) block;
      text(why, "cross-link label", link.label());
      text(why, "cross-link title", link.title());
      link.url().ifPresent(url -> text(why, "cross-link url", url));
      crossLink(why, link);
    } else {
      text(why, "paragraph", block.text());
      if (looksLikeCrossLink(block.text())) {
        why.add("paragraph reads as a cross-link: " + Props.literal(block.text()));
      }
      if (!listed && !endsSentence(block.text())) {
        why.add("paragraph without a list does not end a sentence: " + Props.literal(block.text()));
      }
    }
  }

  private static void crossLink(List<String> why, CrossLink link) {
    if (!LABEL_KEYS.contains(labelFold(link.label()))) {
      why.add("cross-link label is not a known marker: " + Props.literal(link.label()));
    }
    String title = link.title();
    char last = title.charAt(title.length() - 1);
    if (link.url().isEmpty()) {
      int space = lastBlank(title);
      if (isUrl(title.substring(space + 1))) {
        why.add("cross-link title ends with a URL: " + Props.literal(title));
      }
      if (last == ')') {
        // Any '(' followed by what starts a URL: coarser than the parser's "last word" rule.
        for (int open = title.indexOf('('); open >= 0; open = title.indexOf('(', open + 1)) {
          String inside = Texts.strip(title.substring(open + 1, title.length() - 1));
          if (inside.startsWith("https://") || inside.startsWith("http://") || inside.startsWith("www.")) {
            why.add("cross-link title ends with a URL in parentheses: " + Props.literal(title));
            break;
          }
        }
      }
    } else {
      String url = link.url().get();
      if (!isUrl(url)) {
        why.add("cross-link url is not one the layout can carry: " + Props.literal(url));
      }
    }
  }

  private static int lastBlank(String text) {
    for (int i = text.length() - 1; i >= 0; i--) {
      if (Texts.isBlankChar(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  static boolean isUrl(String token) {
    if (token.isEmpty()) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      if (Texts.isBlankChar(token.charAt(i))) {
        return false;
      }
    }
    return token.startsWith("https://") || token.startsWith("http://") || token.startsWith("www.");
  }

  // ---- with a heading list -----------------------------------------------------------------------

  private static void withList(List<String> why, Article article) {
    if (article.sections().isEmpty()) {
      why.add("a heading list without sections");
      return;
    }
    Map<String, String> entryByKey = new HashMap<>();
    Map<String, Integer> listed = new HashMap<>();
    List<String> listOrder = new ArrayList<>();
    for (String entry : article.headings()) {
      String key = headingKey(entry);
      String other = entryByKey.putIfAbsent(key, entry);
      if (other != null && !other.equals(entry)) {
        why.add("distinct entries read alike: " + Props.literal(other) + " and " + Props.literal(entry));
      }
      listed.merge(key, 1, Integer::sum);
      listOrder.add(key);
    }
    boolean duplicates = listed.values().stream().anyMatch(n -> n > 1);
    Map<String, Integer> found = new HashMap<>();
    List<String> sectionOrder = new ArrayList<>();
    for (Section section : article.sections()) {
      String key = headingKey(section.heading());
      String entry = entryByKey.get(key);
      if (entry == null || !looseSpelling(section.heading()).equals(looseSpelling(entry))) {
        why.add("section heading is not a listed entry or a loose spelling of one: " + Props.literal(section.heading()));
        continue;
      }
      found.merge(key, 1, Integer::sum);
      sectionOrder.add(key);
    }
    for (Map.Entry<String, Integer> entry : listed.entrySet()) {
      int times = found.getOrDefault(entry.getKey(), 0);
      if (entry.getValue() > 1 ? times != entry.getValue() : times > 1) {
        why.add("entry " + Props.literal(entryByKey.get(entry.getKey())) + " is listed " + entry.getValue()
            + " times and comes back " + times + " times");
      }
    }
    if (duplicates && !isSubsequence(sectionOrder, listOrder)) {
      why.add("with an entry listed twice, sections must follow the list's order");
    }
    // Another line that reads as a listed heading is that heading while one of its entries is still to come.
    Map<String, Integer> seen = new HashMap<>();
    List<String> lines = new ArrayList<>();
    article.lead().forEach(b -> lines.add(line(b)));
    for (Section section : article.sections()) {
      lines.add(null);
      lines.add(section.heading());
      section.blocks().forEach(b -> lines.add(line(b)));
    }
    article.boilerplate().forEach(b -> lines.add(b.text()));
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i) == null) {
        seen.merge(headingKey(lines.get(++i)), 1, Integer::sum);
        continue;
      }
      String key = headingKey(lines.get(i));
      if (listed.containsKey(key) && seen.getOrDefault(key, 0) < listed.get(key)) {
        why.add("a body line reads as a listed heading still to come: " + Props.literal(lines.get(i)));
      }
    }
  }

  private static boolean isSubsequence(List<String> sub, List<String> of) {
    int at = 0;
    for (String item : sub) {
      while (at < of.size() && !of.get(at).equals(item)) {
        at++;
      }
      if (at == of.size()) {
        return false;
      }
      at++;
    }
    return true;
  }

  // ---- without a heading list --------------------------------------------------------------------

  private static void withoutList(List<String> why, Article article) {
    for (Section section : article.sections()) {
      String heading = section.heading();
      if (!looksLikeInferredHeading(heading)) {
        why.add("section heading does not look like a heading to infer: " + Props.literal(heading));
      }
      if (section.blocks().isEmpty() || !(section.blocks().get(0) instanceof Paragraph)
          || mayBeBoilerplate(section.blocks().get(0).text())) {
        why.add("inferred section does not start with a paragraph: " + Props.literal(heading));
      }
    }
    List<String> lines = bodyLines(article, true);
    if (!lines.isEmpty()) {
      String first = headingKey(lines.get(0));
      for (int i = 1; i < lines.size(); i++) {
        if (headingKey(lines.get(i)).equals(first)) {
          why.add("the body's first line comes back: " + Props.literal(lines.get(0)));
          break;
        }
      }
    }
  }

  /** What the parser infers as a heading (README rule 6, with the implementation's limits). */
  static boolean looksLikeInferredHeading(String line) {
    if (line.length() > FormatBounds.MAX_INFERRED_HEADING_LENGTH
        || Texts.countWords(line) > FormatBounds.MAX_INFERRED_HEADING_WORDS || Character.isLowerCase(line.charAt(0))) {
      return false;
    }
    char last = line.charAt(line.length() - 1);
    if (endsSentence(line) || last == ',' || last == ';' || last == ':') {
      return false;
    }
    return !looksLikeCrossLink(line) && !mayBeBoilerplate(line);
  }

  static boolean endsSentence(String text) {
    char last = text.charAt(text.length() - 1);
    return last == '.' || last == '!' || last == '?' || last == '\u2026' || last == '\u3002';
  }

  // ---- boilerplate -------------------------------------------------------------------------------

  /**
   * The last section's blocks (the lead's without sections) must not move to boilerplate: none of the
   * trailing run may read as boilerplate, and none may be a phrase exactly (a related-content header
   * takes the short blocks after it along). A boilerplate-like block followed by content stays.
   */
  private static void tail(List<String> why, Article article) {
    List<Block> tail = article.sections().isEmpty() ? article.lead()
        : article.sections().get(article.sections().size() - 1).blocks();
    boolean trailing = true;
    for (int i = tail.size() - 1; i >= 0; i--) {
      Block block = tail.get(i);
      boolean boilerplate = block instanceof Paragraph && mayBeBoilerplate(block.text());
      trailing &= boilerplate;
      if (boilerplate && (trailing || mayBeExactPhrase(block.text()))) {
        why.add("a trailing block reads as boilerplate: " + Props.literal(block.text()));
      }
    }
  }

  /** Phrase blocks, then optionally a header and at most eleven short related titles. */
  private static void boilerplate(List<String> why, Article article) {
    List<Boilerplate> entries = article.boilerplate();
    int header = -1;
    for (int i = 0; i < entries.size() && header < 0; i++) {
      if (!isPhraseBlock(entries.get(i).text())) {
        header = i - 1;
        if (header < 0 || !isExactPhrase(entries.get(header).text())) {
          why.add("boilerplate entry is neither a phrase nor after a header: " + Props.literal(entries.get(i).text()));
          return;
        }
      }
    }
    if (header < 0) {
      return;
    }
    if (entries.size() - header - 1 > MAX_RELATED_TITLES) {
      why.add("more than " + MAX_RELATED_TITLES + " related titles after a header");
    }
    for (int i = header + 1; i < entries.size(); i++) {
      String title = entries.get(i).text();
      if (title.length() > FormatBounds.MAX_RELATED_TITLE_LENGTH) {
        why.add("related title longer than " + FormatBounds.MAX_RELATED_TITLE_LENGTH + ": " + Props.literal(title));
      }
      if (article.headings().isEmpty() && !endsSentence(title)) {
        why.add("related title without a list does not end a sentence: " + Props.literal(title));
      }
    }
  }

  /** Surely boilerplate to the parser: an exact phrase, or a short block holding a phrase of three words or more. */
  static boolean isPhraseBlock(String text) {
    if (looksLikeCrossLink(text)) {
      return false;
    }
    if (isExactPhrase(text)) {
      return true;
    }
    if (text.length() > FormatBounds.MAX_PHRASE_BLOCK_LENGTH) {
      return false;
    }
    for (String phrase : PHRASES) {
      if (words(phrase).size() < FormatBounds.MIN_WORDS_TO_MATCH_INSIDE) {
        continue;
      }
      for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
        int end = at + phrase.length();
        if ((at == 0 || isWordBoundary(text.charAt(at - 1))) && (end == text.length() || isWordBoundary(text.charAt(end)))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isWordBoundary(char c) {
    return c == ' ' || c == ',' || c == ';' || c == '.' || c == '!' || c == '?' || c == ':';
  }

  /** Exactly a phrase, but for case: a related-content header such as "Et aussi". */
  static boolean isExactPhrase(String text) {
    if (looksLikeCrossLink(text)) {
      return false;
    }
    for (String phrase : PHRASES) {
      if (phrase.equalsIgnoreCase(text)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Coarse: whether the parser could take the block for boilerplate: its words are a phrase's, or hold
   * those of a phrase of three words or more (at any length).
   */
  static boolean mayBeBoilerplate(String text) {
    List<String> words = words(text);
    for (List<String> phrase : PHRASE_WORDS) {
      if (words.equals(phrase) || phrase.size() >= FormatBounds.MIN_WORDS_TO_MATCH_INSIDE
          && java.util.Collections.indexOfSubList(words, phrase) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Coarse: whether the block's words are exactly a phrase's. */
  static boolean mayBeExactPhrase(String text) {
    List<String> words = words(text);
    return PHRASE_WORDS.contains(words);
  }

  // ---- readings --------------------------------------------------------------------------------

  /** The body's lines as the writer puts them, in order; section headings included when asked. */
  static List<String> bodyLines(Article article, boolean withHeadings) {
    List<String> lines = new ArrayList<>();
    article.lead().forEach(b -> lines.add(line(b)));
    for (Section section : article.sections()) {
      if (withHeadings) {
        lines.add(section.heading());
      }
      section.blocks().forEach(b -> lines.add(line(b)));
    }
    article.boilerplate().forEach(b -> lines.add(b.text()));
    return lines;
  }

  private static String line(Block block) {
    String written = ArticleWriter.write(Article.builder().title("t").addLead(block).build());
    return written.substring(written.indexOf("\n\n") + 2, written.length() - 1);
  }

  /**
   * Coarse: whether a line may read as a cross-link: after folding (compatibility decomposition, marks
   * dropped, upper case, blank runs as one space) it starts with a marker, then maybe blanks, then any
   * dash or colon.
   */
  static boolean looksLikeCrossLink(String line) {
    String folded = readingFold(line);
    for (String marker : MARKER_KEYS) {
      if (folded.startsWith(marker)) {
        String rest = folded.substring(marker.length()).stripLeading();
        if (!rest.isEmpty() && isSeparatorLike(rest.charAt(0))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isSeparatorLike(char c) {
    return c == ':' || c == '\uFF1A' || c == '\uFE55' || c == '\uFE13' || c == '-' || c == '\u2212'
        || Character.getType(c) == Character.DASH_PUNCTUATION;
  }

  /** The parser's separators between a cross-link's marker and title. */
  static boolean isSeparator(char c) {
    return c == ':' || c == '-' || c == '\u2013' || c == '\u2014' || c == '\u2012' || c == '\u2015' || c == '\u2010'
        || c == '\u2011' || c == '\uFF1A';
  }

  private static String readingFold(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    for (int i = 0; i < decomposed.length(); ) {
      int c = decomposed.codePointAt(i);
      i += Character.charCount(c);
      if (c < 0x10000 && Texts.isBlankChar((char) c)) {
        space = out.length() > 0;
        continue;
      }
      if (isMark(c)) {
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.append(new String(Character.toChars(c)).toUpperCase(Locale.ROOT));
    }
    return out.toString();
  }

  /** The parser's fold for labels written in Latin letters: accents dropped, upper case, blank runs as one space. */
  private static String labelFold(String label) {
    StringBuilder out = new StringBuilder(label.length());
    boolean space = false;
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      if (Texts.isBlankChar(c)) {
        space = out.length() > 0;
        continue;
      }
      if (c >= 0x250) {
        return "\u0000not a label";
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.append(Character.toUpperCase(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).charAt(0)));
    }
    return out.toString();
  }

  /**
   * Coarse key for the loose heading match: compatibility decomposition, marks and blanks dropped,
   * quotes, apostrophes and dashes each as one character, case folded. Entries the parser matches
   * loosely always share a key.
   */
  static String headingKey(String text) {
    StringBuilder marked = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Texts.isBlankChar(c)) {
        continue;
      }
      if ("'`\u00B4\u2018\u2019\u201A\u201B\u02BC\u2032\"\u00AB\u00BB\u201C\u201D\u201E\u201F\u2033\u2039\u203A".indexOf(c) >= 0) {
        marked.append('"');
      } else if (c == '-' || c == '\u2212' || Character.getType(c) == Character.DASH_PUNCTUATION) {
        marked.append('-');
      } else {
        marked.append(c);
      }
    }
    StringBuilder out = new StringBuilder(marked.length());
    String decomposed = Normalizer.normalize(marked, Normalizer.Form.NFKD);
    for (int i = 0; i < decomposed.length(); ) {
      int c = decomposed.codePointAt(i);
      i += Character.charCount(c);
      if ((c < 0x10000 && Texts.isBlankChar((char) c)) || isMark(c)) {
        continue;
      }
      out.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c)));
    }
    return out.toString();
  }

  /**
   * The loose spellings the round trip promises to keep apart from other headings and match to their
   * entry: ASCII case, blank runs, typographic apostrophes, quotes and dashes.
   */
  static String looseSpelling(String text) {
    String squashed = Contracts.squash(text);
    StringBuilder out = new StringBuilder(squashed.length());
    for (int i = 0; i < squashed.length(); i++) {
      char c = squashed.charAt(i);
      if (c == '\u2019' || c == '\u2018') {
        c = '\'';
      } else if (c == '\u201C' || c == '\u201D' || c == '\u00AB' || c == '\u00BB') {
        c = '"';
      } else if (c == '\u2013' || c == '\u2014') {
        c = '-';
      } else if (c >= 'A' && c <= 'Z') {
        c = (char) (c + 32);
      }
      out.append(c);
    }
    return out.toString();
  }

  /** Words for the phrase oracle: letters and digits after compatibility decomposition, marks dropped, upper case. */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    for (int i = 0; i < decomposed.length(); ) {
      int c = decomposed.codePointAt(i);
      i += Character.charCount(c);
      if (isMark(c)) {
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        word.appendCodePoint(Character.toUpperCase(c));
      } else if (word.length() > 0) {
        words.add(word.toString());
        word.setLength(0);
      }
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return words;
  }

  private static boolean isMark(int c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }
}

package io.github.articlekit.parser.internal;

import io.github.articlekit.core.Article;
import io.github.articlekit.core.ArticleException;
import io.github.articlekit.core.Block;
import io.github.articlekit.core.Boilerplate;
import io.github.articlekit.core.CrossLink;
import io.github.articlekit.core.Paragraph;
import io.github.articlekit.core.Section;
import io.github.articlekit.core.SourceSpan;
import io.github.articlekit.core.internal.Texts;
import io.github.articlekit.parser.Diagnostic;
import io.github.articlekit.parser.Diagnostic.Severity;
import io.github.articlekit.parser.DiagnosticCode;
import io.github.articlekit.parser.ParseResult;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The layout's rules, applied in one pass over the lines (plus a look-ahead over the body to confirm
 * the heading list). Immutable and thread-safe; each call works on its own {@link Run}.
 */
public final class LayoutParser {
  /** A candidate heading list with a line this long is prose. */
  private static final int PROSE_LINE_LENGTH = 100;
  /** Inferred headings are short. */
  private static final int MAX_INFERRED_HEADING_LENGTH = 100;
  private static final int MAX_INFERRED_HEADING_WORDS = 15;
  /** How far back from the end a related-content header ("Et aussi") is looked for. */
  private static final int BOILERPLATE_HEADER_WINDOW = 12;
  /** Lines after a related-content header are related titles when they are this short. */
  private static final int MAX_RELATED_TITLE_LENGTH = 200;

  private final Vocabulary vocabulary;
  private final boolean strict;

  /** Creates a parser for the given vocabulary. */
  public LayoutParser(Vocabulary vocabulary, boolean strict) {
    this.vocabulary = vocabulary;
    this.strict = strict;
  }

  /** Parses {@code input}; see {@code ArticleParser} for the contract. */
  public ParseResult parse(String input) {
    return new Run(input).parse();
  }

  /** The state of one parse. */
  private final class Run {
    private final String input;
    private final Lines lines;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private @Nullable String[] foldCache = new String[0];

    // The heading list: its line numbers (0-based) and folded entries.
    private int[] entryLines = new int[0];
    private String[] entryFolds = new String[0];
    private final Map<String, EntryGroup> entriesByFold = new HashMap<>();
    private int maxEntryLength;

    Run(String input) {
      this.input = input;
      this.lines = new Lines(input);
    }

    ParseResult parse() {
      int title = nextNonBlank(0);
      if (title < 0) {
        throw new ArticleException(ArticleException.EMPTY_INPUT,
            input.isEmpty() ? "Input is empty: an article needs at least a title line"
                : "Input holds only blank lines: an article needs at least a title line");
      }
      foldCache = new String[lines.count];
      Article.Builder article = Article.builder().title(lines.content(title));

      int listStart = nextNonBlank(title + 1);
      int bodyStart = title + 1;
      boolean hasList = false;
      if (listStart >= 0) {
        int listEnd = candidateListEnd(listStart);
        if (isHeadingList(listStart, listEnd)) {
          hasList = true;
          for (int line = listStart; line < listEnd; line++) {
            article.addHeadings(lines.content(line));
          }
          bodyStart = listEnd;
        } else {
          entryLines = new int[0];
          entryFolds = new String[0];
          entriesByFold.clear();
        }
      }
      Body body = hasList ? parseListedBody(bodyStart) : parseInferredBody(bodyStart);
      moveTrailingBoilerplate(body);
      article.addAllLead(body.lead);
      for (SectionDraft section : body.sections) {
        article.addSections(section.build());
        if (section.blocks.isEmpty()) {
          warn(DiagnosticCode.EMPTY_SECTION, "section \"" + section.heading + "\" has no content",
              section.headingLine);
        }
      }
      article.addAllBoilerplate(body.boilerplate);
      if (listStart < 0) {
        warn(DiagnosticCode.NO_BODY, "the article has a title and nothing else", title);
      }
      return finish(article.build());
    }

    private ParseResult finish(Article article) {
      diagnostics.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
      if (strict) {
        for (Diagnostic diagnostic : diagnostics) {
          if (diagnostic.severity() == Severity.WARNING) {
            throw new ArticleException(diagnostic.code().name(),
                "Strict parsing refused the input: " + diagnostic.format(), diagnostic.line(),
                diagnostic.column(), -1, null);
          }
        }
      }
      return new ParseResult(article, diagnostics);
    }

    // ---- the heading list --------------------------------------------------------------------

    /**
     * The list is the block of non-blank lines after the title. It ends at a blank line, or at the
     * line that repeats an entry: the body's first heading may follow the list directly. A repeated
     * line is still an entry when the body brings that heading back as often as the block lists it
     * (a list with "En bref" twice, say).
     */
    private int candidateListEnd(int listStart) {
      int blockEnd = blockEnd(listStart);
      Map<String, Integer> listed = new HashMap<>();
      boolean repeats = false;
      for (int line = listStart; line < blockEnd; line++) {
        repeats |= listed.merge(fold(line), 1, Integer::sum) > 1;
      }
      int listEnd = blockEnd;
      if (repeats) {
        Map<String, Integer> inBody = countHeadingLines(listed.keySet(), blockEnd);
        Map<String, Boolean> seen = new HashMap<>();
        for (int line = listStart; line < blockEnd; line++) {
          String folded = fold(line);
          if (seen.put(folded, Boolean.TRUE) != null && inBody.getOrDefault(folded, 0) < java.util.Objects.requireNonNull(listed.get(folded))) {
            listEnd = line;
            break;
          }
        }
      }
      entryLines = new int[listEnd - listStart];
      entryFolds = new String[listEnd - listStart];
      for (int i = 0; i < entryLines.length; i++) {
        entryLines[i] = listStart + i;
        entryFolds[i] = fold(listStart + i);
        entriesByFold.computeIfAbsent(entryFolds[i], k -> new EntryGroup()).add(i);
        maxEntryLength = Math.max(maxEntryLength, lines.contentLength(listStart + i));
      }
      return listEnd;
    }

    /** For each of {@code folds}, how many blocks from {@code from} on start with a line that folds to it. */
    private Map<String, Integer> countHeadingLines(java.util.Set<String> folds, int from) {
      int longest = 0;
      for (String folded : folds) {
        longest = Math.max(longest, folded.length());
      }
      Map<String, Integer> counts = new HashMap<>();
      for (int line = nextNonBlank(from); line >= 0; line = nextNonBlank(blockEnd(line))) {
        if (lines.contentLength(line) <= 2 * longest + 16) {
          String folded = fold(line);
          if (folds.contains(folded)) {
            counts.merge(folded, 1, Integer::sum);
          }
        }
      }
      return counts;
    }

    /**
     * Decided by the body as well as by looks: entries that come back as lines of their own confirm
     * the list; a block that reads as prose and none of whose lines comes back is not a list; short
     * lines that never come back are a list all the same (a truncated article), unless there is
     * only one, which is then the body's first line.
     */
    private boolean isHeadingList(int listStart, int listEnd) {
      for (int line = listEnd; line < lines.count; line++) {
        if (!lines.isBlank(line) && (line == listEnd || lines.isBlank(line - 1))
            && entriesByFold.containsKey(foldIfShort(line))) {
          return true;
        }
      }
      if (listEnd - listStart < 2) {
        return false;
      }
      int sentenceEnds = 0;
      for (int line = listStart; line < listEnd; line++) {
        if (lines.contentLength(line) > PROSE_LINE_LENGTH) {
          return false;
        }
        if (endsSentence(line)) {
          sentenceEnds++;
        }
      }
      // Short lines that never come back are a truncated article's list, unless the body has
      // headings of its own: then they are the lead of an article without a list.
      return sentenceEnds * 2 < listEnd - listStart && !hasInferableHeading(listEnd);
    }

    private boolean hasInferableHeading(int from) {
      for (int line = nextNonBlank(from); line >= 0; line = nextNonBlank(blockEnd(line))) {
        if (isInferredHeading(line)) {
          return true;
        }
      }
      return false;
    }

    // ---- the body ----------------------------------------------------------------------------

    /** Walks the body after a heading list, matching listed headings in order. */
    private Body parseListedBody(int bodyStart) {
      Body body = new Body();
      boolean[] found = new boolean[entryLines.length];
      int next = 0;
      int line = nextNonBlank(bodyStart);
      while (line >= 0) {
        int blockEnd = blockEnd(line);
        int entry = matchEntry(line, found, next, blockEnd == line + 1);
        int contentStart = line;
        if (entry >= 0) {
          found[entry] = true;
          if (entry < next) {
            warn(DiagnosticCode.HEADING_OUT_OF_ORDER, "heading \"" + lines.content(line)
                + "\" comes back out of the list's order", line);
          } else {
            next = entry + 1;
          }
          String listed = lines.content(entryLines[entry]);
          String written = lines.content(line);
          if (!listed.equals(written)) {
            info(DiagnosticCode.HEADING_LOOSE_MATCH, "heading \"" + written + "\" matches list entry \""
                + listed + "\" (line " + (entryLines[entry] + 1) + ") only loosely", line);
          }
          body.sections.add(new SectionDraft(written, line));
          contentStart = line + 1;
        }
        addBlocks(body.current(), contentStart, blockEnd);
        line = nextNonBlank(blockEnd);
      }
      for (int i = 0; i < found.length; i++) {
        if (!found[i]) {
          warn(DiagnosticCode.HEADING_NOT_FOUND, "heading \"" + lines.content(entryLines[i])
              + "\" is listed but not found in the body", entryLines[i]);
        }
      }
      return body;
    }

    /**
     * The list entry a block's first line names, or -1. A heading is a line of its own: a one-line
     * block, or the whole first line of a block whose heading was not followed by a blank line (a
     * paragraph that merely begins with a heading's words does not match). Only a one-line block
     * can bring back a heading out of order.
     */
    private int matchEntry(int line, boolean[] found, int next, boolean oneLine) {
      EntryGroup group = entriesByFold.get(foldIfShort(line));
      if (group == null) {
        return -1;
      }
      int ahead = group.firstAtOrAfter(next);
      if (ahead >= 0) {
        return ahead;
      }
      return oneLine ? group.firstUnfound(found, next) : -1;
    }

    /**
     * With no heading list, headings are inferred: a one-line block, short, with no sentence-final
     * punctuation, that is neither a cross-link nor boilerplate, followed by a paragraph.
     */
    private Body parseInferredBody(int bodyStart) {
      Body body = new Body();
      int line = nextNonBlank(bodyStart);
      int firstInferred = -1;
      while (line >= 0) {
        int blockEnd = blockEnd(line);
        int following = nextNonBlank(blockEnd);
        if (isInferredHeading(line)) {
          body.sections.add(new SectionDraft(lines.content(line), line));
          if (firstInferred < 0) {
            firstInferred = line;
          }
        } else {
          addBlocks(body.current(), line, blockEnd);
        }
        line = following;
      }
      if (firstInferred >= 0) {
        warn(DiagnosticCode.HEADINGS_INFERRED, "no heading list after the title; "
            + body.sections.size() + (body.sections.size() == 1 ? " heading was" : " headings were")
            + " inferred from short standalone lines", firstInferred);
      }
      return body;
    }

    /** A one-line block that looks like a heading and is followed by a paragraph. */
    private boolean isInferredHeading(int line) {
      if (blockEnd(line) != line + 1 || !looksLikeHeading(line)) {
        return false;
      }
      int following = nextNonBlank(line + 1);
      return following >= 0 && startsParagraph(following);
    }

    private boolean looksLikeHeading(int line) {
      int length = lines.contentLength(line);
      if (length > MAX_INFERRED_HEADING_LENGTH || endsSentence(line)) {
        return false;
      }
      char last = input.charAt(lines.contentEnd[line] - 1);
      if (last == ',' || last == ';' || last == ':') {
        return false;
      }
      String content = lines.content(line);
      if (Texts.countWords(content) > MAX_INFERRED_HEADING_WORDS || Character.isLowerCase(content.charAt(0))) {
        return false;
      }
      return crossLinkAt(line) == null && !vocabulary.isBoilerplate(content);
    }

    /** Whether the block starting at {@code line} is a paragraph (not a cross-link, not a heading-like line). */
    private boolean startsParagraph(int line) {
      if (crossLinkAt(line) != null || vocabulary.isBoilerplate(lines.content(line))) {
        return false;
      }
      return !(blockEnd(line) == line + 1 && looksLikeHeading(line));
    }

    /** Adds the blocks of lines {@code [from, to)}: each cross-link line alone, other runs as paragraphs. */
    private void addBlocks(List<Block> into, int from, int to) {
      int paragraphStart = -1;
      for (int line = from; line < to; line++) {
        Vocabulary.MarkerMatch match = crossLinkAt(line);
        if (match != null && match.titleStart < 0) {
          info(DiagnosticCode.CROSS_LINK_WITHOUT_TITLE, "cross-link marker \"" + lines.content(line)
              + "\" has no title; kept as text", line);
          match = null;
        }
        if (match == null) {
          if (paragraphStart < 0) {
            paragraphStart = line;
          }
          continue;
        }
        if (paragraphStart >= 0) {
          into.add(paragraph(paragraphStart, line));
          paragraphStart = -1;
        }
        into.add(crossLink(line, match));
      }
      if (paragraphStart >= 0) {
        into.add(paragraph(paragraphStart, to));
      }
    }

    private Paragraph paragraph(int from, int to) {
      String text;
      if (to == from + 1) {
        text = lines.content(from);
      } else {
        StringBuilder joined = new StringBuilder();
        for (int line = from; line < to; line++) {
          if (joined.length() > 0) {
            joined.append(' ');
          }
          joined.append(input, lines.contentStart[line], lines.contentEnd[line]);
        }
        text = joined.toString();
      }
      return Paragraph.builder().text(text).span(span(from, to - 1)).build();
    }

    private CrossLink crossLink(int line, Vocabulary.MarkerMatch match) {
      int start = lines.contentStart[line];
      int end = lines.contentEnd[line];
      String label = input.substring(start, Texts.endOfNonBlank(input, start, match.labelEnd));
      CrossLink.Builder link = CrossLink.builder().label(label).span(span(line, line));
      int titleEnd = end;
      String url = null;
      if (input.charAt(end - 1) == ')') {
        int open = match.titleStart + input.substring(match.titleStart, end - 1).lastIndexOf('(');
        if (open > match.titleStart && isUrl(input, open + 1, end - 1)) {
          url = Texts.strip(input.substring(open + 1, end - 1));
          titleEnd = open;
        }
      }
      if (url == null) {
        int tokenStart = end;
        while (tokenStart > match.titleStart && !Texts.isBlankChar(input.charAt(tokenStart - 1))) {
          tokenStart--;
        }
        if (isUrl(input, tokenStart, end)) {
          url = input.substring(tokenStart, end);
          titleEnd = tokenStart;
        }
      }
      // A separator between title and URL ("Title - https://...") belongs to neither.
      while (titleEnd > match.titleStart
          && (Texts.isBlankChar(input.charAt(titleEnd - 1)) || Vocabulary.isSeparator(input.charAt(titleEnd - 1))
              || input.charAt(titleEnd - 1) == '|')) {
        titleEnd--;
      }
      String title = input.substring(match.titleStart, titleEnd);
      if (Texts.isBlank(title)) {
        title = url != null ? url : input.substring(match.titleStart, end);
      }
      if (url != null) {
        link.url(url);
      }
      return link.title(title).build();
    }

    // ---- boilerplate -------------------------------------------------------------------------

    /**
     * Boilerplate is the trailing run of blocks that match the phrases, plus, after a related-content
     * header such as "Et aussi", the short lines that follow it (related titles).
     */
    private void moveTrailingBoilerplate(Body body) {
      List<Block> blocks = body.sections.isEmpty() ? body.lead : body.sections.get(body.sections.size() - 1).blocks;
      int start = trailingPhraseRun(blocks, blocks.size());
      int windowStart = Math.max(0, start - BOILERPLATE_HEADER_WINDOW);
      for (int i = windowStart; i < start; i++) {
        Block block = blocks.get(i);
        if (block instanceof Paragraph && vocabulary.isExactPhrase(block.text()) && allShortLines(blocks, i + 1, start)) {
          start = trailingPhraseRun(blocks, i);
          break;
        }
      }
      List<Block> trailing = blocks.subList(start, blocks.size());
      for (Block block : trailing) {
        SourceSpan span = block.span().orElseThrow();
        String text = block instanceof Paragraph ? block.text() : span.textIn(input);
        body.boilerplate.add(Boilerplate.builder().text(text).span(span).build());
      }
      trailing.clear();
    }

    private int trailingPhraseRun(List<Block> blocks, int end) {
      int start = end;
      while (start > 0 && blocks.get(start - 1) instanceof Paragraph
          && vocabulary.isBoilerplate(blocks.get(start - 1).text())) {
        start--;
      }
      return start;
    }

    private boolean allShortLines(List<Block> blocks, int from, int to) {
      for (int i = from; i < to; i++) {
        SourceSpan span = blocks.get(i).span().orElseThrow();
        if (span.startLine() != span.endLine() || span.length() > MAX_RELATED_TITLE_LENGTH) {
          return false;
        }
      }
      return true;
    }

    // ---- helpers -----------------------------------------------------------------------------

    private Vocabulary.@Nullable MarkerMatch crossLinkAt(int line) {
      if (lines.isBlank(line)) {
        return null;
      }
      return vocabulary.matchMarker(input, lines.contentStart[line], lines.contentEnd[line]);
    }

    private int nextNonBlank(int from) {
      for (int line = from; line < lines.count; line++) {
        if (!lines.isBlank(line)) {
          return line;
        }
      }
      return -1;
    }

    /** The line after the block of non-blank lines that starts at {@code line}. */
    private int blockEnd(int line) {
      int end = line + 1;
      while (end < lines.count && !lines.isBlank(end)) {
        end++;
      }
      return end;
    }

    private boolean endsSentence(int line) {
      if (lines.isBlank(line)) {
        return false;
      }
      char last = input.charAt(lines.contentEnd[line] - 1);
      return last == '.' || last == '!' || last == '?' || last == '\u2026' || last == '\u3002';
    }

    private SourceSpan span(int firstLine, int lastLine) {
      return SourceSpan.of(firstLine + 1, lastLine + 1, lines.contentStart[firstLine], lines.contentEnd[lastLine]);
    }

    /** The folded line when it is short enough to be a heading; lines longer than any entry never match. */
    private String foldIfShort(int line) {
      if (lines.contentLength(line) > 2 * maxEntryLength + 16) {
        return "";
      }
      return fold(line);
    }

    private String fold(int line) {
      String folded = foldCache[line];
      if (folded == null) {
        folded = foldHeading(input, lines.contentStart[line], lines.contentEnd[line]);
        foldCache[line] = folded;
      }
      return folded;
    }

    private void warn(DiagnosticCode code, String message, int line) {
      diagnostics.add(new Diagnostic(Severity.WARNING, code, message, line + 1, lines.contentColumn(line)));
    }

    private void info(DiagnosticCode code, String message, int line) {
      diagnostics.add(new Diagnostic(Severity.INFO, code, message, line + 1, lines.contentColumn(line)));
    }

    /**
     * The list entries that share one folded text, in list order. Every entry at or after the
     * matching cursor {@code next} is still unfound (entries are only ever found at or before it), so
     * the first entry ahead is a binary search and the first unfound one behind a moving cursor:
     * repeated headings cost no quadratic rescans.
     */
    private static final class EntryGroup {
      int[] entries = new int[1];
      int size;
      int cursor;

      void add(int entry) {
        if (size == entries.length) {
          entries = java.util.Arrays.copyOf(entries, size * 2);
        }
        entries[size++] = entry;
      }

      int firstAtOrAfter(int next) {
        int index = java.util.Arrays.binarySearch(entries, 0, size, next);
        if (index < 0) {
          index = -index - 1;
        }
        return index < size ? entries[index] : -1;
      }

      int firstUnfound(boolean[] found, int next) {
        while (cursor < size && found[entries[cursor]]) {
          cursor++;
        }
        return cursor < size && entries[cursor] < next ? entries[cursor] : -1;
      }
    }

    /** The body's content as it is assembled. */
    private static final class Body {
      final List<Block> lead = new ArrayList<>();
      final List<SectionDraft> sections = new ArrayList<>();
      final List<Boilerplate> boilerplate = new ArrayList<>();

      List<Block> current() {
        return sections.isEmpty() ? lead : sections.get(sections.size() - 1).blocks;
      }
    }

    private final class SectionDraft {
      final String heading;
      final int headingLine;
      final List<Block> blocks = new ArrayList<>();

      SectionDraft(String heading, int headingLine) {
        this.heading = heading;
        this.headingLine = headingLine;
      }

      Section build() {
        int lastLine = headingLine;
        int endOffset = lines.contentEnd[headingLine];
        if (!blocks.isEmpty()) {
          SourceSpan last = blocks.get(blocks.size() - 1).span().orElseThrow();
          lastLine = last.endLine() - 1;
          endOffset = last.endOffset();
        }
        SourceSpan span = SourceSpan.of(headingLine + 1, lastLine + 1, lines.contentStart[headingLine], endOffset);
        return Section.builder().heading(heading).addAllBlocks(blocks).span(span).build();
      }
    }
  }

  /**
   * Folds a heading for loose matching: case, runs of blanks (no-break spaces included), typographic
   * apostrophes, quotes and dashes, spaces inside quotes and before {@code ? ! : ;} do not count.
   */
  static String foldHeading(String input, int start, int end) {
    if (start < 0) {
      return "";
    }
    CharSequence text = input.subSequence(start, end);
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x300) {
        text = Normalizer.normalize(text, Normalizer.Form.NFC);
        break;
      }
    }
    StringBuilder out = new StringBuilder(text.length());
    boolean pendingSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Texts.isBlankChar(c)) {
        pendingSpace = out.length() > 0;
        continue;
      }
      c = foldMark(c);
      if (pendingSpace) {
        char previous = out.charAt(out.length() - 1);
        boolean tight = previous == '"' || c == '"' || c == '?' || c == '!' || c == ':' || c == ';';
        if (!tight) {
          out.append(' ');
        }
        pendingSpace = false;
      }
      out.append(Character.toLowerCase(c));
    }
    return out.toString();
  }

  private static char foldMark(char c) {
    switch (c) {
      case '\u2018':
      case '\u2019':
      case '\u201A':
      case '\u201B':
      case '\u02BC':
      case '\u00B4':
      case '`':
      case '\u2032':
        return '\'';
      case '\u00AB':
      case '\u00BB':
      case '\u201C':
      case '\u201D':
      case '\u201E':
      case '\u201F':
      case '\u2033':
      case '\u2039':
      case '\u203A':
        return '"';
      case '\u2010':
      case '\u2011':
      case '\u2012':
      case '\u2013':
      case '\u2014':
      case '\u2015':
      case '\u2212':
        return '-';
      default:
        return c;
    }
  }

  private static boolean isUrl(String input, int start, int end) {
    int from = Texts.firstNonBlank(input, start, end);
    if (from < 0) {
      return false;
    }
    int to = Texts.endOfNonBlank(input, from, end);
    for (int i = from; i < to; i++) {
      if (Texts.isBlankChar(input.charAt(i))) {
        return false;
      }
    }
    return input.startsWith("https://", from) || input.startsWith("http://", from)
        || input.startsWith("www.", from);
  }
}

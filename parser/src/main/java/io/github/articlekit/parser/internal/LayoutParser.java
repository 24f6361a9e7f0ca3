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
import java.util.List;
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
    /** Reused for folding lines, so that a line that matches no heading allocates nothing. */
    private final FoldBuffer scratch = new FoldBuffer();

    // The heading list: its line numbers (0-based), and its entries grouped by folded text.
    private int[] entryLines = new int[0];
    private String[] entryTexts = new String[0];
    /** Made for the block after the title, sized by its lines; empty until then and when that block is no list. */
    private HeadingTable headings = HeadingTable.NONE;
    /** Per line: 0 not looked up yet, -1 no group, else 1 + the index of the line's group. */
    private int[] lineGroup = new int[0];

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
      lineGroup = new int[lines.count];
      Article.Builder article = Article.builder().title(lines.content(title));

      int listStart = nextNonBlank(title + 1);
      int bodyStart = title + 1;
      boolean hasList = false;
      if (listStart >= 0) {
        int listEnd = candidateListEnd(listStart);
        if (isHeadingList(listStart, listEnd)) {
          hasList = true;
          article.addHeadings(entryTexts);
          bodyStart = listEnd;
        } else {
          entryLines = new int[0];
          entryTexts = new String[0];
          headings = HeadingTable.NONE;
          java.util.Arrays.fill(lineGroup, 0);
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
      headings = new HeadingTable(input, blockEnd - listStart, scratch);
      boolean repeated = false;
      for (int line = listStart; line < blockEnd; line++) {
        EntryGroup group = headings.getOrAdd(lines.contentStart[line], lines.contentEnd[line]);
        lineGroup[line] = group.index + 1;
        if (++group.listed == 2) {
          headings.markRepeated(group);
          repeated = true;
        }
      }
      int listEnd = blockEnd;
      if (repeated) {
        countHeadingLines(blockEnd);
        for (int line = listStart; line < blockEnd; line++) {
          EntryGroup group = headings.group(lineGroup[line] - 1);
          if (group.seenInList && group.inBody < group.listed) {
            listEnd = line;
            break;
          }
          group.seenInList = true;
        }
      }
      entryLines = new int[listEnd - listStart];
      entryTexts = new String[listEnd - listStart];
      for (int i = 0; i < entryLines.length; i++) {
        entryLines[i] = listStart + i;
        entryTexts[i] = lines.content(listStart + i);
        headings.group(lineGroup[listStart + i] - 1).add(i);
      }
      // Block lines past the cut are body lines: look them up afresh against the entries.
      for (int line = listEnd; line < blockEnd; line++) {
        lineGroup[line] = 0;
      }
      return listEnd;
    }

    /** Counts, for each group, the blocks from {@code from} on whose first line folds to it. */
    private void countHeadingLines(int from) {
      for (int line = nextNonBlank(from); line >= 0; line = nextNonBlank(blockEnd(line))) {
        // Only repeated entries are counted: a line whose ends fold to none of theirs is skipped unfolded.
        if (!headings.mayHoldRepeatedEnds(lines.contentStart[line], lines.contentEnd[line])) {
          continue;
        }
        EntryGroup group = groupOf(line);
        if (group != null) {
          group.inBody++;
        }
      }
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
            && hasEntries(groupOf(line))) {
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
          String listed = entryTexts[entry];
          // Written as listed (the common case): the entry's text serves as the heading's.
          boolean asListed = lines.sameContent(line, entryLines[entry]);
          String written = asListed ? listed : lines.content(line);
          if (!asListed) {
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
          warn(DiagnosticCode.HEADING_NOT_FOUND, "heading \"" + entryTexts[i]
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
      if (next < entryTexts.length && lines.sameContent(line, entryLines[next])) {
        return next; // the common case: the heading expected next, written exactly as listed
      }
      EntryGroup group = groupOf(line);
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
        // "(url)" closing the line: the '(' that balances the last ')' (URLs may hold parentheses),
        // else the last '(' (a URL may hold an unbalanced ')').
        int balanced = matchingOpenParenthesis(end - 1, match.titleStart);
        int last = lastOpenParenthesis(end - 1, match.titleStart);
        for (int open : new int[] {balanced, last}) {
          // open == titleStart: the whole title is "(url)", which then is title and URL alike.
          if (url == null && open >= match.titleStart && isUrl(input, open + 1, end - 1)) {
            url = Texts.strip(input.substring(open + 1, end - 1));
            titleEnd = Texts.endOfNonBlank(input, match.titleStart, open);
          }
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
          // A separator between title and bare URL ("Title - https://...") belongs to neither.
          while (titleEnd > match.titleStart && (Texts.isBlankChar(input.charAt(titleEnd - 1))
              || Vocabulary.isSeparator(input.charAt(titleEnd - 1)) || input.charAt(titleEnd - 1) == '|')) {
            titleEnd--;
          }
        }
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

    /** The last '(' in {@code [from, before)}, or -1. */
    private int lastOpenParenthesis(int before, int from) {
      for (int i = before - 1; i >= from; i--) {
        if (input.charAt(i) == '(') {
          return i;
        }
      }
      return -1;
    }

    /** The '(' that the ')' at {@code close} closes, parentheses inside counted, or -1. */
    private int matchingOpenParenthesis(int close, int from) {
      int depth = 0;
      for (int i = close; i >= from; i--) {
        char c = input.charAt(i);
        if (c == ')') {
          depth++;
        } else if (c == '(' && --depth == 0) {
          return i;
        }
      }
      return -1;
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

    /** The heading group the line names, or null; looked up once per line. */
    private @Nullable EntryGroup groupOf(int line) {
      int known = lineGroup[line];
      if (known == 0) {
        EntryGroup group = lines.isBlank(line) ? null
            : headings.get(lines.contentStart[line], lines.contentEnd[line]);
        known = group == null ? -1 : group.index + 1;
        lineGroup[line] = known;
      }
      return known < 0 ? null : headings.group(known - 1);
    }

    private boolean hasEntries(@Nullable EntryGroup group) {
      return group != null && group.size > 0;
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
      final int index;
      /** Where the first entry's text is in the input. */
      final int textStart;
      final int textEnd;
      /** The slot of the text's ends in the table's filter, or {@link HeadingTable#WILD}. */
      final int endsSlot;
      /** The folded text the group's entries share; null until a line with the same ends needs it. */
      char @Nullable [] key;
      int keyHash;
      /** 1 + the index of the next group of the same slot still to fold, 0 for none. */
      int nextToFold;
      int[] entries = new int[1];
      int size;
      int cursor;
      /** How often the block after the title lists this heading, and how often the body brings it back. */
      int listed;
      int inBody;
      boolean seenInList;

      EntryGroup(int index, int textStart, int textEnd, int endsSlot) {
        this.index = index;
        this.textStart = textStart;
        this.textEnd = textEnd;
        this.endsSlot = endsSlot;
      }

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

    /**
     * Heading groups by folded text. Folding waits until it is needed: a line is only compared with the
     * groups whose texts have the same first and last letters (folded), so a list entry is folded
     * when another list line or a body line shares those with it, and most are never folded at all.
     * Folded groups are in an open-addressing table probed with a {@link FoldBuffer}.
     */
    private static final class HeadingTable {
      /** The slot of a text whose ends a combining mark may change: it may fold like any other. */
      static final int WILD = -1;
      /** A table without groups, for an article without a heading list. */
      static final HeadingTable NONE = new HeadingTable("", 0, new FoldBuffer());

      private final String input;
      private final FoldBuffer folded;
      private final List<EntryGroup> groups = new ArrayList<>();
      // The folded groups, by the hash of their keys.
      private EntryGroup[] table;
      private int tableSize;
      /** Per slot of first and last letters: whether a group has it, and the chain of those still to fold. */
      private final int slotMask;
      private final long[] slotUsed;
      private final int[] toFold;
      private int unfolded;
      /** A group whose ends are wild: any line may fold like it, so no line is dismissed by its ends. */
      private boolean wildGroup;
      /** The slots of the groups the list repeats, for {@link #mayHoldRepeatedEnds}. */
      private final long[] repeatedSlots;
      private boolean wildRepeated;

      /** A table for about {@code expectedKeys} groups; {@code folded} is the buffer it folds lines into. */
      HeadingTable(String input, int expectedKeys, FoldBuffer folded) {
        this.input = input;
        this.folded = folded;
        table = new EntryGroup[Integer.highestOneBit(Math.max(8, expectedKeys) * 2 - 1) * 2];
        int slots = Math.min(1 << 16, Math.max(256, Integer.highestOneBit(Math.max(1, expectedKeys) * 8 - 1) * 2));
        slotMask = slots - 1;
        slotUsed = new long[slots / 64];
        repeatedSlots = new long[slots / 64];
        toFold = new int[slots];
      }

      /** The group whose folded text the text in {@code [start, end)} folds to, or null. */
      @Nullable EntryGroup get(int start, int end) {
        if (groups.isEmpty()) {
          return null;
        }
        int slot = slotOf(start, end);
        return noGroupMayMatch(slot) ? null : foldAndFind(slot, start, end);
      }

      /** The group of a list line: the one it folds like, else a new one. */
      EntryGroup getOrAdd(int start, int end) {
        int slot = slotOf(start, end);
        if (noGroupMayMatch(slot)) {
          // The first text with these ends: its own group, folded later if ever needed.
          EntryGroup group = newGroup(start, end, slot);
          group.nextToFold = toFold[slot];
          toFold[slot] = group.index + 1;
          unfolded++;
          return group;
        }
        EntryGroup group = foldAndFind(slot, start, end);
        if (group == null) {
          group = newGroup(start, end, slot);
          group.key = folded.copy();
          group.keyHash = folded.hash;
          insert(group);
        }
        return group;
      }

      /** Whether no group can fold like a text of {@code slot}: none has its ends, and none is wild. */
      private boolean noGroupMayMatch(int slot) {
        return slot != WILD && !wildGroup && !isSet(slotUsed, slot);
      }

      /** Folds the text in {@code [start, end)} (and the groups it may fold like) and finds its group. */
      private @Nullable EntryGroup foldAndFind(int slot, int start, int end) {
        foldCandidates(slot);
        foldHeading(input, start, end, folded);
        return find();
      }

      private EntryGroup newGroup(int start, int end, int slot) {
        EntryGroup group = new EntryGroup(groups.size(), start, end, slot);
        groups.add(group);
        if (slot == WILD) {
          wildGroup = true;
        } else {
          set(slotUsed, slot);
        }
        return group;
      }

      /** Folds the groups a line of {@code slot} may fold like: those of its slot, or all for a wild one. */
      private void foldCandidates(int slot) {
        if (unfolded == 0) {
          return;
        }
        if (slot != WILD) {
          foldChain(slot);
          return;
        }
        for (EntryGroup group : groups) {
          if (group.endsSlot != WILD && toFold[group.endsSlot] != 0) {
            foldChain(group.endsSlot);
          }
        }
      }

      /** Folds the chain of {@code slot} (through {@link #folded}, before the line is folded into it). */
      private void foldChain(int slot) {
        for (int next = toFold[slot]; next != 0; next = groups.get(next - 1).nextToFold) {
          EntryGroup group = groups.get(next - 1);
          foldHeading(input, group.textStart, group.textEnd, folded);
          group.key = folded.copy();
          group.keyHash = folded.hash;
          insert(group);
          unfolded--;
        }
        toFold[slot] = 0;
      }

      /** The folded group whose key is in {@link #folded}, or null. */
      private @Nullable EntryGroup find() {
        int mask = table.length - 1;
        for (int i = spread(folded.hash) & mask; table[i] != null; i = (i + 1) & mask) {
          EntryGroup group = table[i];
          if (group.keyHash == folded.hash && folded.contentEquals(keyOf(group))) {
            return group;
          }
        }
        return null;
      }

      private void insert(EntryGroup group) {
        if ((tableSize + 1) * 2 > table.length) {
          EntryGroup[] old = table;
          table = new EntryGroup[old.length * 2];
          for (EntryGroup moved : old) {
            if (moved != null) {
              place(moved);
            }
          }
        }
        place(group);
        tableSize++;
      }

      private void place(EntryGroup group) {
        int mask = table.length - 1;
        int i = spread(group.keyHash) & mask;
        while (table[i] != null) {
          i = (i + 1) & mask;
        }
        table[i] = group;
      }

      private static char[] keyOf(EntryGroup group) {
        char[] key = group.key;
        if (key == null) {
          throw new IllegalStateException("group " + group.index + " is in the table unfolded");
        }
        return key;
      }

      /**
       * The slot of a text's first and last characters as they fold, or {@link #WILD} when a combining
       * mark at either end (or after the first) may change them under composition.
       */
      private int slotOf(int start, int end) {
        char first = input.charAt(start);
        char second = start + 1 < end ? input.charAt(start + 1) : ' ';
        char last = input.charAt(end - 1);
        if (first >= 0x300 || second >= 0x300 || last >= 0x300) {
          return WILD;
        }
        return (foldFirst(first) * 31 + foldFirst(last)) & slotMask;
      }

      private static boolean isSet(long[] bits, int slot) {
        return (bits[slot >>> 6] & 1L << slot) != 0;
      }

      private static void set(long[] bits, int slot) {
        bits[slot >>> 6] |= 1L << slot;
      }

      /** Marks a group as one the list repeats, for {@link #mayHoldRepeatedEnds}. */
      void markRepeated(EntryGroup group) {
        if (group.endsSlot == WILD) {
          wildRepeated = true;
        } else {
          set(repeatedSlots, group.endsSlot);
        }
      }

      /**
       * Whether the text in {@code [start, end)} may fold like a repeated group, judged by its first
       * and last characters; never false for a text that does.
       */
      boolean mayHoldRepeatedEnds(int start, int end) {
        if (wildRepeated) {
          return true;
        }
        int slot = slotOf(start, end);
        return slot == WILD || isSet(repeatedSlots, slot);
      }

      EntryGroup group(int index) {
        return groups.get(index);
      }

      private static int spread(int h) {
        return h ^ (h >>> 16);
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
   * Folds a heading for loose matching into {@code out}: case, runs of blanks (no-break spaces
   * included), typographic apostrophes, quotes and dashes, spaces inside quotes and before
   * {@code ? ! : ;} do not count. Text with combining marks is compared in its composed form.
   */
  static void foldHeading(String input, int start, int end, FoldBuffer out) {
    out.clear();
    if (start < 0 || start >= end) {
      return;
    }
    if (!fold(input, start, end, false, out)) {
      String composed = Normalizer.normalize(input.subSequence(start, end), Normalizer.Form.NFC);
      fold(composed, 0, composed.length(), true, out);
    }
  }

  /**
   * Folds in place in the buffer's array (folding never lengthens a text). Unless the text is known to
   * be composed already, returns false, leaving the buffer undefined, at a character that composition
   * would change (the marks that remain after composition are kept as they are).
   */
  private static boolean fold(String text, int start, int end, boolean composed, FoldBuffer out) {
    int count = end - start;
    if (out.chars.length < count) {
      out.chars = new char[count];
    }
    char[] chars = out.chars;
    text.getChars(start, end, chars, 0);
    int length = 0;
    boolean pendingSpace = false;
    for (int i = 0; i < count; i++) {
      char c = chars[i];
      if (c < LATIN1_FOLD.length) {
        c = LATIN1_FOLD[c];
        if (c == BLANK) {
          pendingSpace = length > 0;
          continue;
        }
      } else if (Texts.isBlankChar(c)) {
        pendingSpace = length > 0;
        continue;
      } else if (!composed && c >= 0x300 && needsComposition(c)) {
        return false;
      } else {
        c = Character.toLowerCase(foldMark(c));
      }
      if (pendingSpace) {
        // A blank run was skipped, so the space fits before position i.
        char previous = chars[length - 1];
        if (!(previous == '"' || c == '"' || c == '?' || c == '!' || c == ':' || c == ';')) {
          chars[length++] = ' ';
        }
        pendingSpace = false;
      }
      chars[length++] = c;
    }
    out.length = length;
    out.hash = FoldBuffer.hash(chars, length);
    return true;
  }

  /** In {@link #LATIN1_FOLD}: the character is blank. */
  private static final char BLANK = 0;
  /** Latin-1 characters as {@link #fold} folds them ({@link #BLANK} for blanks): one lookup each. */
  private static final char[] LATIN1_FOLD = buildLatin1Fold();

  private static char[] buildLatin1Fold() {
    char[] table = new char[0x100];
    for (char c = 0; c < table.length; c++) {
      table[c] = Texts.isBlankChar(c) ? BLANK : foldFirst(c);
    }
    return table;
  }

  /** A folded heading: its characters and their {@linkplain #hash table hash}. */
  static final class FoldBuffer {
    char[] chars = new char[64];
    int length;
    int hash;

    /**
     * The table's hash of a folded text: its length and four of its characters. Cheaper than
     * {@link String#hashCode()}'s chain of multiplications over every character; headings that share
     * length and ends are rare, and a collision only costs a comparison.
     */
    static int hash(char[] chars, int length) {
      if (length == 0) {
        return 0;
      }
      int h = length;
      h = 31 * h + chars[0];
      h = 31 * h + chars[length >>> 1];
      h = 31 * h + chars[length - 1];
      return 31 * h + chars[(length - 1) >>> 2];
    }

    void clear() {
      length = 0;
      hash = 0;
    }

    boolean contentEquals(char[] key) {
      return java.util.Arrays.equals(chars, 0, length, key, 0, key.length);
    }

    char[] copy() {
      return java.util.Arrays.copyOf(chars, length);
    }

    @Override
    public String toString() {
      return new String(chars, 0, length);
    }
  }

  /** Combining marks and conjoining jamo change under NFC; precomposed letters do not. */
  private static boolean needsComposition(char c) {
    if (c >= 0x1100 && c <= 0x11FF) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /** The first character of a fold, as {@link #fold} makes it. */
  private static char foldFirst(char c) {
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c == '`' ? '\'' : c;
    }
    return Character.toLowerCase(foldMark(c));
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

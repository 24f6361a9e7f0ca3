package io.github.articlekit.parser;

import static io.github.articlekit.testing.Checks.check;

import io.github.articlekit.core.Article;
import io.github.articlekit.core.ArticleException;
import io.github.articlekit.core.ErrorCode;
import io.github.articlekit.core.ArticleJson;
import io.github.articlekit.core.Block;
import io.github.articlekit.core.Boilerplate;
import io.github.articlekit.core.CrossLink;
import io.github.articlekit.core.Paragraph;
import io.github.articlekit.core.Section;
import io.github.articlekit.core.SourceSpan;
import io.github.articlekit.core.internal.Texts;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The parser's guarantees for <em>any</em> input, written once and checked by the property tests and the
 * fuzz tests: a result or an {@link ArticleException} with a justified code, nothing else; on success,
 * spans that hold their elements, nothing lost, diagnostics that point into the input.
 *
 * <p>Checks throw {@link AssertionError} with a message; they avoid AssertJ so that a fuzzer's hot loop
 * stays fast.
 */
final class Contracts {
  private Contracts() {}

  /** The codes a lenient parser may refuse text with. */
  static final Set<ErrorCode> TEXT_REFUSALS = Set.of(ErrorCode.EMPTY_INPUT, ErrorCode.NOT_TEXT,
      ErrorCode.INPUT_TOO_LARGE);

  /**
   * Parses {@code text} and checks the outcome: a result that keeps every guarantee, or a refusal the
   * text deserves. Any other exception propagates.
   *
   * @return the result, or null when the text was (rightly) refused
   */
  static @Nullable ParseResult parseChecked(ArticleParser parser, String text, long limit) {
    ParseResult result;
    try {
      result = parser.parse(text);
    } catch (ArticleException e) {
      checkRefusal(e, text, limit);
      return null;
    }
    checkAccepted(result, text, limit);
    return result;
  }

  // ---- refusals --------------------------------------------------------------------------------

  /** A refusal of text must be one of the documented codes, and the text must deserve it. */
  static void checkRefusal(ArticleException e, String text, long limit) {
    ErrorCode code = e.code();
    check(TEXT_REFUSALS.contains(code), () -> "unexpected refusal code " + code + ": " + e.getMessage());
    check(e.getMessage() != null && !e.getMessage().isEmpty(), () -> "refusal without a message: " + code);
    if (code == ErrorCode.INPUT_TOO_LARGE) {
      check(text.length() > limit, () -> "refused as too large at " + text.length() + " <= " + limit);
      return;
    }
    check(text.length() <= limit, () -> "over the limit but refused with " + code);
    int bad = firstRefusedChar(text);
    if (code == ErrorCode.NOT_TEXT) {
      check(bad >= 0, () -> "NOT_TEXT for text without a refused character: " + e.getMessage());
      int[] lineColumn = lineAndColumn(text, bad);
      check(e.line().orElse(-1) == lineColumn[0] && e.column().orElse(-1) == lineColumn[1],
          () -> "NOT_TEXT at " + e.line() + ":" + e.column() + ", but the first refused character is at "
              + lineColumn[0] + ":" + lineColumn[1] + " (" + e.getMessage() + ")");
    } else {
      check(bad < 0, () -> "EMPTY_INPUT for text with a refused character at " + bad);
      check(Texts.isBlank(text), () -> "EMPTY_INPUT for text that is not blank");
    }
  }

  /**
   * The first character the parser must refuse: a control character other than the line ends, tab,
   * form feed, vertical tab and next line (U+0085), or a lone surrogate; -1 if none.
   */
  static int firstRefusedChar(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
        continue;
      }
      if (Character.isSurrogate(c)) {
        return i;
      }
      boolean control = c < ' ' || (c >= 0x7F && c <= 0x9F);
      if (control && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x0B && c != 0x85) {
        return i;
      }
    }
    return -1;
  }

  // ---- accepted input --------------------------------------------------------------------------

  /** Everything a result promises about the text it came from. */
  static void checkAccepted(ParseResult result, String text, long limit) {
    check(text.length() <= limit, () -> "accepted text over the limit");
    check(firstRefusedChar(text) < 0, () -> "accepted text with a refused character at " + firstRefusedChar(text));
    check(!Texts.isBlank(text), () -> "accepted blank text");
    Article article = result.article();
    List<String> lines = lines(text);
    check(article.title().equals(firstNonBlankLine(lines)),
        () -> "title \"" + article.title() + "\" is not the first non-blank line");
    checkSpans(article, text);
    checkNothingLost(article, lines);
    if (!result.diagnostics().isEmpty()) {
      for (Diagnostic diagnostic : result.diagnostics()) {
        check(diagnostic.line() >= 1 && diagnostic.line() <= lines.size() && diagnostic.column() >= 1,
            () -> "diagnostic outside the input: " + diagnostic);
        check(diagnostic.column() <= lines.get(diagnostic.line() - 1).length() + 1,
            () -> "diagnostic column past its line: " + diagnostic);
      }
    }
  }

  /**
   * {@code input.substring(span)} holds each element: every section, block and boilerplate entry has a
   * span; it sits on the lines it names, hugs the element's text (no blank at either end), and the
   * elements follow each other in document order without overlapping.
   */
  static void checkSpans(Article article, String input) {
    int[] lineStarts = lineStarts(input);
    int previousEnd = 0;
    for (Block block : article.lead()) {
      previousEnd = checkBlockSpan(block, input, lineStarts, previousEnd);
    }
    for (Section section : article.sections()) {
      SourceSpan span = spanOf(section.span().orElse(null), "section \"" + section.heading() + "\"");
      checkSpanBasics(span, input, lineStarts, previousEnd, "section");
      String source = span.textIn(input);
      check(source.startsWith(section.heading()),
          () -> "section span \"" + abbreviate(source) + "\" does not start with its heading \"" + section.heading() + "\"");
      int blockEnd = span.startOffset() + section.heading().length();
      for (Block block : section.blocks()) {
        blockEnd = checkBlockSpan(block, input, lineStarts, blockEnd);
      }
      int lastBlockEnd = blockEnd;
      check(lastBlockEnd == span.endOffset(), () -> "section span " + span + " does not end with its last element ("
          + lastBlockEnd + ")");
      previousEnd = span.endOffset();
    }
    for (Boilerplate boilerplate : article.boilerplate()) {
      SourceSpan span = spanOf(boilerplate.span().orElse(null), "boilerplate \"" + boilerplate.text() + "\"");
      checkSpanBasics(span, input, lineStarts, previousEnd, "boilerplate");
      String source = span.textIn(input);
      check(squash(source).equals(squash(boilerplate.text())),
          () -> "boilerplate span \"" + abbreviate(source) + "\" does not hold \"" + abbreviate(boilerplate.text()) + "\"");
      previousEnd = span.endOffset();
    }
  }

  private static int checkBlockSpan(Block block, String input, int[] lineStarts, int previousEnd) {
    SourceSpan span = spanOf(block.span().orElse(null), "block \"" + abbreviate(block.text()) + "\"");
    checkSpanBasics(span, input, lineStarts, previousEnd, "block");
    String source = span.textIn(input);
    if (block instanceof CrossLink) {
      CrossLink link = (CrossLink) block;
      check(span.startLine() == span.endLine(), () -> "cross-link spans lines: " + span);
      check(source.startsWith(link.label()), () -> "cross-link span \"" + source + "\" does not start with its label");
      check(source.contains(link.title()), () -> "cross-link span \"" + source + "\" does not hold its title \""
          + link.title() + "\"");
      link.url().ifPresent(url -> check(source.contains(url), () -> "cross-link span \"" + source
          + "\" does not hold its url \"" + url + "\""));
    } else {
      check(block instanceof Paragraph, () -> "unknown block " + block);
      check(squash(source).equals(squash(block.text())),
          () -> "paragraph span \"" + abbreviate(source) + "\" does not hold \"" + abbreviate(block.text()) + "\"");
    }
    return span.endOffset();
  }

  private static SourceSpan spanOf(@Nullable SourceSpan span, String what) {
    if (span == null) {
      throw new AssertionError(what + " has no span");
    }
    return span;
  }

  private static void checkSpanBasics(SourceSpan span, String input, int[] lineStarts, int previousEnd, String what) {
    check(span.startOffset() >= previousEnd, () -> what + " span " + span + " overlaps the element before it (ends at "
        + previousEnd + ")");
    check(span.startOffset() < span.endOffset() && span.endOffset() <= input.length(),
        () -> what + " span " + span + " is empty or past the input (" + input.length() + ")");
    check(!Texts.isBlankChar(input.charAt(span.startOffset())) && !Texts.isBlankChar(input.charAt(span.endOffset() - 1)),
        () -> what + " span " + span + " does not hug its text");
    check(lineOf(lineStarts, span.startOffset()) == span.startLine(),
        () -> what + " span " + span + " starts on line " + lineOf(lineStarts, span.startOffset()));
    check(lineOf(lineStarts, span.endOffset() - 1) == span.endLine(),
        () -> what + " span " + span + " ends on line " + lineOf(lineStarts, span.endOffset() - 1));
  }

  /**
   * Every non-blank input line's text is found in the model, in order, each line after the one before.
   * Compared without blanks and without the layout's own characters (the separators between a
   * cross-link's label, title and URL, the parentheses around a URL, a pipe before it), which the model
   * does not keep.
   */
  static void checkNothingLost(Article article, String input) {
    checkNothingLost(article, lines(input));
  }

  private static void checkNothingLost(Article article, List<String> lines) {
    String model = layoutSquash(flatten(article));
    int from = 0;
    for (String line : lines) {
      if (Texts.isBlank(line)) {
        continue;
      }
      String wanted = layoutSquash(line);
      int at = model.indexOf(wanted, from);
      int after = from;
      check(at >= 0, () -> "line \"" + abbreviate(line) + "\" is lost: \"" + abbreviate(wanted)
          + "\" not found in the model after offset " + after);
      from = at + wanted.length();
    }
  }

  /** The model's text in document order: title, heading list, lead, sections, boilerplate. */
  static String flatten(Article article) {
    StringBuilder out = new StringBuilder(article.title()).append('\n');
    article.headings().forEach(h -> out.append(h).append('\n'));
    article.lead().forEach(b -> appendBlock(out, b));
    for (Section section : article.sections()) {
      out.append(section.heading()).append('\n');
      section.blocks().forEach(b -> appendBlock(out, b));
    }
    article.boilerplate().forEach(b -> out.append(b.text()).append('\n'));
    return out.toString();
  }

  private static void appendBlock(StringBuilder out, Block block) {
    if (block instanceof CrossLink) {
      CrossLink link = (CrossLink) block;
      out.append(link.label()).append(' ').append(link.title()).append(' ').append(link.url().orElse("")).append('\n');
    } else {
      out.append(block.text()).append('\n');
    }
  }

  /** Text without blanks and without the characters the layout uses between a cross-link's parts. */
  static String layoutSquash(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Texts.isBlankChar(c) || isLayoutChar(c)) {
        continue;
      }
      out.append(c);
    }
    return out.toString();
  }

  private static boolean isLayoutChar(char c) {
    switch (c) {
      case ':':
      case '\uFF1A':
      case '-':
      case '\u2010':
      case '\u2011':
      case '\u2012':
      case '\u2013':
      case '\u2014':
      case '\u2015':
      case '(':
      case ')':
      case '|':
        return true;
      default:
        return false;
    }
  }

  /** Runs of reader-blank characters (line ends included) as one space, trimmed. */
  static String squash(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Texts.isBlankChar(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  // ---- bytes -----------------------------------------------------------------------------------

  /**
   * Parses bytes (UTF-8) and checks the outcome against the text entry point: malformed bytes are
   * refused at the offset where the valid prefix ends; well-formed bytes give exactly what the decoded
   * text gives.
   */
  static @Nullable ParseResult parseBytesChecked(ArticleParser parser, byte[] bytes, long limit) {
    ParseResult result;
    try {
      result = parser.parse(new java.io.ByteArrayInputStream(bytes));
    } catch (ArticleException e) {
      String foreignMark = foreignByteOrderMark(bytes);
      if (foreignMark != null) {
        check(e.code() == ErrorCode.MALFORMED_INPUT && e.byteOffset().orElse(-1) == 0
            && e.getMessage().contains(foreignMark), () -> foreignMark + " mark refused as " + e.getMessage());
      } else if (e.code() == ErrorCode.NOT_TEXT && decodeStrict(bytes) == null) {
        // A binary file: the first control byte before the first malformed sequence.
        int malformed = firstMalformedUtf8(bytes);
        int control = -1;
        for (int i = 0; i < malformed && control < 0; i++) {
          if ((bytes[i] >= 0 && bytes[i] < 0x20 && "\t\n\r\u000B\f".indexOf(bytes[i]) < 0) || bytes[i] == 0x7F) {
            control = i;
          }
        }
        int expected = control;
        check(expected >= 0 && e.byteOffset().orElse(-1) == expected,
            () -> "malformed bytes refused as not text at " + e.byteOffset() + ", first control byte at " + expected);
      } else if (e.code().equals(ErrorCode.MALFORMED_INPUT)) {
        checkMalformed(e, bytes);
      } else if (e.code().equals(ErrorCode.INPUT_TOO_LARGE)) {
        check(bytes.length > limit, () -> "refused as too large at " + bytes.length + " bytes <= " + limit);
      } else {
        String text = decodeStrict(bytes);
        check(text != null, () -> "malformed bytes refused with " + e.code() + " instead of MALFORMED_INPUT");
        checkRefusal(e, text, Long.MAX_VALUE);
        ArticleException viaText = refusalOf(parser, text);
        check(viaText != null && viaText.code().equals(e.code()),
            () -> "bytes refused with " + e.code() + " but the same text gives " + (viaText == null ? "a result" : viaText.code()));
        if (e.code() == ErrorCode.NOT_TEXT) {
          long expected = text.substring(0, firstRefusedChar(text)).getBytes(StandardCharsets.UTF_8).length;
          check(e.byteOffset().orElse(-1) == expected,
              () -> "not text at byte offset " + e.byteOffset() + ", expected " + expected);
        }
      }
      return null;
    }
    check(bytes.length <= limit, () -> "accepted " + bytes.length + " bytes over the limit " + limit);
    String text = decodeStrict(bytes);
    check(text != null, () -> "accepted malformed UTF-8");
    checkAccepted(result, text, Long.MAX_VALUE);
    ParseResult viaText = parser.parse(text);
    check(sameResult(viaText, result), () -> "bytes and text entry points disagree");
    return result;
  }

  /** The encoding whose byte order mark starts {@code bytes} when it is not UTF-8's, else null. */
  private static @Nullable String foreignByteOrderMark(byte[] bytes) {
    int b0 = bytes.length > 0 ? bytes[0] & 0xFF : -1;
    int b1 = bytes.length > 1 ? bytes[1] & 0xFF : -1;
    boolean twoZeros = bytes.length > 3 && bytes[2] == 0 && bytes[3] == 0;
    if (b0 == 0 && b1 == 0 && bytes.length > 3 && (bytes[2] & 0xFF) == 0xFE && (bytes[3] & 0xFF) == 0xFF) {
      return "UTF-32 (big-endian)";
    }
    if (b0 == 0xFF && b1 == 0xFE) {
      return twoZeros ? "UTF-32 (little-endian)" : "UTF-16 (little-endian)";
    }
    return b0 == 0xFE && b1 == 0xFF ? "UTF-16 (big-endian)" : null;
  }

  private static @Nullable ArticleException refusalOf(ArticleParser parser, String text) {
    try {
      parser.parse(text);
      return null;
    } catch (ArticleException e) {
      return e;
    }
  }

  private static void checkMalformed(ArticleException e, byte[] bytes) {
    int expected = firstMalformedUtf8(bytes);
    check(expected >= 0, () -> "well-formed UTF-8 refused as malformed: " + e.getMessage());
    check(e.byteOffset().orElse(-1) == expected,
        () -> "malformed input at byte offset " + e.byteOffset() + ", but the first bad sequence starts at " + expected);
    check(e.getMessage().contains("byte offset " + expected), () -> "message does not give the byte offset: " + e.getMessage());
    String prefix = decodeStrict(java.util.Arrays.copyOf(bytes, expected));
    check(prefix != null, () -> "the bytes before offset " + expected + " are not valid UTF-8");
    int[] lineColumn = lineAndColumn(prefix, prefix.length());
    check(e.line().orElse(-1) == lineColumn[0] && e.column().orElse(-1) == lineColumn[1],
        () -> "malformed input at " + e.line() + ":" + e.column() + ", expected " + lineColumn[0] + ":" + lineColumn[1]);
  }

  /**
   * Where the first byte sequence that is not a well-formed UTF-8 character starts (RFC 3629: no
   * overlong forms, no surrogates, nothing past U+10FFFF, no truncated sequence), or -1.
   */
  static int firstMalformedUtf8(byte[] bytes) {
    int i = 0;
    while (i < bytes.length) {
      int b = bytes[i] & 0xFF;
      int length;
      int min;
      if (b < 0x80) {
        i++;
        continue;
      } else if (b >= 0xC2 && b <= 0xDF) {
        length = 2;
        min = 0x80;
      } else if (b >= 0xE0 && b <= 0xEF) {
        length = 3;
        min = 0x800;
      } else if (b >= 0xF0 && b <= 0xF4) {
        length = 4;
        min = 0x10000;
      } else {
        return i;
      }
      if (i + length > bytes.length) {
        return i;
      }
      int codePoint = b & (0xFF >> (length + 1));
      for (int k = 1; k < length; k++) {
        int next = bytes[i + k] & 0xFF;
        if ((next & 0xC0) != 0x80) {
          return i;
        }
        codePoint = (codePoint << 6) | (next & 0x3F);
      }
      if (codePoint < min || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
        return i;
      }
      i += length;
    }
    return -1;
  }

  /** Strict UTF-8 decoding, or null when the bytes are malformed. */
  static @Nullable String decodeStrict(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  // ---- helpers ---------------------------------------------------------------------------------

  /** Everything a result says, spans and diagnostics included, as one string to compare. */
  static String fingerprint(@Nullable ParseResult result) {
    if (result == null) {
      return "refused";
    }
    return ArticleJson.toJson(result.article()) + "\n" + result.diagnostics();
  }

  /** Whether two results say the same: equal articles, equal diagnostics and equal spans (cheaper than two fingerprints). */
  static boolean sameResult(ParseResult a, ParseResult b) {
    return a.article().equals(b.article()) && a.diagnostics().equals(b.diagnostics())
        && spans(a.article()).equals(spans(b.article()));
  }

  private static List<SourceSpan> spans(Article article) {
    List<SourceSpan> spans = new java.util.ArrayList<>();
    article.lead().forEach(b -> spans.add(b.span().orElse(null)));
    for (Section section : article.sections()) {
      spans.add(section.span().orElse(null));
      section.blocks().forEach(b -> spans.add(b.span().orElse(null)));
    }
    article.boilerplate().forEach(b -> spans.add(b.span().orElse(null)));
    return spans;
  }

  /** The input's lines, split at {@code \n}, {@code \r\n} and {@code \r}; a final empty line is kept. */
  static List<String> lines(String text) {
    return List.of(text.split("\r\n|\r|\n", -1));
  }

  private static String firstNonBlankLine(List<String> lines) {
    for (String line : lines) {
      if (!Texts.isBlank(line)) {
        return Texts.strip(line);
      }
    }
    return "";
  }

  /** Offsets where each line starts. */
  static int[] lineStarts(String text) {
    int[] starts = new int[16];
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        if (count == starts.length) {
          starts = java.util.Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    return java.util.Arrays.copyOf(starts, count);
  }

  /** The 1-based line of {@code offset}. */
  static int lineOf(int[] lineStarts, int offset) {
    int index = java.util.Arrays.binarySearch(lineStarts, offset);
    return index >= 0 ? index + 1 : -index - 1;
  }

  /** The 1-based line and column (UTF-16 units) of {@code offset}. */
  static int[] lineAndColumn(String text, int offset) {
    int[] starts = lineStarts(text);
    int line = lineOf(starts, offset);
    return new int[] {line, offset - starts[line - 1] + 1};
  }

  static String abbreviate(String text) {
    return text.length() <= 200 ? text : text.substring(0, 197) + "...";
  }
}

package io.github.articlekit.core;

import static io.github.articlekit.testing.Props.chance;
import static io.github.articlekit.testing.Props.oneOf;
import static io.github.articlekit.testing.Props.size;

import io.github.articlekit.testing.Shrinking;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Generates any valid model: texts of any characters the model allows (anything but a line break, not
 * blank; blanks at the ends, control characters, quotes and backslashes, every plane, optionally lone
 * surrogates), optional URLs, optional spans anywhere in the int range. Unlike the parser's generator,
 * nothing here needs to survive the text layout: JSON must carry every valid article.
 */
final class ModelGen {
  private ModelGen() {}

  private static final String[] PIECES = {
    "\"", "\\", "/", "\\u0000", "</script>", "{", "}", "[", "]", ",", ":", "null", "true", "1e9", "\u00A0", "\u200B", "\uFEFF",
    "\t", "\u2028", "\u2029", "\u0085", "é", "e\u0301", "漢字", "عربي", "😀", "🇫🇷", "👩\u200D💻", "\uD834\uDD1E", "'", "’", "«", "»",
    "LIRE AUSSI : ", "Et aussi", "https://example.org/a?b=c&d=e#f"};

  /** A valid article; with {@code loneSurrogates}, its texts may hold unpaired surrogates (valid in the model and in JSON text). */
  static Article article(SplittableRandom random, boolean loneSurrogates) {
    Article.Builder article = Article.builder().title(text(random, loneSurrogates));
    int headings = size(random, 0, 6);
    for (int i = 0; i < headings; i++) {
      article.addHeadings(text(random, loneSurrogates));
    }
    article.addAllLead(blocks(random, loneSurrogates, 0, 3));
    int sections = size(random, 0, 5);
    for (int i = 0; i < sections; i++) {
      Section.Builder section = Section.builder().heading(text(random, loneSurrogates))
          .addAllBlocks(blocks(random, loneSurrogates, 0, 5));
      span(random).ifPresent(section::span);
      article.addSections(section.build());
    }
    int boilerplate = size(random, 0, 3);
    for (int i = 0; i < boilerplate; i++) {
      Boilerplate.Builder entry = Boilerplate.builder().text(text(random, loneSurrogates));
      span(random).ifPresent(entry::span);
      article.addBoilerplate(entry.build());
    }
    return article.build();
  }

  private static List<Block> blocks(SplittableRandom random, boolean loneSurrogates, int min, int max) {
    List<Block> blocks = new ArrayList<>();
    int count = size(random, min, max);
    for (int i = 0; i < count; i++) {
      if (chance(random, 0.7)) {
        Paragraph.Builder paragraph = Paragraph.builder().text(text(random, loneSurrogates));
        span(random).ifPresent(paragraph::span);
        blocks.add(paragraph.build());
      } else {
        CrossLink.Builder link = CrossLink.builder().label(text(random, loneSurrogates)).title(text(random, loneSurrogates));
        if (chance(random, 0.5)) {
          link.url(text(random, loneSurrogates));
        }
        span(random).ifPresent(link::span);
        blocks.add(link.build());
      }
    }
    return blocks;
  }

  private static Optional<SourceSpan> span(SplittableRandom random) {
    if (chance(random, 0.4)) {
      return Optional.empty();
    }
    int startLine = 1 + (chance(random, 0.1) ? random.nextInt(Integer.MAX_VALUE - 1) : random.nextInt(1000));
    int endLine = startLine + (chance(random, 0.1) ? random.nextInt(Integer.MAX_VALUE - startLine + 1) : random.nextInt(5));
    int startOffset = chance(random, 0.1) ? random.nextInt(Integer.MAX_VALUE) : random.nextInt(100_000);
    long length = chance(random, 0.1) ? random.nextInt(Integer.MAX_VALUE) : random.nextInt(5000);
    int endOffset = (int) Math.min(Integer.MAX_VALUE, startOffset + length);
    return Optional.of(SourceSpan.of(startLine, endLine, startOffset, endOffset));
  }

  /** Any single-line, non-blank text. */
  static String text(SplittableRandom random, boolean loneSurrogates) {
    while (true) {
      int length = size(random, 1, 60);
      StringBuilder out = new StringBuilder();
      while (out.length() < length) {
        int kind = random.nextInt(100);
        if (kind < 40) {
          out.append((char) (' ' + random.nextInt(95)));
        } else if (kind < 50) {
          out.append(oneOf(random, PIECES));
        } else if (kind < 56) {
          char c = (char) random.nextInt(0x20);
          out.append(c == '\n' || c == '\r' ? ' ' : c);
        } else if (kind < 58) {
          out.append((char) (0x7F + random.nextInt(0x21)));
        } else if (kind < 63) {
          out.appendCodePoint(0x10000 + random.nextInt(0x10FFFF - 0x10000));
        } else if (kind < 66 && loneSurrogates) {
          out.append((char) (0xD800 + random.nextInt(0x800)));
        } else {
          char c = (char) (0x80 + random.nextInt(0xD800 - 0x80));
          out.append(c);
        }
      }
      String text = out.toString();
      if (!io.github.articlekit.core.internal.Texts.isBlank(text)) {
        return text;
      }
    }
  }

  /** Smaller articles: fewer parts, then a one-character title. */
  static List<Article> shrink(Article article) {
    List<Article> candidates = Shrinking.withoutOnePart(article);
    if (article.title().length() > 1) {
      candidates.add(article.withTitle("T"));
    }
    return candidates;
  }

  static String describe(Article article) {
    return ArticleJson.toJson(article);
  }
}

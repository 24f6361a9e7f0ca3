package io.github.articlekit.cli;

import io.github.articlekit.core.Article;
import io.github.articlekit.core.Block;
import io.github.articlekit.core.CrossLink;
import io.github.articlekit.core.Section;
import java.util.List;

/**
 * Renders an article as CommonMark: {@code # title}, the lead, {@code ## heading} and blocks for each
 * section. A paragraph is one line; a cross-link is a quoted line, {@code > LABEL : title}, or a link,
 * {@code > [title](url)}, when its URL is known. Boilerplate is left out. Text is escaped where Markdown
 * would read it as markup, so that the rendered page shows the article's characters as written.
 */
final class Markdown {
  private Markdown() {}

  static String render(Article article) {
    StringBuilder md = new StringBuilder(1024);
    md.append("# ").append(heading(article.title())).append('\n');
    blocks(md, article.lead());
    for (Section section : article.sections()) {
      md.append("\n## ").append(heading(section.heading())).append('\n');
      blocks(md, section.blocks());
    }
    return md.toString();
  }

  private static void blocks(StringBuilder md, List<Block> blocks) {
    for (Block block : blocks) {
      md.append('\n');
      if (block instanceof CrossLink) {
        CrossLink link = (CrossLink) block;
        if (link.url().isPresent()) {
          md.append("> [").append(inline(link.title())).append("](").append(destination(link.url().get()))
              .append(')');
        } else {
          md.append("> ").append(lineStart(inline(link.label()) + " : " + inline(link.title())));
        }
      } else {
        md.append(lineStart(inline(block.text())));
      }
      md.append('\n');
    }
  }

  /** Escapes a heading's text, including a trailing {@code #} that would close the ATX heading. */
  private static String heading(String text) {
    String escaped = inline(text);
    if (escaped.endsWith("#")) {
      escaped = escaped.substring(0, escaped.length() - 1) + "\\#";
    }
    return escaped;
  }

  /** Escapes the characters that open inline markup: emphasis, code, links, raw HTML, entities. */
  static String inline(String text) {
    String stripped = text.strip();
    StringBuilder out = new StringBuilder(stripped.length() + 8);
    for (int i = 0; i < stripped.length(); i++) {
      char c = stripped.charAt(i);
      switch (c) {
        case '\\', '`', '*', '_', '[', ']', '<':
          out.append('\\').append(c);
          break;
        case '&':
          out.append(startsEntity(stripped, i) ? "\\&" : "&");
          break;
        default:
          out.append(c);
      }
    }
    return out.toString();
  }

  /** Escapes what would make a line a block of another kind: a heading, quote, list item, fence or rule. */
  static String lineStart(String line) {
    if (line.isEmpty()) {
      return line;
    }
    char first = line.charAt(0);
    if (first == '#' || first == '>' || first == '~' || first == '=') {
      return "\\" + line;
    }
    if ((first == '-' || first == '+') && (line.length() == 1 || line.charAt(1) == ' ' || line.charAt(1) == first)) {
      return "\\" + line;
    }
    int digits = 0;
    while (digits < line.length() && digits < 10 && Character.isDigit(line.charAt(digits))) {
      digits++;
    }
    if (digits > 0 && digits < line.length() && (line.charAt(digits) == '.' || line.charAt(digits) == ')')
        && (digits + 1 == line.length() || line.charAt(digits + 1) == ' ')) {
      return line.substring(0, digits) + "\\" + line.substring(digits);
    }
    return line;
  }

  /** A link destination: spaces, parentheses and angle brackets percent-encoded so the link holds. */
  static String destination(String url) {
    StringBuilder out = new StringBuilder(url.length());
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      switch (c) {
        case ' ' -> out.append("%20");
        case '(' -> out.append("%28");
        case ')' -> out.append("%29");
        case '<' -> out.append("%3C");
        case '>' -> out.append("%3E");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** Whether {@code &} at {@code i} starts something CommonMark reads as an entity, e.g. {@code &amp;}. */
  private static boolean startsEntity(String text, int i) {
    int j = i + 1;
    int limit = Math.min(text.length(), i + 34);
    while (j < limit && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '#')) {
      j++;
    }
    return j > i + 1 && j < text.length() && text.charAt(j) == ';';
  }
}

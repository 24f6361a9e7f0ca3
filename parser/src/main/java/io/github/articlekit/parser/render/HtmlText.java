package io.github.articlekit.parser.render;

/** Escaping of text into the page: the one table every part of the page escapes with. */
final class HtmlText {
  private HtmlText() {}

  /** Escapes the whole text: see {@link HtmlWriter#escape(String)}. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    escape(text, 0, text.length(), out);
    return out.toString();
  }

  /** Appends {@code text[start, end)} escaped for content and double-quoted attribute values. */
  static void escape(CharSequence text, int start, int end, StringBuilder out) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
  }
}

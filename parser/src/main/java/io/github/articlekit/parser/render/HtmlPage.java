package io.github.articlekit.parser.render;

import io.github.articlekit.core.Article;
import io.github.articlekit.parser.Language;
import io.github.articlekit.parser.ParseResult;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The whole document: the head with its language, title and style sheet, the body, the source text if given. */
final class HtmlPage {
  /** The page's only styling: inline, so that the page stands alone. */
  private static final String STYLE = """
      body{font:16px/1.55 Georgia,'Times New Roman',serif;color:#1a1a1a;background:#fff;max-width:46rem;margin:2rem auto;padding:0 1rem}
      h1{font-size:1.9rem;line-height:1.25;margin:.2rem 0 .6rem}
      h2{font-size:1.3rem;margin:1.8rem 0 .4rem}
      nav,.meta,.diagnostic,.boilerplate,.source,.legend{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;font-size:.9rem}
      .meta{color:#555;margin:0 0 1rem}
      nav{border:1px solid #ddd;border-radius:6px;padding:.4rem 1rem;background:#fafafa}
      nav h2{font-size:1rem;margin:.5rem 0}
      nav ol{margin:.2rem 0 .6rem;padding-left:1.6rem}
      nav li{margin:.15rem 0}
      nav .missing{color:#8a1c1c}
      .badge{display:inline-block;font-size:.75rem;font-weight:600;border-radius:4px;padding:0 .35rem;margin-left:.4rem;vertical-align:middle}
      .badge.warning{background:#fde2e1;color:#8a1c1c}
      .badge.info{background:#e3ecfb;color:#1d3f7a}
      .diagnostic{white-space:pre-wrap;margin:.3rem 0 .6rem;padding:.3rem .6rem;border-left:4px solid;border-radius:3px}
      .diagnostic.warning{background:#fff4f3;border-color:#c0392b;color:#5c1a14}
      .diagnostic.info{background:#f2f6fd;border-color:#3367c0;color:#1d3f7a}
      .diagnostic code{font-size:.8rem}
      .lead{font-size:1.05rem}
      .cross-link{margin:.8rem 0;padding:.4rem .8rem;border-left:4px solid #999;background:#f6f6f6}
      .cross-link .label{font-family:system-ui,sans-serif;font-size:.8rem;font-weight:700;letter-spacing:.03em;color:#555;margin-right:.4rem}
      a{color:#1a4fa0}
      .boilerplate{margin-top:2.5rem;padding-top:.6rem;border-top:1px dashed #bbb;color:#6b6b6b}
      .boilerplate h2{font-size:1rem;color:#6b6b6b}
      .source pre{white-space:pre-wrap;word-wrap:break-word;font:.8rem/1.5 ui-monospace,Menlo,Consolas,monospace;background:#fcfcfc;border:1px solid #ddd;padding:.8rem;border-radius:6px}
      mark{color:inherit;border-radius:2px}
      mark.title{background:#ffe08a}
      mark.heading{background:#b8e0c2}
      mark.paragraph{background:#e4ecf7}
      mark.cross-link{background:#f6d5f0}
      mark.boilerplate{background:#e6e6e6}
      .legend span{margin-right:.8rem}
      """;

  private HtmlPage() {}

  /**
   * Writes the page of a parsed article.
   *
   * @param source the text the article was parsed from, to end the page with, if any
   * @param language the language given to the writer, if any
   * @throws IllegalArgumentException if a span does not fit in {@code source}
   */
  static String write(ParseResult result, @Nullable String source, @Nullable Language language) {
    Article article = result.article();
    DiagnosticPlacement placement = DiagnosticPlacement.of(article, result.diagnostics());
    Optional<Language> lang = ArticleLanguage.of(language, article.crossLinks());
    StringBuilder html = new StringBuilder(4096 + (source == null ? 0 : source.length() * 2));
    html.append("<!DOCTYPE html>\n<html");
    lang.ifPresent(l -> html.append(" lang=\"").append(l.code()).append('"'));
    html.append(">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"ArticleKit\">\n<title>")
        .append(HtmlText.escape(article.title()))
        .append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
    PageBody body = new PageBody(html, article, result.diagnostics(), placement, source != null);
    article.accept(body);
    body.end();
    if (source != null) {
      SourceView.append(html, article, source);
    }
    html.append("</body>\n</html>\n");
    return html.toString();
  }
}

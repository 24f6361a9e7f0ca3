package io.github.articlekit.cli;

import io.github.articlekit.parser.Diagnostic;
import io.github.articlekit.parser.render.HtmlWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code parse --format html --out FOLDER}: one page per input, named after the input's file, and an
 * {@code index.html} that lists them with their diagnostics counts, refused inputs with their reason.
 * Outcomes arrive in input order, so the names are the same from run to run.
 */
final class HtmlSite {
  static final String INDEX = "index.html";

  private final Path folder;
  private final Set<String> names = new HashSet<>();
  private final List<String> rows = new ArrayList<>();

  private HtmlSite(Path folder) {
    this.folder = folder;
  }

  static HtmlSite open(Path folder) throws IOException {
    Files.createDirectories(folder);
    return new HtmlSite(folder);
  }

  /** Writes an input's page, and remembers its row of the index. */
  void add(Outcome outcome) {
    String source = HtmlWriter.escape(outcome.source());
    byte[] page = outcome.output();
    if (outcome.isRefused() || page == null) {
      rows.add("<tr class=\"refused\"><td>" + source + "</td><td>refused: "
          + HtmlWriter.escape(String.valueOf(outcome.errorMessage())) + " <code>"
          + HtmlWriter.escape(String.valueOf(outcome.errorCode())) + "</code></td><td></td><td></td></tr>");
      return;
    }
    String name = pageName(outcome.source());
    try {
      Files.write(folder.resolve(name), page);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int warnings = 0;
    for (Diagnostic diagnostic : outcome.diagnostics()) {
      if (diagnostic.severity() == Diagnostic.Severity.WARNING) {
        warnings++;
      }
    }
    int infos = outcome.diagnostics().size() - warnings;
    String href = HtmlWriter.escape(name.replace("%", "%25").replace("#", "%23").replace("?", "%3F"));
    rows.add("<tr><td><a href=\"" + href + "\">" + title(page) + "</a><br><small>" + source + "</small></td>"
        + "<td>" + outcome.diagnostics().size() + "</td><td" + (warnings > 0 ? " class=\"warn\"" : "") + ">"
        + warnings + "</td><td>" + infos + "</td></tr>");
  }

  /** Writes {@code index.html}. */
  void finish() throws IOException {
    StringBuilder html = new StringBuilder(1024 + rows.size() * 160);
    html.append("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Articles</title>\n<style>\n")
        .append("body{font:16px/1.5 system-ui,-apple-system,'Segoe UI',sans-serif;color:#1a1a1a;max-width:60rem;")
        .append("margin:2rem auto;padding:0 1rem}\n")
        .append("table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.4rem .6rem;")
        .append("border-bottom:1px solid #ddd;vertical-align:top}\nth{background:#f4f4f4}\n")
        .append("td:nth-child(n+2),th:nth-child(n+2){text-align:right}\nsmall{color:#555}\n")
        .append(".warn{color:#8a1c1c;font-weight:700}\n.refused td{color:#8a1c1c}\na{color:#1a4fa0}\n")
        .append("</style>\n</head>\n<body>\n<h1>Articles</h1>\n<p>")
        .append(rows.size()).append(rows.size() == 1 ? " input" : " inputs").append("</p>\n")
        .append("<table>\n<thead><tr><th scope=\"col\">Article</th><th scope=\"col\">Diagnostics</th>")
        .append("<th scope=\"col\">Warnings</th><th scope=\"col\">Info</th></tr></thead>\n<tbody>\n");
    for (String row : rows) {
      html.append(row).append('\n');
    }
    html.append("</tbody>\n</table>\n</body>\n</html>\n");
    Files.writeString(folder.resolve(INDEX), html, StandardCharsets.UTF_8);
  }

  /** The input's file name with {@code .html} for {@code .txt}, made unique; never {@code index.html}. */
  private String pageName(String source) {
    String file = Path.of(source).getFileName() == null ? "stdin" : Path.of(source).getFileName().toString();
    String base = file.toLowerCase(Locale.ROOT).endsWith(".txt") ? file.substring(0, file.length() - 4) : file;
    if (base.isEmpty() || base.startsWith(".")) {
      base = "article" + base;
    }
    String name = base + ".html";
    for (int n = 2; name.equalsIgnoreCase(INDEX) || !names.add(name.toLowerCase(Locale.ROOT)); n++) {
      name = base + "-" + n + ".html";
    }
    return name;
  }

  /** The page's title, already escaped by the writer: copied from between its {@code <title>} tags. */
  private static String title(byte[] page) {
    String head = new String(page, 0, Math.min(page.length, 1 << 16), StandardCharsets.UTF_8);
    int start = head.indexOf("<title>");
    int end = head.indexOf("</title>", start);
    return start < 0 || end < 0 ? "(untitled)" : head.substring(start + "<title>".length(), end);
  }
}

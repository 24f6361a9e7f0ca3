package io.github.articlekit.parser.internal;

import io.github.articlekit.core.Article;
import io.github.articlekit.core.ArticleException;
import io.github.articlekit.core.ErrorCode;
import io.github.articlekit.core.Section;
import io.github.articlekit.parser.Diagnostic;
import io.github.articlekit.parser.DiagnosticCode;
import io.github.articlekit.parser.ParseResult;
import io.github.articlekit.parser.StrictParseException;
import java.util.Comparator;
import java.util.List;

/**
 * Applies the README's rules in their order, each through its own class: the title (rule 1, here),
 * {@link HeadingList} (2), {@link ListedBody} (3), {@link BlockAssembler} and {@link CrossLinkLine}
 * (4), {@link TrailingBoilerplate} (5), {@link InferredHeadings} (6). Immutable and thread-safe; each
 * call works on its own {@link ParseState}.
 */
public final class LayoutParser {
  private final Vocabulary vocabulary;
  private final ParseLimits limits;
  private final boolean strict;

  /** Creates a parser for the given vocabulary and limits. */
  public LayoutParser(Vocabulary vocabulary, ParseLimits limits, boolean strict) {
    this.vocabulary = vocabulary;
    this.limits = limits;
    this.strict = strict;
  }

  /** Parses {@code input}; see {@code ArticleParser} for the contract. */
  public ParseResult parse(String input) {
    ParseState state = new ParseState(input, vocabulary, limits);
    Lines lines = state.lines;
    // Rule 1: the title is the first non-blank line.
    int title = lines.nextNonBlank(0);
    if (title < 0) {
      throw ArticleException.of(ErrorCode.EMPTY_INPUT,
          input.isEmpty() ? "Input is empty: an article needs at least a title line"
              : "Input holds only blank lines: an article needs at least a title line");
    }
    Article.Builder article = Article.builder().title(lines.content(title));
    int afterTitle = lines.nextNonBlank(title + 1);
    HeadingList list = afterTitle < 0 ? null : HeadingList.find(state, afterTitle);
    BodyDraft body;
    if (list != null) {
      article.addAllHeadings(list.entries());
      body = ListedBody.parse(state, list);
    } else {
      body = InferredHeadings.parse(state, title + 1);
    }
    TrailingBoilerplate.move(state, body);
    List<Section> sections = body.sections();
    for (Section section : sections) {
      if (section.blocks().isEmpty()) {
        state.warn(DiagnosticCode.EMPTY_SECTION, "section " + ParseState.quote(section.heading())
            + " has no content", section.span().orElseThrow().startLine() - 1);
      }
    }
    if (afterTitle < 0) {
      state.warn(DiagnosticCode.NO_BODY, "the article has a title and nothing else", title);
    }
    // Through the builder, not with* copies of a built article: each with* checks the article again,
    // which made the reference article parse 8% slower (measured).
    article.addAllLead(body.lead).addAllSections(sections).addAllBoilerplate(body.boilerplate);
    return finish(article.build(), state.diagnostics());
  }

  private ParseResult finish(Article article, List<Diagnostic> diagnostics) {
    diagnostics.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
    ParseResult result = new ParseResult(article, diagnostics);
    if (strict && result.hasWarnings()) {
      throw StrictParseException.of(result);
    }
    return result;
  }
}

package io.github.articlekit.cli;

import io.github.articlekit.parser.ArticleParser;
import io.github.articlekit.parser.Language;
import io.github.articlekit.parser.ParseResult;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/**
 * The two steps of one input that take memory in proportion to it: reading and parsing, then rendering.
 * {@link #DEFAULT} is the tool's; tests replace a step to make it fail for one input of a batch, as a
 * heap too small for that input would.
 */
interface Steps {

  /** The tool's steps: the parser reads the file or standard input, the format renders the result. */
  Steps DEFAULT = new Steps() {};

  /**
   * Reads and parses one input.
   *
   * @param parser the parser
   * @param input a file or standard input
   * @param stdin standard input, read when {@code input} is {@link Input.Stdin}
   * @return the result
   */
  default ParseResult parse(ArticleParser parser, Input input, InputStream stdin) {
    return input instanceof Input.File file ? parser.parse(file.path()) : parser.parse(stdin);
  }

  /**
   * Renders one parsed input.
   *
   * @param format the format
   * @param source the input's name
   * @param result the parse result
   * @param batch whether the output holds several inputs
   * @param language the article's language, from {@code --lang}; null when unknown
   * @return the whole row, in UTF-8
   */
  default byte[] render(Format format, String source, ParseResult result, boolean batch,
      @Nullable Language language) {
    return format.render(source, result, batch, language);
  }
}

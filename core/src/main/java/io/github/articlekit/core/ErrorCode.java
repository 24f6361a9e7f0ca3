package io.github.articlekit.core;

/**
 * Why ArticleKit refused an input: the stable code of an {@link ArticleException}.
 *
 * <p>Codes are part of the contract: a code is never renamed or given another meaning within a major
 * version, and new codes may be added, so a {@code switch} over them needs a default branch.
 */
public enum ErrorCode {
  /** JSON that cannot be read as an article: malformed, or not the model's shape. */
  INVALID_JSON,
  /** Text that is empty or holds only blank lines. */
  EMPTY_INPUT,
  /** Input that is not text: NUL or other control characters, lone surrogates, a binary file. */
  NOT_TEXT,
  /**
   * Bytes that are not valid in the input's character set, or that start with the byte order mark of
   * another one (UTF-16, UTF-32). The message names the way to set the charset.
   */
  MALFORMED_INPUT,
  /** Input larger than the configured size limit. */
  INPUT_TOO_LARGE,
  /**
   * Input that would make more than a parser's limits allow (headings, blocks). The message names the
   * limit and the builder option that raises it.
   */
  LIMIT_EXCEEDED,
  /** Input that could not be read at all: a missing file, an I/O failure. */
  UNREADABLE_INPUT,
  /**
   * Text that parsed with warnings while strict parsing was asked for. The exception carries every
   * diagnostic (see the parser's {@code StrictParseException}).
   */
  STRICT_WARNINGS
}

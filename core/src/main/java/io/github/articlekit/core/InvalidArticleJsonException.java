package io.github.articlekit.core;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.jspecify.annotations.Nullable;

/**
 * What a plain Jackson {@code ObjectMapper} throws when well-formed JSON does not describe a model value:
 * a missing or blank property, a wrong type, an unknown block type, a broken invariant. It is a Jackson
 * {@link MismatchedInputException}, so code that catches Jackson's exceptions catches it;
 * {@link ArticleJson} turns it into an {@link ArticleException} with code {@link ErrorCode#INVALID_JSON}.
 *
 * <p>{@link #path()} names the offending property ({@code sections[0].blocks[1].type}); the location is
 * where the value being read starts, since the reader checks a tree, which has no positions for its
 * properties.
 */
public final class InvalidArticleJsonException extends MismatchedInputException {
  private static final long serialVersionUID = 1L;

  private final String path;
  private final String problem;

  /**
   * Creates the exception; the model's deserializers throw it.
   *
   * @param parser the parser reading the value
   * @param type the model type being read
   * @param start where the value starts
   * @param path the path of the offending property, empty for the value itself
   * @param problem what is wrong, without the path
   */
  @SuppressWarnings("exports") // JSpecify is requires static
  public InvalidArticleJsonException(JsonParser parser, Class<?> type, @Nullable JsonLocation start, String path,
      String problem) {
    super(parser, "Cannot read " + type.getSimpleName() + ": " + (path.isEmpty() ? "" : path + ": ") + problem,
        start);
    this.path = path;
    this.problem = problem;
    this._targetType = type;
  }

  /** @return the path of the offending property, e.g. {@code sections[0].blocks[1].type}; empty for the value itself */
  public String path() {
    return path;
  }

  /** @return what is wrong, without the path */
  public String problem() {
    return problem;
  }
}

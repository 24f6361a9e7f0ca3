package io.github.articlekit.testing;

import java.util.function.Supplier;

/**
 * The one assertion of the fuzz targets and property checks: a plain {@link AssertionError} whose
 * message is built only on failure (Jazzer and {@link Props} report it as it is, and a fuzz run calls it
 * millions of times).
 */
public final class Checks {
  private Checks() {}

  /** Throws an {@link AssertionError} with {@code message} unless {@code condition} holds. */
  public static void check(boolean condition, Supplier<String> message) {
    if (!condition) {
      throw new AssertionError(message.get());
    }
  }
}

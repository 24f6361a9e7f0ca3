package io.github.articlekit.testing;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A small property-testing harness: generate values from a seeded random source, check a property
 * for each, and on failure shrink the value to a smaller one that still fails and report both with the
 * seed that reproduces the run.
 *
 * <p>(jqwik is not used: from 1.10 it asks not to be used by AI coding agents, and it is built on JUnit
 * Platform 1 while this project runs JUnit 6. This harness is deliberately tiny.)
 *
 * <p>System properties: {@code articlekit.props.seed} replays a run; {@code articlekit.props.tries} sets
 * every property's number of tries (for a long local run, e.g. {@code -Darticlekit.props.tries=100000}).
 *
 * <p>Written once, in the core module's test jar: the core and parser modules' tests (and any other
 * module's, through the {@code tests} artifact of {@code articlekit-core}) share it.
 */
public final class Props {
  private Props() {}

  /** Makes a value from a random source. */
  @FunctionalInterface
  public interface Gen<T> {
    T next(SplittableRandom random);
  }

  /** Smaller versions of a value, the most promising first; each must be strictly smaller. */
  @FunctionalInterface
  public interface Shrinker<T> {
    List<T> candidates(T value);

    static <T> Shrinker<T> none() {
      return value -> List.of();
    }
  }

  private static final int MAX_SHRINK_STEPS = 2_000;

  /** Checks {@code property} for {@code tries} generated values; see the class comment for the system properties. */
  public static <T> void forAll(int tries, Gen<T> gen, Shrinker<T> shrinker, Function<T, String> describe, Consumer<T> property) {
    long seed = Long.getLong("articlekit.props.seed", new SplittableRandom().nextLong());
    int count = Integer.getInteger("articlekit.props.tries", tries);
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < count; i++) {
      T value = gen.next(random.split());
      Throwable failure = failure(property, value);
      if (failure != null) {
        throw falsified(seed, i, value, failure, shrinker, describe, property);
      }
    }
  }

  private static <T> AssertionError falsified(long seed, int attempt, T original, Throwable failure, Shrinker<T> shrinker,
      Function<T, String> describe, Consumer<T> property) {
    T smallest = original;
    Throwable smallestFailure = failure;
    int steps = 0;
    boolean shrunk = true;
    while (shrunk && steps < MAX_SHRINK_STEPS) {
      shrunk = false;
      for (T candidate : shrinker.candidates(smallest)) {
        Throwable candidateFailure = failure(property, candidate);
        if (candidateFailure != null) {
          smallest = candidate;
          smallestFailure = candidateFailure;
          steps++;
          shrunk = true;
          break;
        }
      }
    }
    AssertionError error = new AssertionError("Property falsified at try " + (attempt + 1) + " (replay with -Darticlekit.props.seed="
        + seed + "L)\n" + "Shrunk in " + steps + " steps to:\n" + describe.apply(smallest) + "\nfailure: "
        + smallestFailure + (steps == 0 ? "" : "\nOriginal value:\n" + describe.apply(original)), smallestFailure);
    if (smallestFailure != failure) {
      error.addSuppressed(failure);
    }
    return error;
  }

  private static <T> Throwable failure(Consumer<T> property, T value) {
    try {
      property.accept(value);
      return null;
    } catch (StackOverflowError | AssertionError | RuntimeException e) {
      return e;
    }
  }

  /** A Java string literal for {@code text}, with every character outside printable ASCII escaped. */
  public static String literal(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        default:
          if (c < ' ' || c > '~') {
            out.append(String.format("\\u%04X", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    return out.append('"').toString();
  }

  // ---- small generator helpers --------------------------------------------------------------------

  public static boolean chance(SplittableRandom random, double probability) {
    return random.nextDouble() < probability;
  }

  @SafeVarargs
  public static <T> T oneOf(SplittableRandom random, T... values) {
    return values[random.nextInt(values.length)];
  }

  public static <T> T oneOf(SplittableRandom random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** A size in {@code [min, max]} biased toward small values (half the time at most a quarter of the range). */
  public static int size(SplittableRandom random, int min, int max) {
    int span = max - min;
    if (span <= 0) {
      return min;
    }
    return min + (chance(random, 0.5) ? random.nextInt(span / 4 + 1) : random.nextInt(span + 1));
  }
}

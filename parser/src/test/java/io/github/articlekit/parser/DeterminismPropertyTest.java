package io.github.articlekit.parser;

import static io.github.articlekit.testing.Checks.check;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.articlekit.core.ArticleException;
import io.github.articlekit.testing.Props;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Parsing is a function of the input and the configuration: the same text gives the same result
 * (spans and diagnostics included) every time, from any parser built the same way, and from one parser
 * shared by many threads at once.
 */
@Timeout(120)
class DeterminismPropertyTest {
  private static final ArticleParser SHARED = ArticleParser.create();
  private static final ArticleParser SHARED_STRICT = ArticleParser.builder().strict(true).build();
  private static final int THREADS = 8;
  private static final int ROUNDS = 2;

  @Test
  void parsingIsAFunctionOfTheInputAndTheConfiguration() {
    Props.forAll(500, DeterminismPropertyTest::input, InputGen::shrink, Props::literal, text -> {
      String first = outcome(() -> SHARED.parse(text));
      check(outcome(() -> SHARED.parse(text)).equals(first), () -> "a second parse differs");
      check(outcome(() -> ArticleParser.create().parse(text)).equals(first),
          () -> "another parser with the same configuration differs");
      check(outcome(() -> ArticleParser.builder().languages(Language.values()).build().parse(text)).equals(first),
          () -> "a parser with every pack chosen explicitly differs");
    });
  }

  @Test
  void oneParserSharedByManyThreadsGivesTheSequentialResults() throws Exception {
    SplittableRandom random = new SplittableRandom(Long.getLong("articlekit.props.seed", System.nanoTime()));
    List<String> inputs = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      inputs.add(input(random.split()));
    }
    List<String> expected = new ArrayList<>();
    List<String> expectedStrict = new ArrayList<>();
    // From bytes, a refusal names a byte offset where text names a character offset: bytes have their own.
    List<String> expectedBytes = new ArrayList<>();
    for (String input : inputs) {
      expected.add(outcome(() -> SHARED.parse(input)));
      expectedStrict.add(outcome(() -> SHARED_STRICT.parse(input)));
      byte[] bytes = input.getBytes(StandardCharsets.UTF_8);
      expectedBytes.add(outcome(() -> SHARED.parse(new ByteArrayInputStream(bytes))));
    }

    ConcurrentLinkedQueue<String> mismatches = new ConcurrentLinkedQueue<>();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Integer>> done = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        long seed = random.nextLong();
        done.add(pool.submit(() -> {
          start.await();
          List<Integer> order = new ArrayList<>();
          for (int i = 0; i < inputs.size(); i++) {
            order.add(i);
          }
          int parsed = 0;
          for (int round = 0; round < ROUNDS; round++) {
            Collections.shuffle(order, new Random(seed + round));
            for (int i : order) {
              String input = inputs.get(i);
              compare(mismatches, i, "String", outcome(() -> SHARED.parse(input)), expected.get(i));
              compare(mismatches, i, "Reader", outcome(() -> SHARED.parse(new StringReader(input))), expected.get(i));
              compare(mismatches, i, "strict", outcome(() -> SHARED_STRICT.parse(input)), expectedStrict.get(i));
              if (input.chars().noneMatch(c -> Character.isSurrogate((char) c))) {
                byte[] bytes = input.getBytes(StandardCharsets.UTF_8);
                compare(mismatches, i, "bytes", outcome(() -> SHARED.parse(new ByteArrayInputStream(bytes))), expectedBytes.get(i));
              }
              parsed++;
            }
          }
          return parsed;
        }));
      }
      start.countDown();
      int total = 0;
      for (Future<Integer> future : done) {
        total += future.get(100, TimeUnit.SECONDS);
      }
      assertThat(total).isEqualTo(THREADS * ROUNDS * inputs.size());
    } finally {
      pool.shutdownNow();
    }
    assertThat(mismatches).as("results that differ from sequential parsing").isEmpty();
  }

  private static void compare(ConcurrentLinkedQueue<String> mismatches, int input, String entry, String actual, String expected) {
    if (!actual.equals(expected)) {
      mismatches.add("input " + input + " via " + entry + ": " + Contracts.abbreviate(actual));
    }
  }

  /** Written articles and assembled layout lines, half and half. */
  private static String input(SplittableRandom random) {
    return random.nextBoolean() ? ArticleWriter.write(ArticleGen.article(random)) : InputGen.layoutSoup(random);
  }

  private static String outcome(Supplier<ParseResult> parse) {
    try {
      return Contracts.fingerprint(parse.get());
    } catch (ArticleException e) {
      return "refused " + e.code() + " " + e.getMessage();
    }
  }
}

package io.github.articlekit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/** The ordered, bounded pipeline behind every batch. */
class PipelineTest {

  private static List<Input.File> inputs(int count, long size) {
    List<Input.File> inputs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      inputs.add(new Input.File(String.format("%04d.txt", i), size));
    }
    return inputs;
  }

  @Test
  void resultsComeInInputOrderWithAtMostAWindowInFlight() {
    List<Input.File> inputs = inputs(400, 10);
    Random random = new Random(1);
    long[] delays = random.longs(inputs.size(), 0, 300_000).toArray();
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger maxInFlight = new AtomicInteger();
    List<String> results = new ArrayList<>();

    Pipeline.run(inputs, 4, 8, Long.MAX_VALUE, input -> {
      maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
      LockSupport.parkNanos(delays[Integer.parseInt(input.source().substring(0, 4))]);
      return input.source();
    }, result -> {
      results.add(result);
      inFlight.decrementAndGet();
    });

    assertThat(results).isEqualTo(inputs.stream().map(Input::source).toList());
    assertThat(maxInFlight.get()).isBetween(1, 8);
  }

  @Test
  void theByteBudgetBoundsTheInputsInFlightButNeverStopsALargeOne() {
    List<Input.File> inputs = new ArrayList<>(inputs(50, 100));
    inputs.add(25, new Input.File("big.txt", 10_000));
    AtomicLong bytesInFlight = new AtomicLong();
    AtomicLong maxBytesInFlight = new AtomicLong();
    List<String> results = new ArrayList<>();

    Pipeline.run(inputs, 4, 64, 1_000, input -> {
      maxBytesInFlight.accumulateAndGet(bytesInFlight.addAndGet(input.size()), Math::max);
      return input;
    }, input -> {
      results.add(input.source());
      bytesInFlight.addAndGet(-input.size());
    });

    assertThat(results).hasSize(51).contains("big.txt");
    assertThat(maxBytesInFlight.get()).isLessThanOrEqualTo(10_000);
  }

  @Test
  void oneJobWorksOnTheCallingThreadInOrder() {
    List<Input.File> inputs = inputs(50, 10);
    Thread caller = Thread.currentThread();
    List<String> results = new ArrayList<>();

    Pipeline.run(inputs, 1, 4, Long.MAX_VALUE, input -> {
      assertThat(Thread.currentThread()).isSameAs(caller);
      return input.source();
    }, results::add);

    assertThat(results).isEqualTo(inputs.stream().map(Input::source).toList());
  }

  @Test
  void severalJobsWorkOnOtherThreadsInChunksAndKeepTheOrder() {
    List<Input.File> inputs = inputs(1_000, 10);
    Thread caller = Thread.currentThread();
    java.util.Set<String> workers = java.util.concurrent.ConcurrentHashMap.newKeySet();
    List<String> results = new ArrayList<>();

    Pipeline.run(inputs, 2, 512, Long.MAX_VALUE, input -> {
      assertThat(Thread.currentThread()).isNotSameAs(caller);
      workers.add(Thread.currentThread().getName());
      return input.source();
    }, results::add);

    assertThat(results).isEqualTo(inputs.stream().map(Input::source).toList());
    assertThat(workers).isNotEmpty().allMatch(name -> name.startsWith("articlekit-parse-"));
  }

  @Test
  void anInputThatRanOutOfMemoryOnAWorkerRunsAgainAloneOnTheCallingThread() {
    List<Input.File> inputs = inputs(300, 10);
    Thread caller = Thread.currentThread();
    AtomicInteger running = new AtomicInteger();
    List<String> retried = new ArrayList<>();
    List<String> results = new ArrayList<>();

    Pipeline.run(inputs, 3, 64, Long.MAX_VALUE, input -> {
      int others = running.getAndIncrement();
      try {
        if (Thread.currentThread() == caller) {
          retried.add(input.source());
          assertThat(others).as("nothing else runs during a retry").isZero();
          return input.source() + " alone";
        }
        if (input.source().equals("0100.txt")) {
          throw new OutOfMemoryError("Java heap space"); // escapes the work: the input runs again
        }
        return input.source().equals("0200.txt") ? "no memory" : input.source(); // rejected: runs again
      } finally {
        running.decrementAndGet();
      }
    }, (input, result) -> result.equals("no memory"), results::add);

    assertThat(retried).containsExactly("0100.txt", "0200.txt");
    assertThat(results).hasSize(300).startsWith("0000.txt").contains("0099.txt", "0101.txt", "0199.txt", "0201.txt");
    assertThat(results.get(100)).isEqualTo("0100.txt alone");
    assertThat(results.get(200)).isEqualTo("0200.txt alone");
    assertThat(results.stream().filter(r -> !r.endsWith("alone")).toList())
        .isEqualTo(inputs.stream().map(Input::source).filter(s -> !s.equals("0100.txt") && !s.equals("0200.txt"))
            .toList());
  }

  @Test
  void withOneJobNothingRunsTwice() {
    List<Input.File> inputs = inputs(20, 10);
    AtomicInteger calls = new AtomicInteger();
    List<String> results = new ArrayList<>();

    Pipeline.run(inputs, 1, 8, Long.MAX_VALUE, input -> {
      calls.incrementAndGet();
      return "no memory";
    }, (input, result) -> true, results::add);

    assertThat(calls.get()).isEqualTo(20);
    assertThat(results).hasSize(20).containsOnly("no memory");
  }

  @Test
  void noInputsNoWork() {
    Pipeline.run(List.<Input>of(), 2, 8, 1, input -> {
      throw new AssertionError();
    }, result -> {
      throw new AssertionError();
    });
  }
}

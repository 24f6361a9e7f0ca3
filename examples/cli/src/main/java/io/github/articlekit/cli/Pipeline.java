package io.github.articlekit.cli;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a function over inputs on a pool of worker threads and hands the results to a consumer on the
 * calling thread, in input order, as soon as each is next in line.
 *
 * <p>Memory stays bounded whatever the number of inputs: at most {@code window} inputs are in flight
 * (submitted and not yet consumed), and their known sizes add up to at most {@code byteBudget} unless a
 * single input is larger, in which case it runs alone. Results are never collected.
 */
final class Pipeline {
  private Pipeline() {}

  /**
   * Runs {@code work} over {@code inputs}.
   *
   * @param inputs the inputs, in the order of the results
   * @param jobs the number of worker threads, at least 1
   * @param window the largest number of inputs in flight, at least 1
   * @param byteBudget the largest sum of known input sizes in flight
   * @param work the function; it should not throw (a thrown exception ends the run)
   * @param consumer receives each result on the calling thread, in order
   * @param <I> the input type
   * @param <R> the result type
   */
  static <I extends Input, R> void run(List<I> inputs, int jobs, int window, long byteBudget,
      Function<? super I, ? extends R> work, Consumer<? super R> consumer) {
    if (inputs.isEmpty()) {
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, inputs.size()), new Workers());
    try {
      ArrayDeque<Future<? extends R>> inFlight = new ArrayDeque<>(window);
      ArrayDeque<Long> sizes = new ArrayDeque<>(window);
      long bytesInFlight = 0;
      int next = 0;
      while (next < inputs.size() || !inFlight.isEmpty()) {
        while (next < inputs.size() && inFlight.size() < window
            && (inFlight.isEmpty() || bytesInFlight + inputs.get(next).size() <= byteBudget)) {
          I input = inputs.get(next++);
          inFlight.add(pool.submit(() -> work.apply(input)));
          sizes.add(input.size());
          bytesInFlight += input.size();
        }
        R result = await(inFlight.poll());
        bytesInFlight -= sizes.poll();
        consumer.accept(result);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static <R> R await(Future<R> future) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return future.get();
        } catch (InterruptedException e) {
          interrupted = true;
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          if (cause instanceof RuntimeException) {
            throw (RuntimeException) cause;
          }
          if (cause instanceof Error) {
            throw (Error) cause;
          }
          throw new IllegalStateException(cause);
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Daemon threads named after the tool, so that a failed run never hangs the JVM. */
  private static final class Workers implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable task) {
      Thread thread = new Thread(task, "articlekit-parse-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }
}

package io.github.articlekit.cli;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Runs a function over inputs and hands the results to a consumer on the calling thread, in input order.
 *
 * <p>With one job the calling thread does everything: no thread, no hand-off. With more, consecutive inputs
 * go to the worker threads in chunks, so that a thread hand-off costs once per chunk rather than once per
 * article (per-article futures spent more time in hand-offs than in parsing).
 *
 * <p>Memory stays bounded whatever the number of inputs: at most {@code window} inputs are in flight
 * (submitted and not yet consumed), and their known sizes add up to at most {@code byteBudget} unless a
 * single input is larger, in which case it runs alone. Results are never collected beyond their chunk.
 *
 * <p>An input that runs out of memory on a worker runs again alone: see
 * {@link #run(List, int, int, long, Function, BiPredicate, Consumer)}.
 */
final class Pipeline {
  /** Chunks per worker that may be in flight: enough to keep every worker busy while the caller consumes. */
  private static final int CHUNKS_PER_JOB = 4;

  private Pipeline() {}

  /**
   * Runs {@code work} over {@code inputs}.
   *
   * @param inputs the inputs, in the order of the results
   * @param jobs the number of worker threads, at least 1; 1 runs everything on the calling thread
   * @param window the largest number of inputs in flight, at least 1
   * @param byteBudget the largest sum of known input sizes in flight
   * @param work the function; it should not throw (a thrown exception ends the run)
   * @param consumer receives each result on the calling thread, in order
   * @param <I> the input type
   * @param <R> the result type
   */
  static <I extends Input, R> void run(List<I> inputs, int jobs, int window, long byteBudget,
      Function<? super I, ? extends R> work, Consumer<? super R> consumer) {
    run(inputs, jobs, window, byteBudget, work, (input, result) -> false, consumer);
  }

  /**
   * Runs {@code work} over {@code inputs}, and runs it again alone for the inputs whose first result
   * {@code retryAlone} rejects, or whose work on a worker ran out of memory.
   *
   * <p>An input that fails on a worker for lack of memory may only have lacked what the other workers held
   * at the time. With several jobs, such an input is run again on the calling thread once every input in
   * flight is done, so that nothing else holds memory, and that second result is the one consumed. With
   * one job everything already runs alone: no input runs twice.
   *
   * @param inputs the inputs, in the order of the results
   * @param jobs the number of worker threads, at least 1; 1 runs everything on the calling thread
   * @param window the largest number of inputs in flight, at least 1
   * @param byteBudget the largest sum of known input sizes in flight
   * @param work the function; it should not throw and returns non-null (a thrown exception other than an
   *     {@link OutOfMemoryError} on a worker ends the run)
   * @param retryAlone whether a result from a worker should be thrown away and the input run again alone
   * @param consumer receives each result on the calling thread, in order
   * @param <I> the input type
   * @param <R> the result type
   */
  static <I extends Input, R> void run(List<I> inputs, int jobs, int window, long byteBudget,
      Function<? super I, ? extends R> work, BiPredicate<? super I, ? super R> retryAlone,
      Consumer<? super R> consumer) {
    if (jobs <= 1 || inputs.size() <= 1) {
      for (I input : inputs) {
        consumer.accept(work.apply(input));
      }
      return;
    }
    int chunkInputs = Math.max(1, window / (CHUNKS_PER_JOB * jobs));
    long chunkBytes = Math.max(1, byteBudget / (CHUNKS_PER_JOB * jobs));
    ExecutorService pool = Executors.newFixedThreadPool(jobs, new Workers());
    try {
      ArrayDeque<Chunk<I, R>> chunks = new ArrayDeque<>();
      int inputsInFlight = 0;
      long bytesInFlight = 0;
      int next = 0;
      while (next < inputs.size() || !chunks.isEmpty()) {
        while (next < inputs.size() && inputsInFlight < window
            && (chunks.isEmpty() || bytesInFlight + inputs.get(next).size() <= byteBudget)) {
          int start = next;
          long bytes = inputs.get(next++).size();
          while (next < inputs.size() && next - start < chunkInputs && inputsInFlight + next - start < window) {
            long size = inputs.get(next).size();
            if (bytes + size > chunkBytes || bytesInFlight + bytes + size > byteBudget) {
              break;
            }
            bytes += size;
            next++;
          }
          List<I> inputsOfChunk = inputs.subList(start, next);
          Future<List<R>> results = pool.submit(() -> {
            List<R> done = new ArrayList<>(inputsOfChunk.size()); // sized: adding allocates nothing
            for (I input : inputsOfChunk) {
              R result;
              try {
                result = work.apply(input);
              } catch (OutOfMemoryError e) {
                result = null; // its memory is garbage now; the input runs again alone
              }
              done.add(result);
            }
            return done;
          });
          chunks.add(new Chunk<>(results, inputsOfChunk, bytes));
          inputsInFlight += inputsOfChunk.size();
          bytesInFlight += bytes;
        }
        Chunk<I, R> chunk = chunks.poll();
        List<R> results = await(chunk.results());
        inputsInFlight -= chunk.inputs().size();
        bytesInFlight -= chunk.bytes();
        for (int i = 0; i < chunk.inputs().size(); i++) {
          I input = chunk.inputs().get(i);
          R result = results == null ? null : results.set(i, null); // the chunk no longer holds it
          if (result == null || retryAlone.test(input, result)) {
            result = null;
            awaitAll(chunks);
            result = work.apply(input);
          }
          consumer.accept(result);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** @return the chunk's results, or null when the chunk itself ran out of memory before its inputs were done */
  private static <R> @Nullable List<R> await(Future<List<R>> future) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return future.get();
        } catch (InterruptedException e) {
          interrupted = true;
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          if (cause instanceof OutOfMemoryError) {
            return null;
          }
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

  /** Waits until every chunk in flight is done, whatever its outcome: that is looked at in its turn. */
  private static void awaitAll(Iterable<? extends Chunk<?, ?>> chunks) {
    boolean interrupted = false;
    for (Chunk<?, ?> chunk : chunks) {
      while (!chunk.results().isDone()) {
        try {
          chunk.results().get();
        } catch (InterruptedException e) {
          interrupted = true;
        } catch (ExecutionException | CancellationException e) {
          break;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** A chunk in flight: its results to come, its inputs, and the sum of their known sizes. */
  private record Chunk<I, R>(Future<List<R>> results, List<I> inputs, long bytes) {}

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

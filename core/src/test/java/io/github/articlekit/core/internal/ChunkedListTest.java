package io.github.articlekit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.articlekit.testing.Props;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChunkedListTest {
  private static final int CHUNK = ChunkedList.CHUNK;

  /** A run of builder operations, checked against an ArrayList doing the same. */
  private record Run(long seed, int steps) {}

  @Test
  void builderAndBuiltListsBehaveAsAnArrayListAcrossChunkBoundaries() {
    Props.forAll(60, random -> new Run(random.nextLong(), Props.size(random, 0, 4 * CHUNK)),
        run -> run.steps() == 0 ? List.of() : List.of(new Run(run.seed(), run.steps() / 2)),
        run -> "seed " + run.seed() + ", " + run.steps() + " steps",
        run -> {
          SplittableRandom random = new SplittableRandom(run.seed());
          ChunkedList.Builder<Integer> builder = new ChunkedList.Builder<>("items");
          List<Integer> oracle = new ArrayList<>();
          List<List<Integer>> builtSnapshots = new ArrayList<>();
          List<ChunkedList<Integer>> built = new ArrayList<>();
          for (int step = 0; step < run.steps(); step++) {
            int choice = random.nextInt(100);
            boolean bulk = oracle.size() < 3 * CHUNK; // bulk additions while the list is small: sizes stay near 4 chunks
            if (choice < 2 && !oracle.isEmpty()) {
              int from = random.nextInt(oracle.size() + 1);
              builder.subList(from, builder.size()).clear();
              oracle.subList(from, oracle.size()).clear();
            } else if (choice < 3 && built.size() < 8) {
              built.add(builder.build());
              builtSnapshots.add(List.copyOf(oracle));
            } else if (choice < 4 && bulk && !built.isEmpty()) {
              int which = random.nextInt(built.size());
              builder.addAll(built.get(which));
              oracle.addAll(builtSnapshots.get(which));
            } else if (choice < 5 && bulk) {
              ChunkedList.Builder<Integer> other = new ChunkedList.Builder<>("items");
              int count = random.nextInt(CHUNK + 2);
              for (int i = 0; i < count; i++) {
                other.add(i);
                oracle.add(i);
              }
              builder.addAll(random.nextBoolean() ? other : List.copyOf(other));
            } else if (choice < 8 && !oracle.isEmpty()) {
              int at = random.nextInt(oracle.size());
              builder.set(at, -step);
              oracle.set(at, -step);
            } else {
              builder.add(step);
              oracle.add(step);
            }
          }
          assertThat(builder).isEqualTo(oracle);
          assertThat(builder.build()).isEqualTo(oracle).hasSameHashCodeAs(oracle);
          // A built list does not change when the builder goes on.
          for (int i = 0; i < built.size(); i++) {
            assertThat(built.get(i)).containsExactlyElementsOf(builtSnapshots.get(i));
          }
        });
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 7, 8, 9, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK + 5})
  void noArrayOfTheListHoldsMoreThanOneChunkAndTheLastIsExact(int size) throws ReflectiveOperationException {
    ChunkedList.Builder<String> builder = new ChunkedList.Builder<>("items");
    for (int i = 0; i < size; i++) {
      builder.add("e" + i);
    }
    ChunkedList<String> list = builder.build();
    Object[][] chunks = chunksOf(list);
    int total = 0;
    for (Object[] chunk : chunks) {
      assertThat(chunk.length).isBetween(1, CHUNK);
      total += chunk.length;
    }
    assertThat(total).as("no slack in the built list").isEqualTo(size);
    assertThat(list).hasSize(size);
    if (size > 0) {
      assertThat(list.get(size - 1)).isEqualTo("e" + (size - 1));
    }
  }

  @Test
  void aShortListTakesAShortArray() throws ReflectiveOperationException {
    ChunkedList.Builder<String> builder = new ChunkedList.Builder<>("items");
    builder.add("a");
    Field chunks = ChunkedList.Builder.class.getDeclaredField("chunks");
    chunks.setAccessible(true);
    assertThat(((Object[][]) chunks.get(builder))[0]).hasSizeLessThanOrEqualTo(8);
  }

  @Test
  void everyMutatorOfABuiltListRefusesEvenWhenItWouldChangeNothing() {
    ChunkedList<String> list = ChunkedList.copyOf(List.of("a", "b"), "items");
    ChunkedList<String> empty = ChunkedList.of();
    List<ThrowingCallable> calls = List.of(
        () -> list.add("c"), () -> list.add(0, "c"), () -> list.set(0, "c"), () -> list.remove(0),
        () -> list.remove("zzz"), () -> list.addAll(List.of()), () -> list.addAll(0, List.of()),
        () -> list.removeAll(List.of()), () -> list.retainAll(List.of("a", "b")), () -> list.removeIf(s -> false),
        () -> list.replaceAll(s -> s), () -> list.sort(null), () -> empty.clear(), () -> list.clear(),
        () -> list.iterator().remove(), () -> list.subList(0, 1).clear());
    for (ThrowingCallable call : calls) {
      assertThatThrownBy(call).isInstanceOfAny(UnsupportedOperationException.class, IllegalStateException.class);
    }
    assertThat(list).containsExactly("a", "b");
  }

  @Test
  void nullElementsAreRefusedNamingTheAttribute() {
    ChunkedList.Builder<String> builder = new ChunkedList.Builder<>("headings");
    assertThatNullPointerException().isThrownBy(() -> builder.add(null)).withMessage("headings element");
    assertThatNullPointerException().isThrownBy(() -> ChunkedList.copyOf(Arrays.asList("a", null), "lead"))
        .withMessage("lead element");
    builder.add("a");
    assertThatNullPointerException().isThrownBy(() -> builder.set(0, null)).withMessage("headings element");
  }

  @Test
  void copyOfAChunkedListIsTheListItselfAndOfAnythingElseACopy() {
    ChunkedList<String> list = ChunkedList.copyOf(List.of("a"), "items");
    assertThat(ChunkedList.copyOf(list, "items")).isSameAs(list);
    List<String> source = new ArrayList<>(List.of("x", "y"));
    ChunkedList<String> copy = ChunkedList.copyOf(source, "items");
    source.set(0, "changed");
    assertThat(copy).containsExactly("x", "y");
    assertThat(ChunkedList.copyOf(List.of(), "items")).isSameAs(ChunkedList.of());
  }

  @Test
  void onlyTheEndOfABuilderCanBeRemoved() {
    ChunkedList.Builder<String> builder = new ChunkedList.Builder<>("items");
    builder.addAll(List.of("a", "b", "c"));
    assertThatThrownBy(() -> builder.subList(0, 1).clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> builder.get(3)).isInstanceOf(IndexOutOfBoundsException.class);
    builder.subList(1, 3).clear();
    assertThat(builder).containsExactly("a");
  }

  private static Object[][] chunksOf(ChunkedList<?> list) throws ReflectiveOperationException {
    Field chunks = ChunkedList.class.getDeclaredField("chunks");
    chunks.setAccessible(true);
    return (Object[][]) chunks.get(list);
  }
}

package io.github.articlekit.core.internal;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * An immutable list whose references are kept in arrays of at most {@value #CHUNK} elements: the
 * model's lists (blocks, sections, headings, boilerplate) and the parser's working lists.
 *
 * <p>Why: the G1 collector (the JVM's default) allocates an array larger than half a heap region
 * (512 KiB with the smallest, 1 MiB regions: 131,072 references) as one "humongous" object, and until
 * JDK 26 it frees a dead humongous array of references only in a concurrent cycle. Until then every
 * object the dead array points to stays reachable for the young collections, which copy and promote
 * it. A parse whose model holds a list of 600,000 blocks left such an array behind each time, and the
 * next collections copied every paragraph of every earlier parse: {@code tinyBlocks} at 2 Mi
 * characters (limits raised, JMH {@code ShapeBenchmark}, a 2 GB heap) took 149 ms a parse, 18 times
 * its time at 256 Ki; with 8 MiB regions, so that nothing was humongous, 74 ms. With the lists in
 * chunks it takes 74 ms in the default heap (10.9 times). Chunks of 4,096 references (16 KiB) are
 * never humongous, so a dead list is freed young like any small object.
 * Small lists, the usual case, are one exact-size array as in an {@code ArrayList}.
 *
 * @param <E> the element type
 */
public final class ChunkedList<E> extends AbstractList<E> implements RandomAccess {
  /** References per chunk: a power of two far below half of G1's smallest region. */
  static final int CHUNK = 4096;

  private static final int SHIFT = Integer.numberOfTrailingZeros(CHUNK);
  private static final int MASK = CHUNK - 1;
  private static final ChunkedList<?> EMPTY = new ChunkedList<>(new Object[0][], 0);

  private final Object[][] chunks;
  private final int size;

  private ChunkedList(Object[][] chunks, int size) {
    this.chunks = chunks;
    this.size = size;
  }

  /**
   * The empty list.
   *
   * @param <E> the element type
   * @return the empty list
   */
  @SuppressWarnings("unchecked")
  public static <E> ChunkedList<E> of() {
    return (ChunkedList<E>) EMPTY;
  }

  /**
   * An immutable copy of {@code items}, or {@code items} itself when it is already a {@link ChunkedList}.
   *
   * @param items the elements, none null
   * @param name the attribute's name, for the message of a null element ({@code "NAME element"})
   * @param <E> the element type
   * @return the list
   * @throws NullPointerException if {@code items} or one of its elements is null
   */
  @SuppressWarnings("unchecked")
  public static <E> ChunkedList<E> copyOf(Iterable<? extends E> items, String name) {
    if (items instanceof ChunkedList) {
      return (ChunkedList<E>) items;
    }
    if (items instanceof Builder) {
      return ((Builder<E>) items).build();
    }
    Builder<E> builder = new Builder<>(name);
    builder.addAll(items);
    return builder.build();
  }

  @Override
  @SuppressWarnings("unchecked")
  public E get(int index) {
    return (E) at(chunks, size, index);
  }

  /** Element {@code index} of {@code size} laid out in {@code chunks}: the layout of both classes. */
  private static Object at(Object[][] chunks, int size, int index) {
    Objects.checkIndex(index, size);
    return chunks[index >>> SHIFT][index & MASK];
  }

  @Override
  public int size() {
    return size;
  }

  // Every mutator refuses, as List.of's do, even when it would change nothing.

  @Override
  public boolean addAll(Collection<? extends E> elements) {
    throw immutable();
  }

  @Override
  public boolean addAll(int index, Collection<? extends E> elements) {
    throw immutable();
  }

  @Override
  public boolean remove(@Nullable Object element) {
    throw immutable();
  }

  @Override
  public boolean removeAll(Collection<?> elements) {
    throw immutable();
  }

  @Override
  public boolean retainAll(Collection<?> elements) {
    throw immutable();
  }

  @Override
  public boolean removeIf(Predicate<? super E> filter) {
    throw immutable();
  }

  @Override
  public void replaceAll(UnaryOperator<E> operator) {
    throw immutable();
  }

  @Override
  public void sort(@Nullable Comparator<? super E> comparator) {
    throw immutable();
  }

  @Override
  public void clear() {
    throw immutable();
  }

  private static UnsupportedOperationException immutable() {
    return new UnsupportedOperationException("the list is immutable");
  }

  /**
   * A growing list of the same layout, for building a {@link ChunkedList}: {@code add}, {@code get},
   * {@code set} and removal at the end ({@code subList(from, size()).clear()}). Not thread-safe.
   *
   * @param <E> the element type
   */
  public static final class Builder<E> extends AbstractList<E> implements RandomAccess {
    private static final int FIRST_CAPACITY = 8;

    private final String name;
    private Object[][] chunks = new Object[1][];
    private int size;

    /**
     * Creates an empty builder.
     *
     * @param name the attribute's name, for the message of a null element ({@code "NAME element"})
     */
    public Builder(String name) {
      this.name = name;
    }

    @Override
    public boolean add(E element) {
      if (element == null) {
        throw new NullPointerException(name + " element");
      }
      chunkWithRoom(1)[size & MASK] = element;
      size++;
      modCount++;
      return true;
    }

    @Override
    public boolean addAll(Collection<? extends E> elements) {
      return addAll((Iterable<? extends E>) elements);
    }

    /**
     * Adds every element of {@code elements}, in order.
     *
     * @param elements the elements, none null
     * @return whether any was added
     */
    public boolean addAll(Iterable<? extends E> elements) {
      int before = size;
      if (elements instanceof ChunkedList<? extends E> list) {
        // Null-free already: chunk by chunk, no check per element.
        for (Object[] chunk : list.chunks) {
          addChecked(chunk, chunk.length);
        }
      } else if (elements instanceof Builder<? extends E> list) {
        for (int c = 0, left = list.size; left > 0; c++, left -= CHUNK) {
          addChecked(list.chunks[c], Math.min(left, CHUNK));
        }
      } else if (elements instanceof RandomAccess && elements instanceof List<? extends E> list) {
        for (int i = 0, n = list.size(); i < n; i++) {
          add(list.get(i));
        }
      } else {
        for (E element : elements) {
          add(element);
        }
      }
      return size != before;
    }

    /** Appends the first {@code count} references of {@code from}, all known to be non-null. */
    private void addChecked(Object[] from, int count) {
      int copied = 0;
      while (copied < count) {
        int slot = size & MASK;
        int n = Math.min(count - copied, CHUNK - slot);
        System.arraycopy(from, copied, chunkWithRoom(n), slot, n);
        copied += n;
        size += n;
      }
      modCount++;
    }

    /**
     * The chunk where element {@code size} goes, made or grown to hold {@code wanted} more (at most to
     * the chunk's end). The first chunk grows as an ArrayList does, so that a short list takes a short
     * array; the others are made whole.
     */
    private Object[] chunkWithRoom(int wanted) {
      int chunk = size >>> SHIFT;
      if (chunk == chunks.length) {
        chunks = Arrays.copyOf(chunks, chunks.length * 2);
      }
      Object[] into = chunks[chunk];
      int needed = Math.min(CHUNK, (size & MASK) + wanted);
      if (into == null) {
        into = new Object[chunk == 0 ? Math.max(FIRST_CAPACITY, needed) : CHUNK];
        chunks[chunk] = into;
      } else if (into.length < needed) {
        into = Arrays.copyOf(into, Math.min(CHUNK, Math.max(needed, into.length * 2)));
        chunks[chunk] = into;
      }
      return into;
    }

    @Override
    @SuppressWarnings("unchecked")
    public E get(int index) {
      return (E) at(chunks, size, index);
    }

    @Override
    @SuppressWarnings("unchecked")
    public E set(int index, E element) {
      Objects.checkIndex(index, size);
      Objects.requireNonNull(element, () -> name + " element");
      Object[] chunk = chunks[index >>> SHIFT];
      E old = (E) chunk[index & MASK];
      chunk[index & MASK] = element;
      return old;
    }

    @Override
    public int size() {
      return size;
    }

    /** Removes the elements {@code [from, to)}; only the end of the list can be removed. */
    @Override
    protected void removeRange(int from, int to) {
      if (to != size) {
        throw new UnsupportedOperationException("only the end of a ChunkedList.Builder can be removed");
      }
      for (int i = from; i < to; i++) {
        chunks[i >>> SHIFT][i & MASK] = null; // no reference kept to what was removed
      }
      size = from;
      modCount++;
    }

    /** @return an immutable copy of the elements so far; the builder can go on */
    public ChunkedList<E> build() {
      if (size == 0) {
        return of();
      }
      int count = ((size - 1) >>> SHIFT) + 1;
      Object[][] copy = new Object[count][];
      for (int c = 0; c < count; c++) {
        int length = c == count - 1 ? size - (c << SHIFT) : CHUNK;
        copy[c] = Arrays.copyOf(chunks[c], length);
      }
      return new ChunkedList<>(copy, size);
    }
  }
}

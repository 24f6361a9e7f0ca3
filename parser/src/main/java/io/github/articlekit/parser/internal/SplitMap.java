package io.github.articlekit.parser.internal;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A map from strings: one JDK {@link HashMap} until it holds {@value #SPLIT_AT} keys, then 64 of them,
 * chosen by a mix of each key's hash. Each is a {@code HashMap}, whose tree bins bound what colliding
 * keys cost, so no input makes a lookup slow.
 *
 * <p>Why split: past 49,152 keys a single map's table is an array of 131,072 references, which the
 * G1 collector takes for one "humongous" object; dead, it keeps the map's entries alive for the young
 * collections until a concurrent cycle frees it (see {@code core.internal.ChunkedList}, measured
 * there). A list of 54,000 headings that never come back ({@code hugeList} at 2 Mi characters, limits
 * raised) made such a table on every parse. Split, each table stays far below that size.
 */
final class SplitMap<V> {
  /** Keys held before splitting: the table then has 65,536 references (256 KiB), one resize short of humongous. */
  static final int SPLIT_AT = 1 << 15;

  private static final int PART_BITS = 6;

  private HashMap<String, V> whole = new HashMap<>();
  private @Nullable HashMap<String, V> @Nullable [] parts;

  @Nullable V get(String key) {
    return mapOf(key).get(key);
  }

  void put(String key, V value) {
    Map<String, V> map = mapOf(key);
    map.put(key, value);
    if (parts == null && map.size() >= SPLIT_AT) {
      split();
    }
  }

  boolean isEmpty() {
    return parts == null && whole.isEmpty();
  }

  private Map<String, V> mapOf(String key) {
    @Nullable HashMap<String, V>[] split = parts;
    if (split == null) {
      return whole;
    }
    int part = (key.hashCode() * 0x9E3779B9) >>> (32 - PART_BITS);
    HashMap<String, V> map = split[part];
    if (map == null) {
      map = new HashMap<>();
      split[part] = map;
    }
    return map;
  }

  @SuppressWarnings("unchecked")
  private void split() {
    parts = (HashMap<String, V>[]) new HashMap<?, ?>[1 << PART_BITS];
    Map<String, V> old = whole;
    whole = new HashMap<>(0);
    old.forEach((key, value) -> mapOf(key).put(key, value));
  }
}

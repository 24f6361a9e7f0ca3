package io.github.articlekit.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SplitMapTest {
  @Test
  void everyKeyIsFoundBeforeAndAfterTheSplit() throws ReflectiveOperationException {
    SplitMap<Integer> map = new SplitMap<>();
    assertThat(map.isEmpty()).isTrue();
    int count = SplitMap.SPLIT_AT * 3;
    for (int i = 0; i < count; i++) {
      map.put("heading " + i, i);
      if (i == 0) {
        assertThat(map.isEmpty()).isFalse();
      }
      if (i == SplitMap.SPLIT_AT - 2) {
        assertThat(isSplit(map)).as("split only at SPLIT_AT keys").isFalse();
      }
    }
    assertThat(isSplit(map)).isTrue();
    assertThat(map.isEmpty()).isFalse();
    for (int i = 0; i < count; i++) {
      assertThat(map.get("heading " + i)).isEqualTo(i);
    }
    assertThat(map.get("heading " + count)).isNull();
    map.put("heading 7", -7);
    assertThat(map.get("heading 7")).isEqualTo(-7);
  }

  @Test
  void keysWithOneHashCodeAllLandInOnePartAndAreStillFound() {
    // "Aa" and "BB" have the same hashCode: 16 pairs make 65,536 keys with one hash.
    List<String> keys = new ArrayList<>(List.of(""));
    for (int round = 0; round < 16; round++) {
      List<String> longer = new ArrayList<>(keys.size() * 2);
      for (String key : keys) {
        longer.add(key + "Aa");
        longer.add(key + "BB");
      }
      keys = longer;
    }
    assertThat(keys).hasSize(1 << 16).allSatisfy(key -> assertThat(key.hashCode()).isEqualTo(keys0Hash()));
    SplitMap<String> map = new SplitMap<>();
    for (String key : keys) {
      map.put(key, key);
    }
    for (String key : keys) {
      assertThat(map.get(key)).isSameAs(key);
    }
    assertThat(map.get("Aa".repeat(15) + "BC")).isNull();
  }

  private static int keys0Hash() {
    return "Aa".repeat(16).hashCode();
  }

  private static boolean isSplit(SplitMap<?> map) throws ReflectiveOperationException {
    Field parts = SplitMap.class.getDeclaredField("parts");
    parts.setAccessible(true);
    return parts.get(map) != null;
  }
}

package io.github.articlekit.core.internal;

import java.util.List;

/** Small helpers behind the model's conveniences. */
public final class Models {
  private static final int LOG_TEXT_LIMIT = 60;

  private Models() {}

  /** {@code text} cut to a length fit for a log line, quoted. */
  public static String abbreviate(String text) {
    if (text.length() <= LOG_TEXT_LIMIT) {
      return '"' + text + '"';
    }
    int cut = LOG_TEXT_LIMIT;
    if (Character.isHighSurrogate(text.charAt(cut - 1))) {
      cut--; // never split a surrogate pair
    }
    return '"' + text.substring(0, cut) + "…\" (" + text.length() + " chars)";
  }

  /** The elements of {@code items} that are instances of {@code type}, in order, unmodifiable. */
  public static <T> List<T> only(List<?> items, Class<T> type) {
    ChunkedList.Builder<T> result = new ChunkedList.Builder<>("items");
    for (Object item : items) {
      if (type.isInstance(item)) {
        result.add(type.cast(item));
      }
    }
    return result.build();
  }
}

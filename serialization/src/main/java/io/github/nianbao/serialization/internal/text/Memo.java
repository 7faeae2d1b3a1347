package io.github.nianbao.serialization.internal.text;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A bounded, thread-safe memo of a pure function of short text, for the reader's hot paths: the
 * labels, headers and furniture of reports repeat from one report to the next, so that reading
 * many reports matches each distinct text once. Keys longer than {@link #MAX_KEY_LENGTH} are not
 * kept; when the memo holds {@code capacity} entries it is emptied and starts again, so that its
 * memory stays bounded whatever the input.
 *
 * @param <V> the value (never null)
 */
final class Memo<V> {
  /** The longest key kept, in characters. */
  static final int MAX_KEY_LENGTH = 200;

  private final int capacity;
  private final Function<String, V> function;
  private final ConcurrentHashMap<String, V> map = new ConcurrentHashMap<>();

  Memo(int capacity, Function<String, V> function) {
    this.capacity = capacity;
    this.function = function;
  }

  /** Returns the function's value for the key, computed once while it is kept. */
  V get(String key) {
    if (key.length() > MAX_KEY_LENGTH) {
      return function.apply(key);
    }
    V v = map.get(key);
    if (v == null) {
      v = function.apply(key);
      if (map.size() >= capacity) {
        map.clear();
      }
      map.put(key, v);
    }
    return v;
  }
}

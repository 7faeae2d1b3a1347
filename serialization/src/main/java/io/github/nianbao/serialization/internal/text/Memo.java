package io.github.nianbao.serialization.internal.text;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A bounded, thread-safe memo of a pure function of short text, for the reader's hot paths: the
 * labels, headers and furniture of reports repeat from one report to the next, so that reading many
 * reports matches each distinct text once. Keys longer than {@link #MAX_KEY_LENGTH} are not kept.
 * The memo has two generations, so that text seen once (a table row with its numbers, in a
 * directory of reports) does not push out text that recurs (the labels): a new key goes into the
 * young generation, and is copied into the old one when it is asked for again; a generation that
 * reaches {@code capacity} entries is emptied and starts again, so that memory stays bounded
 * whatever the input.
 *
 * <p>A key may be given as a range of a {@code char[]} ({@link #get(char[], int, int)}): a hit then
 * costs the hash of the range and one comparison, and no {@code String} is made. This relies on
 * {@link ConcurrentHashMap} calling the lookup key's {@code equals}: a range equals a stored {@code
 * String} of the same text, but a {@code String} never equals a stored range, so a memo should be
 * looked up with one form of key only (with both, a text may be computed and kept twice; never a
 * wrong value).
 *
 * @param <V> the value (never null)
 */
final class Memo<V> {
  /** The longest key kept, in characters. */
  static final int MAX_KEY_LENGTH = 200;

  private final int capacity;
  private final Function<String, V> function;

  /**
   * The generations. Keys are {@code String}s or stored {@link Range}s; lookups may use a {@link
   * Range}, which equals the same text.
   */
  private final ConcurrentHashMap<Object, V> young = new ConcurrentHashMap<>();

  private final ConcurrentHashMap<Object, V> old = new ConcurrentHashMap<>();

  Memo(int capacity, Function<String, V> function) {
    this.capacity = capacity;
    this.function = function;
  }

  /** Returns the function's value for the key, computed once while it is kept. */
  V get(String key) {
    if (key.length() > MAX_KEY_LENGTH) {
      return function.apply(key);
    }
    V v = old.get(key);
    if (v != null) {
      return v;
    }
    v = young.get(key);
    if (v != null) {
      promote(key, v);
      return v;
    }
    return put(key);
  }

  private void promote(Object key, V v) {
    if (old.size() >= capacity) {
      old.clear();
    }
    old.put(key, v);
  }

  /** Returns the function's value for the text {@code chars[from, to)}, as {@link #get(String)}. */
  V get(char[] chars, int from, int to) {
    if (to - from > MAX_KEY_LENGTH) {
      return function.apply(new String(chars, from, to - from));
    }
    return get(new Range(chars, from, to));
  }

  private V get(Range range) {
    V v = old.get(range);
    if (v != null) {
      return v;
    }
    v = young.get(range);
    if (v != null) {
      promote(range.copy(), v);
      return v;
    }
    v = function.apply(new String(range.chars, range.from, range.to - range.from));
    store(range.copy(), v);
    return v;
  }

  private V put(String key) {
    V v = function.apply(key);
    store(key, v);
    return v;
  }

  private void store(Object key, V v) {
    if (young.size() >= capacity) {
      young.clear();
    }
    young.put(key, v);
  }

  /**
   * A key given as a range of characters: it has the hash of the {@code String} of the same text
   * and equals that {@code String} (the map calls the lookup key's {@code equals}) or a range of
   * the same text. A range is stored as a {@linkplain #copy() copy} of its characters.
   */
  private static final class Range {
    private final char[] chars;
    private final int from;
    private final int to;
    private final int hash;

    Range(char[] chars, int from, int to) {
      this.chars = chars;
      this.from = from;
      this.to = to;
      int h = 0;
      for (int i = from; i < to; i++) {
        h = 31 * h + chars[i];
      }
      this.hash = h;
    }

    @Override
    public int hashCode() {
      return hash;
    }

    Range(char[] chars, int from, int to, int hash) {
      this.chars = chars;
      this.from = from;
      this.to = to;
      this.hash = hash;
    }

    /** The same text in an array of its own, to be stored. */
    Range copy() {
      return new Range(java.util.Arrays.copyOfRange(chars, from, to), 0, to - from, hash);
    }

    @Override
    public boolean equals(Object o) {
      if (o instanceof Range r) {
        return r.hash == hash && java.util.Arrays.equals(chars, from, to, r.chars, r.from, r.to);
      }
      if (!(o instanceof String s) || s.length() != to - from) {
        return false;
      }
      for (int i = 0; i < s.length(); i++) {
        if (s.charAt(i) != chars[from + i]) {
          return false;
        }
      }
      return true;
    }
  }
}

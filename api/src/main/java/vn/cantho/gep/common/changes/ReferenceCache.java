package vn.cantho.gep.common.changes;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Values read from the reference data (org units, periods, plans, targets, reporters), kept per key
 * while {@link DataChanges#referenceVersion} stays the one they were read at, and read afresh on
 * every call while that version is not trusted (notifications not heard).
 */
public final class ReferenceCache<K, V> {
  private record Entry<V>(DataChanges.Version version, V value) {}

  private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

  /**
   * The value kept under the key, or a new one from {@code read}.
   *
   * @param version the reference version taken before reading
   */
  public V get(DataChanges.Version version, K key, Supplier<V> read) {
    Entry<V> hit = entries.get(key);
    if (version.trusted() && hit != null && hit.version().equals(version)) {
      return hit.value();
    }
    V value = read.get();
    if (version.trusted()) {
      entries.put(key, new Entry<>(version, value));
    }
    return value;
  }
}

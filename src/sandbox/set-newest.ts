/**
 * Sets `key` as the newest entry of an insertion-ordered map bounded to `limit` entries: the
 * oldest one goes first when it is full. What a guest can grow without end stays bounded this way.
 */
export function setNewest<K, V>(map: Map<K, V>, key: K, value: V, limit: number): void {
  map.delete(key);
  if (map.size >= limit) {
    const oldest = map.keys().next();
    if (!oldest.done) map.delete(oldest.value);
  }
  map.set(key, value);
}

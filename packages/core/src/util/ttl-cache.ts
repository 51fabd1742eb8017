/**
 * A small per-process cache for settings read on every request (categories, calendars, deadline
 * rules). Writes in this process clear it at once; other Lambda instances see a change within
 * the TTL, which is fine for settings an office edits a few times a year.
 */
export function ttlCache<T>(ttlMs: number) {
  const entries = new Map<string, { at: number; value: Promise<T> }>();
  return {
    get(key: string, load: () => Promise<T>, now = Date.now()): Promise<T> {
      const hit = entries.get(key);
      if (hit && now - hit.at < ttlMs) return hit.value;
      const value = load();
      entries.set(key, { at: now, value });
      // A failed load must not be remembered.
      value.catch(() => entries.delete(key));
      return value;
    },
    clear() {
      entries.clear();
    },
  };
}

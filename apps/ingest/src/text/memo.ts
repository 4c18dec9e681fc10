// The pipeline asks the same pure questions many times over (a sentence's fold, a line's word count,
// a title search), so each keeps its recent answers. Forgetting them all at once when the limit is
// reached keeps memory bounded without the bookkeeping of an LRU; the answers never change.

/**
 * `fn` with its answers remembered for the last keys (up to `limit`, then all are forgotten at
 * once). `copy`, when given, is applied to every answer handed out, so callers may change theirs.
 */
export function memo<K, V>(fn: (key: K) => V, limit = Number.POSITIVE_INFINITY, copy?: (value: V) => V): (key: K) => V {
  const seen = new Map<K, V>();
  return (key) => {
    let value = seen.get(key);
    if (value === undefined && !seen.has(key)) {
      value = fn(key);
      if (seen.size >= limit) seen.clear();
      seen.set(key, value);
    }
    const answer = value as V;
    return copy ? copy(answer) : answer;
  };
}

/** Fresh shallow copies of a list of hits (a memo's `copy` for search results). */
export const copyEach = <T extends object>(items: readonly T[]): T[] => items.map((item) => ({ ...item }));

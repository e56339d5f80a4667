/**
 * Values kept while one synchronous build runs (a run's verdicts, a results view), keyed by what they
 * were read from: a longer-lived cache could outlive the arrays' contents, which Monte Carlo draws
 * overwrite in place.
 */
export interface BuildCache<O, K, V> {
  /** Run `build` with the cache on; a build inside another shares the outer one's values. */
  during<T>(build: () => T): T;
  /** The values kept for `owner` while a build runs; null outside one. */
  of(owner: O): Map<K, V> | null;
}

export function buildCache<O, K, V>(): BuildCache<O, K, V> {
  let shared: Map<O, Map<K, V>> | null = null;
  return {
    during(build) {
      const outer = shared;
      shared = outer ?? new Map();
      try {
        return build();
      } finally {
        shared = outer;
      }
    },
    of(owner) {
      if (!shared) return null;
      let kept = shared.get(owner);
      if (!kept) shared.set(owner, (kept = new Map()));
      return kept;
    },
  };
}

// The same sentence is searched for titles and places by several stages in turn; a regex pass over
// a thousand phrases is the costliest step, so the last texts' hits are kept. Callers get copies.
const LIMIT = 512;

/** `find` with its results remembered for the most recent texts (each call returns fresh objects). */
export function memoFind<T extends object>(find: (text: string) => T[]): (text: string) => T[] {
  const seen = new Map<string, T[]>();
  return (text) => {
    let hits = seen.get(text);
    if (hits === undefined) {
      hits = find(text);
      if (seen.size >= LIMIT) seen.clear();
      seen.set(text, hits);
    }
    return hits.map((h) => ({ ...h }));
  };
}

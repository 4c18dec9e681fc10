import { foldText, nameTokens } from '../person-key.js';

/** Remembers a string function's results: corpora repeat their names, places and roles many times. */
function memo<T>(f: (s: string) => T): (s: string) => T {
  const cache = new Map<string, T>();
  return (s) => {
    let out = cache.get(s);
    if (out === undefined) {
      // bounded so that a long-running process reloading many corpora does not grow without limit
      if (cache.size >= 100_000) cache.clear();
      out = f(s);
      cache.set(s, out);
    }
    return out;
  };
}

/** Folded text with single spaces: how names, places and roles are compared. */
export const fold = memo((s: string) => foldText(s).replace(/\s+/g, ' ').trim());
/** Folded letters, digits and "+" only: how aliases are compared ("2 + 2" is "2+2"). */
export const squash = memo((s: string) => foldText(s).replace(/[^\p{L}\p{N}+]/gu, ''));
/** How many name tokens a name has: the fuller spelling wins. */
export const nameLength = memo((s: string) => nameTokens(s).length);

// the same order as String#localeCompare, many times faster when sorting thousands of ids
export const byLocale = new Intl.Collator().compare;

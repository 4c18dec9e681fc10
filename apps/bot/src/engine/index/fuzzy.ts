/** Whether a and b are at most one edit apart (insert, delete, substitute, or swap two neighbours). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** How a typed word matches a word of a label: 2 exact prefix, 1 prefix with one typo, 0 none. */
export function prefixMatch(typed: string, word: string): 0 | 1 | 2 {
  if (word.startsWith(typed)) return 2;
  // a typo needs a few letters of context, or every short word would match; numbers never have typos
  if (typed.length < 3 || word.length < 2) return 0;
  // one edit leaves the first letter in place, or touches it and keeps the second one's neighbour:
  // most words fail this before any slicing (autocomplete tries every word of every label)
  const [t0, t1, w0, w1] = [typed[0], typed[1], word[0], word[1]];
  if (t0 !== w0 && t1 !== w1 && t1 !== w0 && t0 !== w1) return 0;
  if (/^\d+$/.test(typed)) return 0;
  for (let len = typed.length - 1; len <= typed.length + 1; len++) {
    if (len <= word.length && withinOneEdit(typed, word.slice(0, len))) return 1;
  }
  return 0;
}

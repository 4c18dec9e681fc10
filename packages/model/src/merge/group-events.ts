import { firstAbove, probedBuckets } from './meeting-buckets.js';
import { type MeetingKeys, otherCountries, sameMeetingKeys } from './merge-keys.js';

/**
 * Union-find over events, refusing a union that would put two events of one article together
 * or join groups whose countries say they are other meetings. Pairs are tried in (i, j) order,
 * so the groups are those of comparing every pair; only events sharing a bucket are compared.
 * Returns each event's group root.
 */
export function groupEvents(keys: readonly MeetingKeys[], articleOf: readonly string[]): number[] {
  const parent = keys.map((_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] ?? r;
    // path compression: the roots stay the same, later look-ups take one step
    for (let x = i; parent[x] !== r; ) {
      const next = parent[x] ?? r;
      parent[x] = r;
      x = next;
    }
    return r;
  };
  const members = new Map(articleOf.map((id, i) => [i, new Set([id])]));
  // a group's countries, so that events naming one side cannot chain two pairs' meetings together
  const countries = new Map(keys.map((k, i) => [i, new Set(k.countries)]));
  const union = (ri: number, rj: number) => {
    const mi = members.get(ri) ?? new Set<string>();
    const mj = members.get(rj) ?? new Set<string>();
    const [small, big] = mi.size < mj.size ? [mi, mj] : [mj, mi];
    if ([...small].some((id) => big.has(id))) return;
    const ci = countries.get(ri) ?? new Set<string>();
    const cj = countries.get(rj) ?? new Set<string>();
    if (otherCountries(ci, cj)) return;
    parent[rj] = ri;
    for (const id of mj) mi.add(id);
    members.set(ri, mi);
    for (const c of cj) ci.add(c);
    countries.set(ri, ci);
  };
  const candidatesOf = candidateFinder(keys, articleOf);
  for (let i = 0; i < keys.length; i++) {
    const ki = keys[i];
    if (!ki) continue;
    for (const j of candidatesOf(i)) {
      const kj = keys[j];
      const ri = find(i);
      const rj = find(j);
      if (ri === rj || !kj || !sameMeetingKeys(ki, kj)) continue;
      union(ri, rj);
    }
  }
  return keys.map((_, i) => find(i));
}

/** For each i, the events j > i sharing one of its buckets, of other articles, once each and in order. */
function candidateFinder(keys: readonly MeetingKeys[], articleOf: readonly string[]): (i: number) => number[] {
  const probed = probedBuckets(keys);
  const seen = new Int32Array(keys.length).fill(-1);
  return (i) => {
    const candidates: number[] = [];
    for (const bucket of probed[i] ?? []) {
      for (let y = firstAbove(bucket, i); y < bucket.length; y++) {
        const j = bucket[y] as number;
        if (seen[j] === i || articleOf[j] === articleOf[i]) continue;
        seen[j] = i;
        candidates.push(j);
      }
    }
    return candidates.sort((a, b) => a - b);
  };
}

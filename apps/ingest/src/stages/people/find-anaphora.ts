import type { ArticlePerson, FoundPerson } from '../../draft/mentions.js';
import { foldKeepLength } from '../../text/fold.js';
import { overlaps, type SentenceRef, type Span } from '../../text/span.js';
import type { PeopleTools } from './people-tools.js';

const DEFINITE = /(?:^|[\s'’])(?:le|la|l['’]|du|au|the|this|ce|cette)\s*$/iu;
const LEADER = /(?<!\p{L})(?:dirigeant|dirigeante|leader|chef de la diplomatie|h[ôo]te|guest)(?!\p{L})/giu;

/**
 * Finds people named by their title and nationality alone ("le ministre japonais", "du président
 * vietnamien", "the Japanese leader") when exactly one person of the article fits.
 */
export function findTitledAnaphora(
  sentence: SentenceRef,
  tools: PeopleTools,
  people: readonly ArticlePerson[],
  already: readonly FoundPerson[],
): FoundPerson[] {
  const { text } = sentence;
  const heads: (Span & { head: string })[] = [
    ...tools.titles.find(text).map((h) => ({ ...h, head: foldKeepLength(h.singular ?? h.text) })),
    ...[...text.matchAll(LEADER)].map((m) => {
      const start = m.index ?? 0;
      return { start, end: start + m[0].length, text: m[0], head: '' };
    }),
  ];
  const out: FoundPerson[] = [];
  for (const h of heads) {
    if (already.some((p) => overlaps(p.quote, h)) || out.some((p) => overlaps(p.quote, h))) continue;
    if (!DEFINITE.test(text.slice(0, h.start))) continue;
    // the nationality follows in French ("le ministre japonais"), precedes in English ("the Japanese minister")
    const after = /^\s+(\p{L}[\p{L}-]*)/u.exec(text.slice(h.end));
    const before = /(\p{L}[\p{L}-]*)\s+$/u.exec(text.slice(0, h.start));
    let span: Span | null = null;
    let country: string | null = null;
    if (after?.[1] && tools.gazetteer.countryOf(after[1])) {
      country = tools.gazetteer.countryOf(after[1]);
      const end = h.end + after[0].length;
      span = { start: h.start, end, text: text.slice(h.start, end) };
    } else if (before?.[1] && tools.gazetteer.countryOf(before[1])) {
      country = tools.gazetteer.countryOf(before[1]);
      const start = h.start - before[0].length;
      span = { start, end: h.end, text: text.slice(start, h.end) };
    } else {
      // "le chef de la diplomatie japonaise": the nationality closes the title
      const m = /^([^,;.]{0,30}?)\s(\p{L}[\p{L}-]*)(?=[\s,;.]|$)/u.exec(text.slice(h.end));
      if (m?.[2] && tools.gazetteer.countryOf(m[2]) && !/\p{Lu}/u.test(m[1] ?? '')) {
        country = tools.gazetteer.countryOf(m[2]);
        const end = h.end + m[0].length;
        span = { start: h.start, end, text: text.slice(h.start, end) };
      }
    }
    if (!span || !country) continue;
    // a name right after the title is the titled pass's business
    if (/^\s*,?\s*\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(text.slice(span.end))) continue;
    const same = people.filter((p) => p.country === country && p.rolePriority >= 2);
    const byHead = h.head ? same.filter((p) => p.role && foldKeepLength(p.role).includes(h.head)) : [];
    const pick = byHead.length === 1 ? byHead[0] : same.length === 1 ? same[0] : undefined;
    if (!pick) continue;
    out.push({
      sentence,
      name: span,
      key: pick.key,
      role: null,
      country,
      quote: span,
      titled: false,
      readings: [],
      plural: false,
      anaphor: true,
    });
  }
  return out;
}

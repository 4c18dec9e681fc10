import type { ArticlePerson, FoundPerson } from '../../draft/mentions.js';
import { foldKeepLength } from '../../text/fold.js';
import { overlaps, type SentenceRef, type Span } from '../../text/span.js';
import type { PeopleTools } from './people-tools.js';

const DEFINITE = /(?:^|[\s'’])(?:le|la|l['’]|du|au|the|this|ce|cette)\s*$/iu;
// "the first Indian prime minister", "the visiting Japanese minister": words between "the" and the nationality
const ENGLISH_LEAD = /(?:^|\s)(?:the|this)\s+(?:(?:first|new|visiting|top|then|current|former)\s+)?$/iu;
// offices told by what they are ("le chef de l'État algérien" is the president): folded heads
const SAME_OFFICE: readonly (readonly string[])[] = [
  ["chef de l'etat", 'head of state', 'president', 'roi', 'king', 'reine', 'queen', 'emir', 'sultan'],
  ['chef du gouvernement', 'head of government', 'premier ministre', 'prime minister', 'chancelier', 'chancellor'],
  [
    'chef de la diplomatie',
    'affaires etrangeres',
    'foreign minister',
    'foreign secretary',
    'secretary of state',
    'external affairs',
  ],
];

/** Whether a role (folded) holds the office a title names (folded head). */
function holds(role: string, head: string): boolean {
  if (role.includes(head)) return true;
  return SAME_OFFICE.some((row) => row.some((h) => head.includes(h)) && row.some((h) => role.includes(h)));
}

const officeOf = (t: string) => SAME_OFFICE.findIndex((row) => row.some((h) => t.includes(h)));

/** "le président français" is not the French defence minister: two offices that cannot be one. */
function clashes(role: string, head: string): boolean {
  if (!role || !head || holds(role, head)) return false;
  const a = officeOf(role);
  const b = officeOf(head);
  if (a >= 0 && b >= 0) return a !== b;
  // a head of state is no minister, and the other way round
  return (a === 0 && /minist/.test(head)) || (b === 0 && /minist/.test(role));
}
const LEADER = /(?<!\p{L})(?:dirigeant|dirigeante|leader|chef de la diplomatie|h[ôo]te|guest)(?!\p{L})/giu;

const roleOf = (p: ArticlePerson) => foldKeepLength(p.role ?? '').toLowerCase();

/**
 * The one person a title and nationality stand for: of that nationality (by office when several);
 * else, when nobody of that nationality holds the office, the one person holding it whose country
 * nothing in the text tells (a person with no title is never guessed: "le président ukrainien" is
 * not whoever else the article names).
 */
function pickPerson(
  people: readonly ArticlePerson[],
  country: string,
  head: string,
  unread: ReadonlySet<string>,
): { person: ArticlePerson; byOffice: boolean } | undefined {
  // a country only guessed is no match: "le président français" is not the guest guessed French
  const same = people.filter((p) => p.country === country && !unread.has(p.key) && p.rolePriority >= 2);
  const byHead = head ? same.filter((p) => p.role && holds(roleOf(p), head)) : [];
  const only = same.length === 1 && same[0] && !clashes(roleOf(same[0]), head) ? same[0] : undefined;
  const pick = byHead.length === 1 ? byHead[0] : only;
  if (pick || byHead.length > 0) return pick ? { person: pick, byOffice: false } : undefined;
  const open = people.filter((p) => unread.has(p.key) && p.rolePriority >= 3 && head && holds(roleOf(p), head));
  return open.length === 1 && open[0] ? { person: open[0], byOffice: true } : undefined;
}

/**
 * Finds people named by their title and nationality alone ("le ministre japonais", "du président
 * vietnamien", "the Japanese leader") when exactly one person of the article fits.
 */
export function findTitledAnaphora(
  sentence: SentenceRef,
  tools: PeopleTools,
  people: readonly ArticlePerson[],
  already: readonly FoundPerson[],
  /** People whose country nothing in the text tells (a guess from the article's sides or its place). */
  unread: ReadonlySet<string> = new Set(),
): FoundPerson[] {
  const { text } = sentence;
  const heads: (Span & { head: string; priority: number })[] = [
    ...tools.titles.find(text).map((h) => ({ ...h, head: foldKeepLength(h.singular ?? h.text).toLowerCase() })),
    ...[...text.matchAll(LEADER)].map((m) => {
      const start = m.index ?? 0;
      return { start, end: start + m[0].length, text: m[0], head: '', priority: 0 };
    }),
  ];
  const out: FoundPerson[] = [];
  for (const h of heads) {
    if (already.some((p) => overlaps(p.quote, h)) || out.some((p) => overlaps(p.quote, h))) continue;
    // the nationality follows in French ("le ministre japonais"), precedes in English ("the Japanese minister")
    const after = /^\s+(\p{L}[\p{L}-]*)/u.exec(text.slice(h.end));
    const before = /(\p{L}[\p{L}-]*)\s+$/u.exec(text.slice(0, h.start));
    const lead = before ? text.slice(0, h.start - before[0].length) : '';
    const englishDefinite = !!before?.[1] && !!tools.gazetteer.countryOf(before[1]) && ENGLISH_LEAD.test(lead);
    const definite = DEFINITE.test(text.slice(0, h.start));
    if (!definite && !englishDefinite) continue;
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
    const picked = pickPerson(people, country, h.head, unread);
    if (!picked) continue;
    const pick = picked.person;
    out.push({
      sentence,
      name: span,
      key: pick.key,
      // "le chef de l'État algérien" tells the office of a person named without one
      role: h.priority >= 3 ? { ...span, priority: h.priority } : null,
      country,
      quote: span,
      titled: false,
      readings: [],
      plural: false,
      anaphor: true,
      // English descriptions ("the first Indian prime minister to…") tell who a person is more often
      // than who took part in the sentence's meeting
      ...(definite ? {} : { silent: true }),
      ...(picked.byOffice ? { byOffice: true } : {}),
    });
  }
  return out;
}

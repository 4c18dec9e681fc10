import fc from 'fast-check';
import type { Article, DateRef, Event, Fact, PersonMention } from '../../src/index.js';

// Small pools, so that generated articles often report the same meetings (same day and alias,
// kind and participant, series and ordinal), disagree on dates, places, countries and roles,
// and chain several articles' events into one component.
const PEOPLE = [
  { name: 'Kishida Fumio', key: 'fumio kishida' },
  { name: 'Fumio Kishida', key: 'fumio kishida' },
  { name: 'Pham Minh Chinh', key: 'chinh minh pham' },
  { name: 'Phạm Minh Chính', key: 'chinh minh pham' },
  { name: 'Nguyen Van A', key: 'a nguyen van' },
  { name: 'Anne Martin', key: 'anne martin' },
];
const COUNTRIES = ['VN', 'JP', 'FR', 'AU', null];
const ROLES = ['Prime Minister', 'prime minister', 'Minister of Defence', null];
const DATES: DateRef[] = [
  { iso: '2024-12-04', text: '4 December 2024', year: 'stated' },
  { iso: '--12-04', text: '4 December', year: 'unknown' },
  { iso: '2025-12-04', text: '4 December 2025', year: 'stated' },
  { iso: '2024-03-01', text: '1 March 2024', year: 'stated' },
  { iso: '2024-03', text: 'March 2024', year: 'stated' },
];
const SERIES = ['Vietnam-Japan defence dialogue', 'dialogue on defence Vietnam-Japan', 'strategic dialogue', null];
const KINDS = ['dialogue', 'talks', 'meeting'] as const;
const ALIASES = ['2+2', '2 + 2', 'G7'];
const PLACES = [
  { name: 'Tokyo', country: 'JP' },
  { name: 'Hanoi', country: 'VN' },
  { name: 'Ha Noi', country: 'VN' },
];

const SENTENCES = ['Leaders met in the capital.', 'They spoke of defence.', 'An agreement was signed.'];
const BODY = SENTENCES.join(' ');

const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

const mention = fc.record({
  person: pick(PEOPLE),
  role: pick(ROLES),
  country: pick(COUNTRIES),
  sentence: fc.nat({ max: SENTENCES.length - 1 }),
});

const event = fc.record({
  kind: pick(KINDS),
  aliases: fc.subarray(ALIASES, { maxLength: 2 }),
  ordinal: fc.option(fc.integer({ min: 1, max: 3 })),
  series: pick(SERIES),
  date: fc.option(pick(DATES)),
  place: fc.option(pick(PLACES)),
  participants: fc.subarray([0, 1, 2, 3, 4, 5], { maxLength: 3 }),
  countries: fc.array(pick(COUNTRIES), { minLength: 3, maxLength: 3 }),
  outcomes: fc.subarray(['a deal', 'A deal', 'more talks']),
  // a signing ceremony held at another event of the article (by index; none when out of range)
  partOf: fc.option(fc.nat({ max: 2 })),
  // which outcomes an outcome fact tells (its source is the event's sentence)
  told: fc.subarray([0, 1, 2]),
});

/** Offsets of each sentence in BODY. */
const offsets = SENTENCES.map((s, i) => {
  const start = SENTENCES.slice(0, i).reduce((n, x) => n + x.length + 1, 0);
  return { text: s, start, end: start + s.length };
});

type Spec<A> = A extends fc.Arbitrary<infer T> ? T : never;

function build(id: string, spec: { mentions: Spec<typeof mention>[]; events: Spec<typeof event>[] }): Article {
  const source = (i: number) => ({
    articleId: id,
    sentenceId: `${id}-s${i + 1}`,
    start: offsets[i]?.start ?? 0,
    end: offsets[i]?.end ?? 1,
  });
  const people: PersonMention[] = spec.mentions.map((m) => ({
    name: m.person.name,
    key: m.person.key,
    role: m.role,
    country: m.country,
    quote: SENTENCES[m.sentence] as string,
    source: source(m.sentence),
  }));
  const events: Event[] = spec.events.map((e, i) => ({
    id: `${id}-e${i + 1}`,
    kind: e.kind,
    name: `meeting ${i + 1}`,
    aliases: e.aliases,
    ordinal: e.ordinal,
    series: e.series,
    date: e.date,
    place: e.place,
    participants: e.participants
      .map((p, j) => {
        const who = PEOPLE[p] as (typeof PEOPLE)[number];
        return { name: who.name, key: who.key, role: null, country: e.countries[j] ?? null };
      })
      .filter((p, j, all) => all.findIndex((q) => q.key === p.key) === j),
    outcomes: e.outcomes,
    ...(e.partOf !== null && e.partOf !== i && e.partOf < spec.events.length
      ? { partOf: `${id}-e${e.partOf + 1}` }
      : {}),
    evidence: [source(i % SENTENCES.length)],
  }));
  const facts: Fact[] = spec.events.flatMap((e, i) =>
    e.told
      .filter((k) => k < e.outcomes.length)
      .map((k) => ({
        id: `${id}-f${i + 1}-${k}`,
        about: `${id}-e${i + 1}`,
        kind: 'outcome' as const,
        text: e.outcomes[k] as string,
        quote: SENTENCES[i % SENTENCES.length] as string,
        source: source(i % SENTENCES.length),
      })),
  );
  return {
    id,
    title: null,
    language: 'en',
    publisher: null,
    url: null,
    published: null,
    dateline: null,
    body: BODY,
    sentences: offsets.map((o, i) => ({
      id: `${id}-s${i + 1}`,
      text: o.text,
      start: o.start,
      end: o.end,
      paragraph: 0,
    })),
    removed: [],
    repairs: [],
    people,
    events,
    facts,
    source: { file: `${id}.txt`, sha256: '0'.repeat(64), bytes: BODY.length, ingestedAt: '2026-01-01T00:00:00.000Z' },
    warnings: [],
  };
}

/** Ids of [a-z0-9-], some prefixes of others (x1, x1-c1), so that the corpus order is tested too. */
const articleId = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,4}$/);

/** A corpus of distinct articles, in the order they are stored. */
export const arbitraryCorpus = fc
  .uniqueArray(
    fc.record({
      id: articleId,
      mentions: fc.array(mention, { maxLength: 4 }),
      events: fc.array(event, { maxLength: 3 }),
    }),
    { selector: (a) => a.id, minLength: 1, maxLength: 14 },
  )
  .map((specs) => specs.map((s) => build(s.id, s)));

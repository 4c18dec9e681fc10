import { nameTokens, personKey } from '@kizuna/model';
import type { FoundPerson } from '../../draft/mentions.js';
import { memo } from '../../text/memo.js';
import { overlaps, type SentenceRef, type Span } from '../../text/span.js';
import { type NameRun, nameRuns } from './name-runs.js';
import { firstWordStart } from './name-shape.js';
import type { PeopleTools } from './people-tools.js';

/** A person met titled in the article: the name as first written, and the rank of their title (3 office … 0 none). */
export interface KnownPerson {
  name: string;
  tokens: string[];
  rank: number;
}

/** Finds mentions of people already met in the article: full names, or one unambiguous word of a name. */
export function findKnownPeople(
  sentence: SentenceRef,
  known: ReadonlyMap<string, KnownPerson>,
  already: readonly FoundPerson[],
  tools: PeopleTools,
): FoundPerson[] {
  const { text } = sentence;
  const titleHits = tools.titles.find(text);
  const out: FoundPerson[] = [];
  for (const run of nameRuns(text, (t) => titleHits.some((h) => overlaps(h, t)))) {
    for (const sub of subRuns(run)) {
      if (already.some((p) => overlaps(p.name, sub)) || out.some((p) => overlaps(p.name, sub))) continue;
      const key = resolveKey(sub, known, sub.start === firstWordStart(text), tools);
      if (!key) continue;
      out.push({
        sentence,
        name: { start: sub.start, end: sub.end, text: sub.text },
        key,
        role: null,
        country: null,
        quote: { start: sub.start, end: sub.end, text: sub.text },
        titled: false,
        readings: [],
        plural: false,
      });
    }
  }
  return out;
}

/** The whole run first, then shorter pieces: "Nguyên Chi Vinh et Ro Manabe" gives two known names. */
function* subRuns(run: NameRun): Generator<Span> {
  const n = run.tokens.length;
  for (let len = n; len >= 1; len--) {
    for (let i = 0; i + len <= n; i++) {
      const a = run.tokens[i];
      const b = run.tokens[i + len - 1];
      if (a && b) yield { start: a.start, end: b.end, text: run.text.slice(a.start - run.start, b.end - run.start) };
    }
  }
}

// every piece of every name run is checked against every known person: their tokens are kept
const writtenTokens = memo(
  (name: string): string[] => nameTokens(name).filter((t) => !/^(?:jr|sr|ii|iii|iv)$/.test(t)),
  1024,
);

function resolveKey(
  span: Span,
  known: ReadonlyMap<string, KnownPerson>,
  sentenceStart: boolean,
  tools: PeopleTools,
): string | null {
  const key = personKey(span.text);
  if (known.has(key)) return key;
  const tokens = key.split('-');
  if (tokens.length === 1) {
    const w = tokens[0] ?? '';
    // "Son homologue…" at the start of a sentence is not Bui Thanh Son
    if (sentenceStart && (tools.stopwords.has(w) || tools.isCommonWord(w))) return null;
  }
  // one word of a name is its first or last ("Kishida", "Abe", "Chinh"), never a middle one ("Minh")
  const matches = [...known.entries()].filter(([, p]) => {
    if (tokens.length > 1) return tokens.every((t) => p.tokens.includes(t));
    const written = writtenTokens(p.name);
    return tokens[0] === written[0] || tokens[0] === written[written.length - 1];
  });
  if (matches.length === 1 && matches[0]) return matches[0][0];
  // "Biden" beside "first lady Jill Biden", "Ruto" beside his wife: a family name alone is the
  // office holder's when one match alone holds the highest-ranked title
  const top = Math.max(...matches.map(([, p]) => p.rank));
  const holders = matches.filter(([, p]) => p.rank === top);
  return tokens.length === 1 && top >= 3 && holders.length === 1 && holders[0] ? holders[0][0] : null;
}

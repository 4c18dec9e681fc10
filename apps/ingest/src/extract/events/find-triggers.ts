import { EventKind } from '@kizuna/model';
import type { KindsFile } from '../lexicon/load-lexicon.js';
import { foldKeepLength } from '../text/fold.js';
import { hasMatchNotAfter, matchesNotAfter } from '../text/not-after.js';
import { overlaps, type Span } from '../text/span.js';
import { readOrdinal } from './read-name.js';

/** A word that names a meeting, with what surrounds it. */
export interface TriggerHit extends Span {
  kind: EventKind;
  /** Order of the kind in the lexicon: lower is more specific. */
  rank: number;
  /** "after the talks": the sentence refers back to a meeting told elsewhere. */
  background: boolean;
  /** "depuis 2014", "the next summit": not a meeting this article reports. */
  passing: boolean;
  /** Where the meeting's written name starts when a verb's clause names it ("met … for the 2nd 2+2 meeting"). */
  nameStart?: number;
}

export interface TriggerTools {
  find(text: string): TriggerHit[];
  /** "visite officielle", "state visit": the trip that holds the meetings. */
  frames(text: string): Span[];
  isOutcome(text: string): boolean;
  isCochair(text: string): boolean;
}

const KINDS = new Set<string>(EventKind.options);

export function buildTriggerTools(k: KindsFile): TriggerTools {
  const triggers = k.triggers.map((t, rank) => {
    if (!KINDS.has(t.kind)) throw new Error(`unknown event kind in kinds.json: ${t.kind}`);
    return { kind: t.kind as EventKind, rank, re: new RegExp(t.pattern, 'giu') };
  });
  const frame = new RegExp(k.frame, 'giu');
  const background = new RegExp(k.background, 'iu');
  // look-behinds checked by hasMatchNotAfter(…, LETTER_BEFORE)
  const passing = new RegExp(`(?:${k.passing})(?![\\p{L}])`, 'giu');
  const planned = new RegExp(k.planned, 'iu');
  const outcome = new RegExp(`(?:${k.outcome})`, 'giu');
  const cochair = new RegExp(`(?:${k.cochair})`, 'giu');
  // "met X in Manila for the second 2+2 meeting": the verb's clause names the meeting it is part of
  const partOf = new RegExp(`(?:^|[\\s,])(?:${k.partOf})((?:[^\\s,;.]+\\s+){0,6})$`, 'iu');
  const prior = new RegExp(`(?:${k.prior})(?![\\p{L}])`, 'giu');
  return {
    find(text) {
      const folded = foldKeepLength(text);
      const frames = wordStartSpans(text, frame, folded, LETTER_BEFORE);
      const hits: TriggerHit[] = [];
      for (const t of triggers) {
        for (const s of wordStartSpans(text, t.re, folded)) {
          if (hits.some((h) => overlaps(h, s)) || frames.some((f) => overlaps(f, s))) continue;
          // the clause around the word: "X will travel … for talks" is planned, "after talks, X said Japan will…" is not
          const before = folded.slice(Math.max(0, s.start - 80), s.start);
          const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'));
          const after = folded.slice(s.end, s.end + 40);
          const stop = /[,;:.]/.exec(after);
          const window =
            before.slice(cut + 1) + folded.slice(s.start, s.end) + after.slice(0, stop ? stop.index : after.length);
          hits.push({
            ...s,
            kind: t.kind,
            rank: t.rank,
            background: background.test(folded.slice(Math.max(0, s.start - 40), s.start)),
            passing:
              hasMatchNotAfter(window, passing, LETTER_BEFORE) ||
              planned.test(folded.slice(Math.max(0, s.start - 40), s.start)) ||
              // "Earlier this year, X visited Hanoi": told before the story, not the article's meeting
              hasMatchNotAfter(folded.slice(0, s.start), prior, LETTER_BEFORE) ||
              hasMatchNotAfter(window, prior, LETTER_BEFORE),
          });
        }
      }
      hits.sort((a, b) => a.start - b.start);
      // "summit meeting", "réunion au sommet": one meeting named twice, the more specific kind wins
      const merged: TriggerHit[] = [];
      for (const h of hits) {
        const prev = merged[merged.length - 1];
        if (prev && /^\s*(?:au|de|du|des|-)?\s*$/u.test(folded.slice(prev.end, h.start))) {
          const keep = prev.rank <= h.rank ? prev : h;
          merged[merged.length - 1] = {
            ...keep,
            start: prev.start,
            end: h.end,
            text: text.slice(prev.start, h.end),
            background: prev.background,
            passing: prev.passing || h.passing,
          };
        } else merged.push(h);
      }
      return absorbNamed(merged, folded, partOf);
    },
    frames: (text) => wordStartSpans(text, frame, foldKeepLength(text), LETTER_BEFORE),
    isOutcome: (text) => hasMatchNotAfter(foldKeepLength(text), outcome, LETTER_BEFORE),
    isCochair: (text) => hasMatchNotAfter(foldKeepLength(text), cochair, LETTER_BEFORE),
  };
}

const LETTER_OR_NUMBER_BEFORE = /[\p{L}\p{N}]$/u;
const LETTER_BEFORE = /\p{L}$/u;

/** The matches of `re` that do not start inside a word, as spans (trailing spaces trimmed). */
function wordStartSpans(text: string, re: RegExp, folded: string, notAfter = LETTER_OR_NUMBER_BEFORE): Span[] {
  return matchesNotAfter(folded, re, notAfter).map((m) => {
    const end = m.index + m[0].trimEnd().length;
    return { start: m.index, end, text: text.slice(m.index, end) };
  });
}

const ABSORBING = new Set<EventKind>(['meeting', 'talks', 'reception', 'visit']);
const MAX_GAP = 260;
const NAMED = new Set<EventKind>(['dialogue', 'ministerial_meeting', 'summit']);
const GENERIC_NAMED = new Set<EventKind>(['meeting', 'talks']);
const SINCE = /(?<![\p{L}])(?:depuis|since)(?![\p{L}])/u;

/**
 * "X met Y … for the second 2+2 ministerial meeting", "a rencontré … dans le cadre du 5e dialogue":
 * the verb and the named meeting are one event, told with the named one's kind and name. A side
 * meeting ("on the sidelines of") stays its own event because that phrase is not a part-of link.
 */
export function absorbNamed(hits: readonly TriggerHit[], folded: string, partOf: RegExp): TriggerHit[] {
  const out: TriggerHit[] = [];
  for (let i = 0; i < hits.length; i++) {
    const g = hits[i];
    const n = hits[i + 1];
    if (!g) continue;
    if (!n || !ABSORBING.has(g.kind) || n.start - g.end > MAX_GAP) {
      out.push(g);
      continue;
    }
    // the named meeting is more specific than the verb: a named kind, a series number ("5e dialogue"),
    // or the meeting a host received someone for; "first meeting since 2013" is no series number
    const ordinal = readOrdinal(folded, n.start);
    const numbered = !!ordinal && !SINCE.test(folded.slice(n.end, n.end + 80).split(/[,;.]/)[0] ?? '');
    const specific = NAMED.has(n.kind) || numbered || (g.kind === 'reception' && GENERIC_NAMED.has(n.kind));
    if (!specific) {
      out.push(g);
      continue;
    }
    const between = folded.slice(g.end, n.start);
    const tail = between.slice(between.lastIndexOf(',') + 1);
    const m = /[.;:]/.test(between) ? null : partOf.exec(tail.length < between.length ? ` ${tail}` : tail);
    if (!m) {
      out.push(g);
      continue;
    }
    out.push({ ...n, nameStart: n.start - (m[1] ?? '').length, background: g.background, passing: g.passing });
    i += 1;
  }
  return out;
}

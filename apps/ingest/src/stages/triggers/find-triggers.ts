import type { TriggerHit } from '../../draft/mentions.js';
import type { MeetingWords } from '../../resources/meeting-words.js';
import { foldKeepLength } from '../../text/fold.js';
import { hasMatchNotAfter, LETTER_BEFORE, wordStartSpans } from '../../text/not-after.js';
import { overlaps, type Span } from '../../text/span.js';
import { absorbNamed } from './absorb-named.js';

/** Whether the meeting word at `s` is told in passing: planned, recalled from before the story, "since 2014". */
function toldInPassing(folded: string, s: Span, words: MeetingWords): boolean {
  // the clause around the word: "X will travel … for talks" is planned, "after talks, X said Japan will…" is not
  const before = folded.slice(Math.max(0, s.start - 80), s.start);
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'));
  const after = folded.slice(s.end, s.end + 40);
  const stop = /[,;:.]/.exec(after);
  const window =
    before.slice(cut + 1) + folded.slice(s.start, s.end) + after.slice(0, stop ? stop.index : after.length);
  return (
    hasMatchNotAfter(window, words.passing, LETTER_BEFORE) ||
    words.planned.test(folded.slice(Math.max(0, s.start - 40), s.start)) ||
    // "Earlier this year, X visited Hanoi": told before the story, not the article's meeting
    hasMatchNotAfter(folded.slice(0, s.start), words.prior, LETTER_BEFORE) ||
    hasMatchNotAfter(window, words.prior, LETTER_BEFORE)
  );
}

/** "summit meeting", "réunion au sommet": one meeting named twice, the more specific kind wins. */
function mergeAdjacent(hits: readonly TriggerHit[], text: string, folded: string): TriggerHit[] {
  const merged: TriggerHit[] = [];
  for (const h of hits) {
    const prev = merged[merged.length - 1];
    if (prev && /^\s*["«»“”]?\s*(?:au|de|du|des|-)?\s*["«»“”]?\s*$/u.test(folded.slice(prev.end, h.start))) {
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
  return merged;
}

const NAMED_KINDS = new Set(['dialogue', 'ministerial_meeting', 'summit']);
const MEDIUM = /vid[ée]o|visio|en ligne|online|virtual/iu;

/** "le 2+2 par visioconférence", "summit by video conference": the link is how the named meeting was held. */
function dropMedium(hits: TriggerHit[]): TriggerHit[] {
  if (!hits.some((h) => NAMED_KINDS.has(h.kind) && !h.passing)) return hits;
  return hits.filter((h) => !(h.kind === 'phone_call' && MEDIUM.test(h.text)));
}

/** The meeting words of a sentence, left to right, outside the frame of a visit. */
export function findTriggers(text: string, words: MeetingWords): TriggerHit[] {
  const folded = foldKeepLength(text);
  const frames = wordStartSpans(text, words.frame, folded, LETTER_BEFORE);
  const hits: TriggerHit[] = [];
  for (const t of words.triggers) {
    for (const s of wordStartSpans(text, t.re, folded)) {
      if (hits.some((h) => overlaps(h, s)) || frames.some((f) => overlaps(f, s))) continue;
      hits.push({
        ...s,
        kind: t.kind,
        rank: t.rank,
        background: words.background.test(folded.slice(Math.max(0, s.start - 40), s.start)),
        passing: toldInPassing(folded, s, words),
      });
    }
  }
  hits.sort((a, b) => a.start - b.start);
  return absorbNamed(dropMedium(mergeAdjacent(hits, text, folded)), folded, words.partOf);
}

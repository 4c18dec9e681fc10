import type { Sentence } from '@kizuna/model';
import type { DraftEvent } from '../../draft/meetings.js';
import type { MeetingWords } from '../../resources/meeting-words.js';
import { foldKeepLength } from '../../text/fold.js';
import { hasMatchNotAfter, LETTER_BEFORE } from '../../text/not-after.js';
import { wholeSentence } from '../../text/span.js';

const MAX_SPAN = 8;

/** Whether a sentence tells what a meeting produced (signed, agreed, memoranda…). */
export const isOutcome = (text: string, words: MeetingWords): boolean =>
  hasMatchNotAfter(foldKeepLength(text), words.outcome, LETTER_BEFORE);

/**
 * Each meeting with the outcome sentences told after it (signed, agreed, memoranda…), up to the
 * next meeting's sentence.
 */
export function attachOutcomes(
  events: readonly DraftEvent[],
  sentences: readonly Sentence[],
  words: MeetingWords,
): DraftEvent[] {
  const starts = events.map((e) => e.trigger.sentence).sort((a, b) => a - b);
  return events.map((e) => {
    const from = e.trigger.sentence;
    const next = starts.find((s) => s > from) ?? sentences.length;
    const outcomes = [...e.outcomes];
    for (let i = from; i < Math.min(next, from + MAX_SPAN); i++) {
      const s = sentences[i];
      if (!s || !isOutcome(s.text, words)) continue;
      outcomes.push({ sentence: i, span: wholeSentence(s) });
    }
    return { ...e, outcomes };
  });
}

import type { Sentence } from '@kizuna/model';
import type { DraftEvent } from '../../draft/meetings.js';
import type { MeetingWords } from '../../resources/meeting-words.js';
import type { OutcomeWords } from '../../resources/outcome-words.js';
import { foldKeepLength } from '../../text/fold.js';
import { matchesNotAfter, LETTER_OR_NUMBER_BEFORE } from '../../text/not-after.js';
import type { Located } from '../../text/span.js';
import { findOutcomes } from './find-outcomes.js';

/** Whether a sentence is told as before the story ("last year", "l'an dernier"): its outcomes are not this meeting's. */
const isPrior = (text: string, words: MeetingWords): boolean =>
  matchesNotAfter(foldKeepLength(text), words.prior, LETTER_OR_NUMBER_BEFORE).length > 0;

/**
 * Each meeting with the outcomes of the sentences that belong to it: from its own sentence to the
 * next meeting's (the first meeting also takes the sentences before it: a lead often says the
 * result first). Each outcome is a phrase of its sentence.
 */
export function attachOutcomes(
  events: readonly DraftEvent[],
  sentences: readonly Sentence[],
  words: { meeting: MeetingWords; outcome: OutcomeWords },
): DraftEvent[] {
  const starts = [...new Set(events.map((e) => e.trigger.sentence))].sort((a, b) => a - b);
  const first = starts[0] ?? 0;
  return events.map((e) => {
    const own = e.trigger.sentence;
    // two meetings told in one sentence: the outcomes go to the first of them
    if (events.find((x) => x.trigger.sentence === own) !== e) return e;
    const from = own === first ? 0 : own;
    const to = starts.find((s) => s > own) ?? sentences.length;
    const outcomes: Located[] = [...e.outcomes];
    for (let i = from; i < to; i++) {
      const s = sentences[i];
      if (!s || isPrior(s.text, words.meeting)) continue;
      for (const span of findOutcomes(s.text, words.outcome)) outcomes.push({ sentence: i, span });
    }
    return { ...e, outcomes };
  });
}

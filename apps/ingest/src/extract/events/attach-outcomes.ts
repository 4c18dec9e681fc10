import type { SentenceFacts } from './build-events.js';
import type { DraftEvent } from './draft-event.js';
import type { TriggerTools } from './find-triggers.js';

const MAX_SPAN = 8;

/**
 * Gives each meeting the outcome sentences told after it (signed, agreed, memoranda…), up to the
 * next meeting's sentence.
 */
export function attachOutcomes(events: DraftEvent[], facts: readonly SentenceFacts[], triggers: TriggerTools) {
  const starts = events.map((e) => e.trigger.sentence).sort((a, b) => a - b);
  for (const e of events) {
    const from = e.trigger.sentence;
    const next = starts.find((s) => s > from) ?? facts.length;
    for (let i = from; i < Math.min(next, from + MAX_SPAN); i++) {
      const f = facts[i];
      if (!f || !triggers.isOutcome(f.sentence.text)) continue;
      e.outcomes.push({ sentence: i, span: { start: 0, end: f.sentence.text.length, text: f.sentence.text } });
    }
  }
}

/** A short outcome text: the sentence cut at a word boundary. */
export function shortText(text: string, max = 220): string {
  const t = text.trim().replace(/\s+/g, ' ');
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 30))}…`;
}

import type { Choice } from './contract.js';
import { CHOICE_LIMITS, cutText } from './discord-limits.js';

/**
 * Choices as Discord accepts them: at most 25, names cut to 100 characters with an ellipsis,
 * and no choice whose string value is empty or too long (a cut value would mean something else).
 */
export function fitChoices(choices: readonly Choice[]): Choice[] {
  const out: Choice[] = [];
  for (const choice of choices) {
    if (out.length === CHOICE_LIMITS.count) break;
    if (typeof choice.value === 'string' && (choice.value.length === 0 || choice.value.length > CHOICE_LIMITS.length))
      continue;
    const name = cutText(choice.name, CHOICE_LIMITS.length);
    if (name.length === 0) continue;
    out.push({ ...choice, name });
  }
  return out;
}

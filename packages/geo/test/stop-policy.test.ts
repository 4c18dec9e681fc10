import { describe, expect, it } from 'vitest';
import { type Guard, isCityMention } from '../src/index.js';

/** The city name is the text between [ and ]. */
function mention(marked: string, guard: Guard): boolean {
  const start = marked.indexOf('[');
  const end = marked.indexOf(']') - 1;
  return isCityMention(marked.replace('[', '').replace(']', ''), start, end, guard);
}

describe('isCityMention (the stop policy)', () => {
  it.each([
    // free names count wherever they are capitalised
    ['The ministers met [Paris] officials on Monday.', 'free', true],
    ['[Paris] Saint-Germain won the cup.', 'free', false],
    ['Talks between [Tokyo] and Hanoi resumed.', 'free', true],
    ['Les entretiens ont repris à [Hanoï] mardi.', 'free', true],
    ['Les députés de [paris] ont voté.', 'free', false],
    // followed by a capitalised word: part of a longer name
    ['A goal by [Riyad] Mahrez sealed it.', 'free', false],
    ['They met at [Hyderabad] House on Tuesday.', 'free', false],
    ['reçu au palais royal de [Rabat] M. Pedro Sánchez', 'free', true],
    ['held talks in [Hanoi] Monday with officials', 'free', true],
    // context names need a place preposition or a dateline
    ['The treaty was signed in [Magelang], Central Java.', 'context', true],
    ['Le sommet aura lieu à [Nice] en juin.', 'context', true],
    ['It was a [Nice] gesture, he said.', 'context', false],
    ['President Vo [Van] Thuong welcomed him.', 'context', false],
    ['la visite à [Vladimir] Poutine', 'context', false],
    ['The couple will travel to [Mombasa] later this week.', 'context', true],
    ["l'avion s'est posé à l'aéroport de [Zurich] dimanche", 'context', true],
    ['near the port of [Cam Ranh] in the south', 'context', true],
    ['until the end of [March] next year', 'context', false],
    ['[WILMINGTON], Delaware — The leaders met on Saturday.', 'context', true],
    ['Dateline\n[Tokyo] (Kyodo) - The minister said', 'context', true],
    ['Mr [Austin] said the talks went well.', 'context', false],
  ] as const)('%s (%s) → %s', (marked, guard, expected) => {
    expect(mention(marked, guard)).toBe(expected);
  });
});

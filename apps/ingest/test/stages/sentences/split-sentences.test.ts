import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/stages/sentences/split-sentences.js';

const split = (body: string, language = 'fr') =>
  splitSentences(body, [{ start: 0, end: body.length }], language).map((s) => s.text);

describe('splitSentences', () => {
  it.each([
    ['M. Nguyen est arrivé. Il a parlé.', ['M. Nguyen est arrivé.', 'Il a parlé.']],
    ['Mme Tran et le Dr Lê ont signé. Fin.', ['Mme Tran et le Dr Lê ont signé.', 'Fin.']],
    [
      'La décision n° 12 a été prise. Ensuite MM. Ha et Vo sont partis.',
      ['La décision n° 12 a été prise.', 'Ensuite MM. Ha et Vo sont partis.'],
    ],
    ['Ferdinand Marcos Jr. held talks. Mr. Lee agreed.', ['Ferdinand Marcos Jr. held talks.', 'Mr. Lee agreed.']],
    [
      'Earlier this year, U.S. Secretary of State Antony Blinken visited. The U.N. Security Council met.',
      ['Earlier this year, U.S. Secretary of State Antony Blinken visited.', 'The U.N. Security Council met.'],
    ],
    [
      '« Nous sommes prêts », a-t-il dit. Puis il est parti !',
      ['« Nous sommes prêts », a-t-il dit.', 'Puis il est parti !'],
    ],
  ])('%s', (body, expected) => {
    expect(split(body, /[«M]me|n°|M\./.test(body) ? 'fr' : 'en')).toEqual(expected);
  });

  it('gives offsets into the body, paragraph indexes and stable ids, and skips a dateline', () => {
    const body = 'Rome (ANSA) – Une phrase. Deux.\n\nAutre paragraphe.';
    const s = splitSentences(
      body,
      [
        { start: 0, end: 31 },
        { start: 33, end: body.length },
      ],
      'fr',
      new Map([[0, 'Rome (ANSA) – '.length]]),
    );
    expect(s.map((x) => [x.id, x.text, x.paragraph])).toEqual([
      ['s1', 'Une phrase.', 0],
      ['s2', 'Deux.', 0],
      ['s3', 'Autre paragraphe.', 1],
    ]);
    for (const x of s) expect(body.slice(x.start, x.end)).toBe(x.text);
  });
});

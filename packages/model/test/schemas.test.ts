import { describe, expect, it } from 'vitest';
import { DateRef, Event, Fact, Participant, PersonMention, Sentence, Source } from '../src/index.js';
import { validArticle } from './fixtures.js';

const describeIssues = (error: { issues: { path: PropertyKey[]; message: string }[] } | undefined) =>
  (error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`).join('\n');

const article = validArticle();
const [event] = article.events;
const [person] = article.people;
const [fact] = article.facts;
const [sentence] = article.sentences;
if (!event || !person || !fact || !sentence) throw new Error('fixture lacks an event, person, fact or sentence');

describe('DateRef', () => {
  it.each([
    [{ iso: '2023-11-27', text: 'le 27 novembre 2023', year: 'stated' }],
    [{ iso: '2023-11', text: 'novembre 2023', year: 'stated' }],
    [{ iso: '1973', text: 'en 1973', year: 'stated' }],
    [{ iso: '--12-04', text: 'le 4 décembre', year: 'unknown' }],
    [{ iso: '--02-29', text: 'le 29 février', year: 'unknown' }],
    [{ iso: '2024-01-30', text: 'mardi 30 janvier', year: 'inferred', basis: 'weekday: Tuesday 30 January is 2024' }],
  ])('accepts %j', (value) => {
    expect(DateRef.safeParse(value).success).toBe(true);
  });

  it.each([
    [{ iso: '--12-04', text: 'le 4 décembre', year: 'stated' }, 'has no year, so year must be "unknown"'],
    [{ iso: '2023-12-04', text: 'le 4 décembre', year: 'unknown' }, 'has a year, so year cannot be "unknown"'],
    [{ iso: '2024-01-30', text: 'mardi 30 janvier', year: 'inferred' }, 'an inferred year needs a basis'],
    [{ iso: '2023-13-01', text: 'x', year: 'stated' }, 'is not a real date'],
    [{ iso: '2023-02-29', text: 'x', year: 'stated' }, 'is not a real date'],
    [{ iso: '04/12/2023', text: 'x', year: 'stated' }, 'expected YYYY-MM-DD'],
    [{ iso: '2023-12-04', text: '', year: 'stated' }, 'text'],
    [{ iso: '2023-12-04', text: 'x', year: 'sure' }, 'year'],
  ])('rejects %j (%s)', (value, message) => {
    const result = DateRef.safeParse(value);
    expect(result.success).toBe(false);
    expect(describeIssues(result.error)).toContain(message);
  });
});

describe('Source and Sentence', () => {
  const source = { articleId: 'a1', sentenceId: 'a1-s1', start: 3, end: 9 };
  it('accepts offsets', () => expect(Source.safeParse(source).success).toBe(true));
  it.each([
    [{ ...source, end: 3 }, 'end must be greater than start'],
    [{ ...source, start: -1 }, 'start'],
    [{ ...source, start: 1.5 }, 'start'],
    [{ ...source, sentenceId: '' }, 'sentenceId'],
    [{ ...source, extra: 1 }, 'extra'],
  ])('rejects %j', (value, message) => {
    const result = Source.safeParse(value);
    expect(result.success).toBe(false);
    expect(describeIssues(result.error)).toContain(message);
  });
  it('accepts a sentence and rejects one with no text', () => {
    expect(Sentence.safeParse(sentence).success).toBe(true);
    expect(Sentence.safeParse({ ...sentence, text: '' }).success).toBe(false);
    expect(Sentence.safeParse({ ...sentence, paragraph: -1 }).success).toBe(false);
  });
});

describe('people, events and facts', () => {
  it('accepts the fixture values', () => {
    expect(PersonMention.safeParse(person).success).toBe(true);
    expect(Participant.safeParse(event.participants[0]).success).toBe(true);
    expect(Event.safeParse(event).success).toBe(true);
    expect(Fact.safeParse(fact).success).toBe(true);
  });
  it.each([
    ['a lower-case country', () => PersonMention.safeParse({ ...person, country: 'jp' }), 'ISO 3166'],
    [
      'a three-letter country',
      () => Participant.safeParse({ ...person, quote: undefined, source: undefined, country: 'JPN' }),
      'ISO 3166',
    ],
    ['an unknown event kind', () => Event.safeParse({ ...event, kind: 'party' }), 'kind'],
    ['an ordinal of zero', () => Event.safeParse({ ...event, ordinal: 0 }), 'ordinal'],
    ['an event without evidence', () => Event.safeParse({ ...event, evidence: [] }), 'evidence'],
    ['an unknown fact kind', () => Fact.safeParse({ ...fact, kind: 'rumour' }), 'kind'],
    ['a fact without a quote', () => Fact.safeParse({ ...fact, quote: '' }), 'quote'],
  ])('rejects %s', (_what, parse, message) => {
    const result = parse();
    expect(result.success).toBe(false);
    expect(describeIssues(result.error)).toContain(message);
  });
});

import type { Sentence } from '@kizuna/model';
import type { ParagraphSpan } from '../../draft/blocks.js';
import { memo } from '../../text/memo.js';

// Intl.Segmenter ends a sentence after "M.", "Dr." or "U.S." when a capital follows; these never end one.
// A dotted acronym that does end a sentence is rarer in news than one before a title ("U.S. Secretary").
const ABBREVIATION =
  /(?:^|[\s(«"“'’-])(?:M|MM|Mme|Mmes|Mlle|Mlles|Me|Mgr|Dr|Drs|Pr|Prof|St|Ste|Sts|Mr|Mrs|Ms|Messrs|Gen|Lt|Col|Capt|Cpt|Maj|Sgt|Adm|Gov|Sen|Rep|Rev|Hon|Jr|Sr|No|Nos|n°|N°|art|Art|av|apr|J\.-C|cf|ex|p|pp|vol|fig|éd|env|approx|vs|Inc|Ltd|Co|Corp|Jan|Feb|Febr|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|janv|févr|avr|juil|sept|oct|nov|déc|\p{Lu}|(?:\p{Lu}\.)+\p{Lu})\.$/u;

// building a segmenter loads the locale's break rules: one per language is enough (it keeps no state)
const segmenterFor = memo((language: string) => new Intl.Segmenter(language, { granularity: 'sentence' }));

/**
 * Sentences of each paragraph with offsets into the body; ids are "s1", "s2"… in body order, so the
 * same body always gets the same ids. `skip` (dateline prefixes) is left out of the first sentence.
 */
export function splitSentences(
  body: string,
  paragraphs: readonly ParagraphSpan[],
  language: string,
  skip = new Map<number, number>(),
): Sentence[] {
  const segmenter = segmenterFor(language);
  const sentences: Sentence[] = [];
  paragraphs.forEach((p, paragraph) => {
    const from = p.start + (skip.get(paragraph) ?? 0);
    const text = body.slice(from, p.end);
    const pieces: ParagraphSpan[] = [];
    for (const seg of segmenter.segment(text)) {
      const start = from + seg.index;
      const end = start + seg.segment.length;
      const prev = pieces[pieces.length - 1];
      if (prev && ABBREVIATION.test(body.slice(prev.start, prev.end).trimEnd())) prev.end = end;
      else pieces.push({ start, end });
    }
    for (const piece of pieces) {
      const raw = body.slice(piece.start, piece.end);
      const start = piece.start + (raw.length - raw.trimStart().length);
      const end = piece.end - (raw.length - raw.trimEnd().length);
      if (end <= start) continue;
      sentences.push({ id: `s${sentences.length + 1}`, text: body.slice(start, end), start, end, paragraph });
    }
  });
  return sentences;
}

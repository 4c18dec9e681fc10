import type { Repair } from '@kizuna/model';

// A sentence end glued to the next sentence by the copy: "… partenariat global.Avec cette …",
// "… in 1963.Later …". The word before the stop has two letters or more (not an initial, "U.S.",
// "e.g."), or is a year; the word after is capitalised then lower case (not "ASP.NET", a domain,
// a decimal). Hand-written: sentence segmenters treat such a stop as inside a word.
const GLUED_STOP = /(?<![\p{L}\p{N}.])([\p{L}\p{M}]*\p{L}[\p{L}\p{M}]+|\d{4})([.!?])(\p{Lu}\p{Ll}[\p{L}\p{M}]*)/gu;

/**
 * Puts the missing space after a sentence end glued to a capitalised word, recording each as a
 * repair ("Manabe.Deputy" → "Manabe. Deputy"); `start` is the repair's offset in the returned text.
 */
export function unglueSentences(text: string): { text: string; repairs: Repair[]; inserted: number[] } {
  const repairs: Repair[] = [];
  const inserted: number[] = [];
  let shift = 0;
  const out = text.replace(GLUED_STOP, (whole: string, before: string, stop: string, after: string, at: number) => {
    const to = `${before}${stop} ${after}`;
    repairs.push({ from: whole, to, start: at + shift });
    inserted.push(at + shift + before.length + 1);
    shift += 1;
    return to;
  });
  return { text: out, repairs, inserted };
}

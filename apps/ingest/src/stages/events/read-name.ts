import type { Span } from '../../text/span.js';

/** The meeting's written name: from its ordinal or meeting word to the end of the noun phrase. */
export function readPhrase(text: string, start: number, triggerEnd: number): Span {
  const rest = text.slice(triggerEnd);
  const stop =
    /[,;:.!?]|\s[–—-]\s|\s(?:à|au|in|at|on|le|a|ont|s'est|s’est|has|have|was|were|qui|which|who|mardi|lundi|mercredi|jeudi|vendredi|samedi|dimanche)\s/u.exec(
      rest,
    );
  let end = triggerEnd + Math.min(stop ? stop.index : rest.length, 110);
  // never end inside an open bracket
  const open = text.slice(start, end).lastIndexOf('(');
  if (open >= 0 && !text.slice(start + open, end).includes(')')) {
    const close = text.indexOf(')', start + open);
    if (close >= 0 && close - end < 20) end = close + 1;
  }
  const phrase = text.slice(start, end).trimEnd();
  return { start, end: start + phrase.length, text: phrase };
}

/** Short names in brackets or quotation marks next to the meeting: "(2+2)", "(ADMM-Plus)", « 2+2 ». */
export function readAliases(phrase: string): string[] {
  const out: string[] = [];
  for (const m of phrase.matchAll(/[("“«]\s*([^()"“”«»]{1,16}?)\s*[)"”»]/gu)) {
    const a = (m[1] ?? '').trim();
    if (/\d|\+/.test(a) || /^[\p{Lu}][\p{Lu}\d-]{2,}$/u.test(a)) out.push(a);
  }
  return out;
}

import type { Repair } from '@kizuna/model';
import { type SplitContext, splitGlued } from './split-glued.js';

// A word and, when an apostrophe follows it, the letter after (to spot "parl'empereur").
const TOKEN = /\p{L}[\p{L}\p{M}]*/gu;
const ELISIONS = ['qu', 'l', 'd', 's', 'n', 'j', 'm', 'c', 't'];

/** Counts of every token in a text, for "the article uses this name elsewhere". */
export function tokenCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(TOKEN)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  return counts;
}

/** "parl" before an apostrophe → ["par", "l"] when "parl" is no word but "par" is. */
function splitElision(token: string, ctx: SplitContext): string[] | null {
  if (ctx.isWord(token.toLowerCase())) return null;
  for (const e of ELISIONS) {
    const head = token.slice(0, -e.length);
    if (token.toLowerCase().endsWith(e) && head.length >= 2 && ctx.isWord(head.toLowerCase()))
      return [head, token.slice(-e.length)];
  }
  return null;
}

// the capitalised word a token follows with one space or hyphen ("Sébastien Lecornu", "Jean-Yves")
const NAME_BEFORE = /(?:^|[\s(«"“])(\p{Lu}\p{Ll}+)[ -]$/u;

/** Whether the text before a token ends with a capitalised word that is no function word nor the sentence's first. */
function afterName(prefix: string, ctx: SplitContext): boolean {
  const m = NAME_BEFORE.exec(prefix.slice(-40));
  const word = m?.[1];
  if (!word || ctx.functionWords.has(word.toLowerCase())) return false;
  const before = prefix.slice(0, prefix.length - word.length - 1).trimEnd();
  return before !== '' && !/[.!?:]$/.test(before);
}

/** Repairs glued words in one paragraph; every repair's `start` is its offset in the returned text. */
export function repairText(text: string, ctx: SplitContext): { text: string; repairs: Repair[] } {
  let out = '';
  let last = 0;
  const repairs: Repair[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const token = m[0];
    const at = m.index;
    const next = text[at + token.length];
    const beforeApostrophe = (next === "'" || next === '’') && /\p{L}/u.test(text[at + token.length + 1] ?? '');
    // the word before as repaired, so a second pass reads the same neighbour
    const named =
      /^\p{Lu}\p{Ll}+$/u.test(token) && !ctx.isWord(token.toLowerCase()) && afterName(out + text.slice(last, at), ctx);
    const pieces = beforeApostrophe ? splitElision(token, ctx) : splitGlued(token, ctx, named);
    if (!pieces) continue;
    const to = pieces.join(' ');
    out += text.slice(last, at);
    repairs.push({ from: token, to, start: out.length });
    out += to;
    last = at + token.length;
  }
  return { text: out + text.slice(last), repairs };
}

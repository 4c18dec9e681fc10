import type { Block } from '../../draft/blocks.js';
import { dateLine } from '../../text/date-line.js';

// A line that stops mid-sentence: no closing punctuation (nor a table bar) at its end
const OPEN_END = /[^.!?:;…»"”’)\]|]$/u;

// A credit glued to the sentence after it by the copy: "… Photo : VNALe Japon est …"
const GLUED_CREDIT =
  /((?:^|[\s.])(?:Photos?|Ảnh|Vidéo|Video|Crédit|Credit)\s?:\s?[\p{Lu}][\p{L}/.]{1,24}?)(?=\p{Lu}\p{Ll}{1,})/gu;

/** Puts a line break after a photo credit glued to the next sentence (only whitespace changes). */
export function unglueCredits(text: string): string {
  return text.replace(GLUED_CREDIT, '$1\n');
}

/**
 * Splits normalised text into blocks: every non-empty line is one block, except that a line starting
 * in lower case continues the line above it when that one stops mid-sentence (hard-wrapped text,
 * headings broken over two lines), unless it is a date line.
 */
export function segment(text: string): Block[] {
  const blocks: Block[] = [];
  let blank = true;
  for (const line of unglueCredits(text).split('\n')) {
    const t = line.trim();
    if (!t) {
      blank = true;
      continue;
    }
    const last = blocks[blocks.length - 1];
    // a date line ("date 2025-06-11") under a masthead is a line of its own
    if (last && !blank && OPEN_END.test(last.text) && /^\p{Ll}/u.test(t) && !dateLine(t)) {
      last.text = `${last.text} ${t}`;
      continue;
    }
    blocks.push({ text: t, index: blocks.length, blankBefore: blank });
    blank = false;
  }
  return blocks;
}

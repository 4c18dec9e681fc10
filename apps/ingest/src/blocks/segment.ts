/** One non-empty line of the pasted text. */
export interface Block {
  text: string;
  /** Position among the blocks. */
  index: number;
  /** Whether a blank line comes before it (paragraph break) rather than a single line break. */
  blankBefore: boolean;
}

/** Splits normalised text into blocks: every non-empty line is one block. */
export function segment(text: string): Block[] {
  const blocks: Block[] = [];
  let blank = true;
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (!t) {
      blank = true;
      continue;
    }
    blocks.push({ text: t, index: blocks.length, blankBefore: blank });
    blank = false;
  }
  return blocks;
}

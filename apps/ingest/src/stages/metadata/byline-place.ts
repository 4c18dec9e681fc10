import type { ClassifiedBlock } from '../../draft/blocks.js';

// "envoyé spécial à Port-Vila", "de notre correspondante à Dakar", "special correspondent in Doha",
// "reporting from Kyiv": where the writer filed from, as a wire dateline tells it
const FILED_FROM =
  /(?:envoy[ée]e?s?\s+sp[ée]cia(?:l|le|ux|les)|correspondante?s?|special\s+correspondent|correspondent|reporting)\s+(?:[àa]|au|in|from)\s+(\p{Lu}[\p{L}'’-]*(?:[\s-]\p{Lu}[\p{L}'’-]*){0,2})/u;

/** The place a byline says the story was filed from, or null. */
export function bylinePlace(blocks: readonly ClassifiedBlock[]): string | null {
  for (const b of blocks) {
    if (b.kind !== 'byline') continue;
    const m = FILED_FROM.exec(b.text);
    if (m?.[1]) return m[1];
  }
  return null;
}

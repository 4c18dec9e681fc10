/**
 * The ingest baseline: what any text tool does with a pasted file (decode, NFC, sentences with
 * Intl.Segmenter), none of Kizuna's cleaning, repair or extraction. The ratio says what those cost.
 */
const decoder = new TextDecoder('utf-8');
const segmenters = new Map<string, Intl.Segmenter>();

export function baselineArticle(bytes: Uint8Array, language: string): { sentences: number } {
  const text = decoder
    .decode(bytes)
    .normalize('NFC')
    .replace(/[ \t]+/g, ' ');
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
    segmenters.set(language, segmenter);
  }
  let sentences = 0;
  for (const s of segmenter.segment(text)) if (s.segment.trim()) sentences += 1;
  return { sentences };
}

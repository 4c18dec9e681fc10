// Every Discord limit Kizuna's replies and choices are held to (RESEARCH.md), in one place.

/** Message limits: content, embeds and their parts, components. */
export const MESSAGE_LIMITS = {
  content: 2000,
  embeds: 10,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  total: 6000,
  rows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
} as const;

/** Autocomplete: at most 25 choices, names and string values of 1 to 100 characters. */
export const CHOICE_LIMITS = { count: 25, length: 100 } as const;

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * Cuts `text` to at most `max` UTF-16 units (how Discord and JavaScript count), between whole
 * characters (grapheme clusters: an emoji, a flag, a letter with its accents), ending with
 * `ellipsis` when anything was cut. Every limit that cuts text goes through here.
 */
export function cutText(text: string, max: number, ellipsis = '…'): string {
  if (text.length <= max) return text;
  const room = max - ellipsis.length;
  let end = 0;
  for (const { index, segment } of graphemes.segment(text)) {
    if (index + segment.length > room) break;
    end = index + segment.length;
  }
  return room < 0 ? '' : `${text.slice(0, end)}${ellipsis}`;
}

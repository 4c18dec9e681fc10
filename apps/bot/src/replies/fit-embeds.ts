import type { APIActionRowComponent, APIComponentInMessageActionRow, APIEmbed } from 'discord-api-types/v10';
import { cutText, MESSAGE_LIMITS as LIMITS } from '../core/discord-limits.js';

const ELLIPSIS = '…';
// "… [3]", "…” [3][4]": citation numbers (and the closing quote before them) are kept whole
// (a marker may be a link to its source: "[[3]](<https://…>)")
const CITATIONS = /(”?(?:\s*\[(?:\d+\]|\[\d+\]\(<[^>\s]*>\)))+)\s*$/;
// a line shorter than this is dropped rather than cut to a stub
const MIN_CUT = 24;
// texts are not trimmed below this to make room for the total; fields are dropped instead
const MIN_KEPT = 200;

/** Cuts one line to `room` characters, keeping its trailing citations; null when it cannot fit usefully. */
function cutLine(line: string, room: number): string | null {
  const m = CITATIONS.exec(line);
  const suffix = m?.[1] ?? '';
  const head = m ? line.slice(0, m.index) : line;
  const keep = room - suffix.length - ELLIPSIS.length;
  if (keep < Math.min(MIN_CUT, head.length)) return null;
  let cut = cutText(head, keep, '');
  const space = cut.lastIndexOf(' ');
  if (space > keep * 0.6) cut = cut.slice(0, space);
  cut = cut
    .replace(/\[\d*$/, '') // half a citation inside the line
    .replace(/\s+$/, '');
  // an odd number of trailing backslashes would escape the ellipsis
  if (/(^|[^\\])(\\\\)*\\$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}${ELLIPSIS}${suffix}`;
}

/**
 * Fits text into `max` characters: whole lines first, then the first line that does not fit is
 * cut at a word with an ellipsis, keeping its citation numbers intact; dropped lines leave "…".
 */
export function fitText(text: string, max: number): string {
  if (text.length <= max) return text;
  const lines = text.split('\n');
  const out: string[] = [];
  let used = 0;
  for (const line of lines) {
    const sep = out.length ? 1 : 0;
    // keep room for a final "…" line when more lines follow
    if (used + sep + line.length <= max - 2) {
      out.push(line);
      used += sep + line.length;
      continue;
    }
    const cut = cutLine(line, max - used - sep);
    if (cut !== null && cut.length > 0) {
      out.push(cut);
      used += sep + cut.length;
    } else if (used + sep + ELLIPSIS.length <= max) {
      out.push(ELLIPSIS);
    }
    break;
  }
  const joined = out.join('\n');
  // a single unbreakable line longer than max
  return cutText(joined, max, ELLIPSIS);
}

const embedLength = (e: APIEmbed) =>
  (e.title?.length ?? 0) +
  (e.description?.length ?? 0) +
  (e.footer?.text.length ?? 0) +
  (e.author?.name.length ?? 0) +
  (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);

/** The total Discord counts against its 6000-character limit. */
export const embedsLength = (embeds: readonly APIEmbed[]): number => embeds.reduce((n, e) => n + embedLength(e), 0);

/** Every field and the total within Discord's limits, trimming the longest texts first. */
export function fitEmbeds(embeds: readonly APIEmbed[]): APIEmbed[] {
  const out = embeds.slice(0, LIMITS.embeds).map((e) => {
    const fitted: APIEmbed = { ...e };
    if (e.title !== undefined) fitted.title = fitText(e.title.replace(/\n/g, ' '), LIMITS.title);
    if (e.description !== undefined) fitted.description = fitText(e.description, LIMITS.description);
    if (e.footer) fitted.footer = { ...e.footer, text: fitText(e.footer.text, LIMITS.footer) };
    if (e.author) fitted.author = { ...e.author, name: fitText(e.author.name, LIMITS.author) };
    if (e.fields) {
      fitted.fields = e.fields.slice(0, LIMITS.fields).map((f) => ({
        ...f,
        name: fitText(f.name.replace(/\n/g, ' '), LIMITS.fieldName) || '\u200b',
        value: fitText(f.value, LIMITS.fieldValue) || '\u200b',
      }));
    }
    return fitted;
  });
  // 1. the longest description or field value gives way first, down to MIN_KEPT
  for (;;) {
    const excess = embedsLength(out) - LIMITS.total;
    if (excess <= 0) return out;
    let longest: { embed: APIEmbed; field?: number; length: number } | undefined;
    for (const embed of out) {
      const d = embed.description?.length ?? 0;
      if (!longest || d > longest.length) longest = { embed, length: d };
      embed.fields?.forEach((f, i) => {
        if (!longest || f.value.length > longest.length) longest = { embed, field: i, length: f.value.length };
      });
    }
    if (!longest || longest.length <= MIN_KEPT) break;
    // each round makes one text strictly shorter, so this ends
    const target = Math.max(MIN_KEPT, longest.length - excess);
    const { embed, field } = longest;
    const f = field === undefined ? undefined : embed.fields?.[field];
    if (f && embed.fields && field !== undefined) embed.fields[field] = { ...f, value: fitText(f.value, target) };
    else embed.description = fitText(embed.description ?? '', target);
  }
  // 2. then fields from the end, then the last embeds
  for (;;) {
    if (embedsLength(out) <= LIMITS.total) return out;
    const last = out[out.length - 1];
    if (!last) return out;
    // the last field holds the sources that citations point to: it goes last
    if (last.fields && last.fields.length > 1) last.fields = [...last.fields.slice(0, -2), ...last.fields.slice(-1)];
    else if (last.fields?.length) last.fields = [];
    else if (out.length > 1) out.pop();
    else break;
  }
  // 3. one embed without fields: footer, description, then title
  const last = out[0];
  if (last) {
    const over = () => embedsLength(out) - LIMITS.total;
    if (over() > 0 && last.footer)
      last.footer = { ...last.footer, text: fitText(last.footer.text, Math.max(0, last.footer.text.length - over())) };
    if (over() > 0 && last.description)
      last.description = fitText(last.description, Math.max(0, last.description.length - over()));
    if (over() > 0 && last.title) last.title = fitText(last.title, Math.max(0, last.title.length - over()));
  }
  return out;
}

/** Buttons within Discord's limits: 5 rows of 5, labels of 80, custom ids of 100 (longer ids are dropped). */
export function fitComponents(
  rows: readonly APIActionRowComponent<APIComponentInMessageActionRow>[],
): APIActionRowComponent<APIComponentInMessageActionRow>[] {
  return rows
    .slice(0, LIMITS.rows)
    .map((row) => ({
      ...row,
      components: row.components
        .filter((c) => !('custom_id' in c) || c.custom_id.length <= LIMITS.customId)
        .slice(0, LIMITS.buttonsPerRow)
        .map((c) => ('label' in c && c.label ? { ...c, label: fitText(c.label, LIMITS.buttonLabel) } : c)),
    }))
    .filter((row) => row.components.length > 0);
}

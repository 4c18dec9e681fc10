import type { Repair } from '@kizuna/model';
import type { ParagraphSpan } from '../../draft/blocks.js';

/** Joins paragraphs into the body (blank line between them), with each paragraph's span and shifted repairs. */
export function joinBody(parts: readonly { text: string; repairs: Repair[] }[]): {
  body: string;
  spans: ParagraphSpan[];
  repairs: Repair[];
} {
  let body = '';
  const spans: ParagraphSpan[] = [];
  const repairs: Repair[] = [];
  for (const part of parts) {
    if (body) body += '\n\n';
    const start = body.length;
    body += part.text;
    spans.push({ start, end: body.length });
    for (const r of part.repairs) repairs.push({ ...r, start: r.start + start });
  }
  return { body, spans, repairs };
}

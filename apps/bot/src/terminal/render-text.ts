import { MessageFlags } from 'discord-api-types/v10';
import type { ReplyPayload } from '../core/contract.js';
import { unescapeText } from '../replies/escape.js';

/** Discord markdown as plain text: bold and italic markers go, then the escapes of literal characters. */
function plain(text: string): string {
  return unescapeText(
    text
      // a citation linked to its source shows its number; the sources field lists the links
      .replace(/\[(\[\d+\])\]\(<[^>\s]*>\)/g, '$1')
      .replace(/(?<!\\)\*\*(.+?)(?<!\\)\*\*/g, '$1')
      .replace(/(?<![\\*])\*(?!\*)(.+?)(?<!\\)\*/g, '$1'),
  );
}

/** A reply as readable terminal text: content, each embed's title, text and fields, then the buttons. */
export function renderText(payload: ReplyPayload): string {
  const out: string[] = [];
  if ((payload.flags ?? 0) & MessageFlags.Ephemeral) out.push('(private)');
  if (payload.content) out.push(plain(payload.content));
  for (const embed of payload.embeds ?? []) {
    if (embed.title) out.push(`== ${plain(embed.title)} ==`);
    if (embed.url) out.push(embed.url);
    if (embed.description) out.push(plain(embed.description));
    for (const field of embed.fields ?? []) out.push('', `-- ${plain(field.name)} --`, plain(field.value));
    if (embed.footer) out.push('', plain(embed.footer.text));
  }
  const buttons = (payload.components ?? []).flatMap((row) =>
    'components' in row
      ? row.components.flatMap((c) =>
          'custom_id' in c && 'label' in c && !('disabled' in c && c.disabled) ? [`[${c.label}] ${c.custom_id}`] : [],
        )
      : [],
  );
  if (buttons.length) out.push('', ...buttons);
  return out.join('\n');
}

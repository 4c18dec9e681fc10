import { MessageFlags } from 'discord-api-types/v10';
import type { ReplyPayload } from '../commands/command.js';
import { unescapeText } from '../replies/escape.js';

/** A reply as readable terminal text: content, each embed's title, text and fields, then the buttons. */
export function renderText(payload: ReplyPayload): string {
  const out: string[] = [];
  if ((payload.flags ?? 0) & MessageFlags.Ephemeral) out.push('(private)');
  if (payload.content) out.push(unescapeText(payload.content));
  for (const embed of payload.embeds ?? []) {
    if (embed.title) out.push(`== ${unescapeText(embed.title)} ==`);
    if (embed.url) out.push(embed.url);
    if (embed.description) out.push(unescapeText(embed.description));
    for (const field of embed.fields ?? [])
      out.push('', `-- ${unescapeText(field.name)} --`, unescapeText(field.value));
    if (embed.footer) out.push('', unescapeText(embed.footer.text));
  }
  const buttons = (payload.components ?? []).flatMap((row) =>
    'components' in row
      ? row.components.flatMap((c) =>
          'custom_id' in c && 'label' in c && !('disabled' in c && c.disabled) ? [`[${c.label}] ${c.custom_id}`] : [],
        )
      : [],
  );
  if (buttons.length) out.push('', ...buttons);
  // bold markers are noise in a terminal
  return out.join('\n').replace(/\*\*(.+?)\*\*/g, '$1');
}

import { ButtonStyle, ComponentType } from 'discord-api-types/v10';
import type { ReplyParts } from './make-reply.js';

/** A close rival of the best match: its line in the message, and the button that shows it, if any. */
export interface RivalChoice {
  /** Already escaped. */
  line: string;
  label: string;
  customId?: string;
}

/**
 * "Did you mean": the intro and one line per rival as the message content, and a button per
 * rival that can be shown on its own. Nothing when there is no rival.
 */
export function rivalChoices(
  intro: string,
  rivals: readonly RivalChoice[],
): Pick<ReplyParts, 'content' | 'components'> {
  if (!rivals.length) return {};
  const buttons = rivals.flatMap((r) =>
    r.customId === undefined
      ? []
      : [
          {
            type: ComponentType.Button as const,
            style: ButtonStyle.Secondary as const,
            custom_id: r.customId,
            label: r.label,
          },
        ],
  );
  return {
    content: [intro, ...rivals.map((r) => r.line)].join('\n'),
    ...(buttons.length ? { components: [{ type: ComponentType.ActionRow as const, components: buttons }] } : {}),
  };
}

import type { APIEmbed } from 'discord-api-types/v10';
import { ButtonStyle, ComponentType } from 'discord-api-types/v10';
import type { ReplyLocale, ReplyPayload } from '../core/contract.js';
import { makeReply, type ReplyParts } from './make-reply.js';

/** What the user asked: the words typed, the reply's language, and whether the answer is private. */
export interface Question {
  query: string;
  locale: ReplyLocale;
  ephemeral: boolean;
}

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

/** Rivals as numbered choices ("2. …"), each with the button that shows it. */
export function numberedRivals<T>(
  rivals: readonly T[],
  describe: (rival: T) => { line: string; name: string; customId: string },
): RivalChoice[] {
  return rivals.map((r, i) => {
    const { line, name, customId } = describe(r);
    return { line: `${i + 1}. ${line}`, label: `${i + 1}. ${name}`, customId };
  });
}

/** The reply for a best match: the intro and its rivals' lines above its embed, their buttons below. */
export function replyWithRivals(
  intro: string,
  rivals: readonly RivalChoice[],
  embed: APIEmbed,
  ephemeral: boolean,
): ReplyPayload {
  return makeReply({ ...rivalChoices(intro, rivals), embeds: [embed], ephemeral });
}

import type { ReplyLocale, ReplyPayload } from '../core/contract.js';
import { t } from './i18n.js';
import { makeReply } from './make-reply.js';

/** One command as /help shows it, already in the reader's language. */
export interface HelpEntry {
  /** The command's name in that language ("rencontre" in French). */
  name: string;
  description: string;
  help: string;
  example: string;
}

/** What each command does, with an example, one field each. */
export function helpReply(entries: readonly HelpEntry[], locale: ReplyLocale, ephemeral: boolean): ReplyPayload {
  return makeReply({
    embeds: [
      {
        title: t(locale, 'helpTitle'),
        description: t(locale, 'helpText'),
        fields: entries.map((e) => ({
          name: `/${e.name} — ${e.description}`,
          value: `${e.help}\n${t(locale, 'example')} \`${e.example}\``,
        })),
      },
    ],
    ephemeral,
  });
}

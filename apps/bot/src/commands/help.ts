import { slashCommand } from '../core/command-builders.js';
import type { CommandModule, ReplyLocale } from '../core/contract.js';
import { isPrivate } from '../core/option-values.js';
import type { QueryEngine } from '../engine/index.js';
import { type HelpEntry, helpReply } from '../replies/help-reply.js';
import definitions from './definitions.json' with { type: 'json' };

/** Every command of the table in the reader's language, in the order they are declared. */
function entries(locale: ReplyLocale): HelpEntry[] {
  return Object.values(definitions).map((d) => ({
    name: d.name[locale],
    description: d.description[locale],
    help: d.help[locale],
    example: d.example[locale],
  }));
}

/** /help — what each command does, with an example, in the user's language. */
export const help: CommandModule<QueryEngine> = {
  data: slashCommand(definitions.help),
  execute(options, { locale }) {
    return helpReply(entries(locale), locale, isPrivate(options));
  },
};

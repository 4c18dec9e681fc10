import type { ReplyLocale, ReplyPayload } from '../core/contract.js';
import type { Dispatcher } from '../core/dispatcher.js';
import { errorReply } from '../replies/error-reply.js';
import { quoted } from '../replies/i18n.js';
import { parseLine } from './parse-line.js';

/**
 * Answers one terminal line through the dispatcher, as the bot answers an interaction:
 * "/command options…", or "button <custom_id>" to press a button of an earlier reply. Only a
 * value that cannot be an option's (Discord would refuse to send it) is answered here.
 */
export async function answerLine<E>(
  line: string,
  dispatcher: Dispatcher<E>,
  locale: ReplyLocale,
): Promise<ReplyPayload> {
  const button = /^button\s+(\S+)$/.exec(line.trim());
  if (button?.[1]) return (await dispatcher.button({ customId: button[1], locale })).payload;
  const parsed = parseLine(line, dispatcher.registry.all);
  if (!parsed.ok && parsed.reason === 'bad_option') {
    return errorReply(locale, 'bad_option', { option: parsed.option, why: quoted(locale, parsed.value) });
  }
  const name = parsed.ok ? parsed.command.data.name : parsed.name;
  return (await dispatcher.command({ name, options: parsed.ok ? parsed.options : {}, locale })).payload;
}

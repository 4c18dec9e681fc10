import type { CommandModule, ReplyLocale, ReplyPayload } from '../commands/command.js';
import { runButton, runCommand } from '../commands/index.js';
import type { QueryEngine } from '../engine/index.js';
import { errorReply } from '../replies/error-reply.js';
import { t } from '../replies/labels.js';
import { parseLine } from './parse-line.js';

/**
 * Answers one terminal line the way the bot answers an interaction: "/command options…", or
 * "button <custom_id>" to press a button of an earlier reply.
 */
export async function answerLine(
  line: string,
  commands: readonly CommandModule<QueryEngine>[],
  engine: QueryEngine,
  locale: ReplyLocale,
  onError: (error: unknown) => void,
): Promise<ReplyPayload> {
  const ctx = { engine, locale };
  const button = /^button\s+(\S+)$/.exec(line.trim());
  if (button?.[1]) return runButton(commands, button[1], ctx, onError);
  const parsed = parseLine(line, commands);
  if (!parsed.ok) {
    if (parsed.reason === 'bad_option') {
      return errorReply(locale, 'bad_option', { option: parsed.option, why: `« ${parsed.value} »` });
    }
    return errorReply(locale, 'unknown_command', {
      command: parsed.name,
      commands: commands.map((c) => c.data.name),
      hint: t(locale, 'tryOther'),
    });
  }
  return runCommand(parsed.command, parsed.options, ctx, onError);
}

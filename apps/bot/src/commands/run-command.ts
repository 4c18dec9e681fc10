import type { QueryEngine } from '../engine/index.js';
import { errorReply } from '../replies/error-reply.js';
import type { CommandContext, CommandModule, CommandOptions, ReplyPayload } from './command.js';

/**
 * Runs a command and turns any failure into the friendly private message; `onError` gets the
 * error for the logs. The user never sees a stack trace.
 */
export async function runCommand(
  command: CommandModule<QueryEngine>,
  options: CommandOptions,
  ctx: CommandContext<QueryEngine>,
  onError: (error: unknown) => void = () => {},
): Promise<ReplyPayload> {
  try {
    return await command.execute(options, ctx);
  } catch (error) {
    onError(error);
    return errorReply(ctx.locale, 'internal');
  }
}

/** Runs a button press of the command that owns the custom id's prefix, failing softly the same way. */
export async function runButton(
  commands: readonly CommandModule<QueryEngine>[],
  customId: string,
  ctx: CommandContext<QueryEngine>,
  onError: (error: unknown) => void = () => {},
): Promise<ReplyPayload> {
  const command = commands.find((c) => customId.startsWith(`${c.data.name}:`));
  try {
    if (!command?.button) return errorReply(ctx.locale, 'internal');
    return await command.button(customId, ctx);
  } catch (error) {
    onError(error);
    return errorReply(ctx.locale, 'internal');
  }
}

import { type REST, Routes } from 'discord.js';
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import * as z from 'zod';
import { type CommandChanges, type CommandJson, diffCommands } from './diff-commands.js';

export class RegisterError extends Error {
  override readonly name = 'RegisterError';
  readonly code = 'REGISTER_FAILED';
}

export interface RegisterOptions {
  rest: REST;
  applicationId: string;
  /** A development server: its commands update at once. Without it, the commands are global. */
  guildId?: string | undefined;
  commands: readonly { data: RESTPostAPIChatInputApplicationCommandsJSONBody }[];
}

export interface RegisterResult {
  scope: 'global' | 'guild';
  changes: CommandChanges;
  registered: number;
}

const Listed = z.array(z.looseObject({ name: z.string() }));

/**
 * Bulk-overwrites the application's commands (one PUT: Discord replaces the whole list, so
 * commands gone from the code disappear too), after reading the current list to report changes.
 */
export async function registerCommands(options: RegisterOptions): Promise<RegisterResult> {
  const { rest, applicationId, guildId } = options;
  const route = guildId
    ? Routes.applicationGuildCommands(applicationId, guildId)
    : Routes.applicationCommands(applicationId);
  const body = options.commands.map((command) => command.data);
  try {
    const current = Listed.parse(await rest.get(route)) as CommandJson[];
    const saved = Listed.parse(await rest.put(route, { body }));
    return {
      scope: guildId ? 'guild' : 'global',
      changes: diffCommands(current, body as unknown as CommandJson[]),
      registered: saved.length,
    };
  } catch (cause) {
    throw new RegisterError(`could not register the commands: ${(cause as Error).message}`, { cause });
  }
}

/** The lines `pnpm bot:register` prints. */
export function describeResult(result: RegisterResult, guildId?: string): string[] {
  const where = result.scope === 'guild' ? `in server ${guildId}` : 'globally';
  const { added, updated, removed, unchanged } = result.changes;
  const list = (names: string[]) => names.map((n) => `/${n}`).join(', ');
  const lines = [`Registered ${result.registered} commands ${where}.`];
  if (added.length) lines.push(`  added:     ${list(added)}`);
  if (updated.length) lines.push(`  updated:   ${list(updated)}`);
  if (removed.length) lines.push(`  removed:   ${list(removed)}`);
  if (unchanged.length) lines.push(`  unchanged: ${list(unchanged)}`);
  if (!added.length && !updated.length && !removed.length) lines.push('  nothing changed.');
  return lines;
}

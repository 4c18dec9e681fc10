import { type APIApplicationCommandBasicOption, ApplicationCommandOptionType } from 'discord-api-types/v10';
import type { CommandModule } from '../commands/command.js';
import type { QueryEngine } from '../engine/index.js';
import { findCommand, parseLine } from './parse-line.js';

const quote = (v: string) => (/\s/.test(v) ? `"${v.replace(/"/g, '')}"` : v);

/**
 * Completions for a console line, from the same autocomplete handlers Discord calls: command names
 * after "/", then choices for the option being typed ("name:val" or the first autocomplete option).
 */
export async function completeLine(
  line: string,
  commands: readonly CommandModule<QueryEngine>[],
  engine: QueryEngine,
  locale: 'fr' | 'en',
): Promise<string[]> {
  const trimmed = line.trimStart();
  const space = trimmed.indexOf(' ');
  if (space < 0) {
    const typed = trimmed.replace(/^\//, '').toLowerCase();
    return commands.filter((c) => c.data.name.startsWith(typed)).map((c) => `/${c.data.name} `);
  }
  const command = findCommand(commands, trimmed.slice(0, space));
  if (!command?.autocomplete) return [];
  const rest = trimmed.slice(space + 1);
  const declared = (command.data.options ?? []) as APIApplicationCommandBasicOption[];
  const named = /(?:^|\s)([\p{L}_-]+):(\S*)$/u.exec(rest);
  const option = named
    ? declared.find((o) => o.name === named[1])
    : declared.find((o) => o.type === ApplicationCommandOptionType.String && 'autocomplete' in o && o.autocomplete);
  if (!option) return [];
  const value = named ? (named[2] ?? '') : rest;
  const parsed = parseLine(trimmed, commands);
  const choices = await command.autocomplete({ name: option.name, value }, parsed.ok ? parsed.options : {}, {
    engine,
    locale,
  });
  const head = named ? trimmed.slice(0, trimmed.length - value.length) : trimmed.slice(0, space + 1);
  return choices.map((c) => `${head}${quote(String(c.value))}`);
}

import { type APIApplicationCommandBasicOption, ApplicationCommandOptionType } from 'discord-api-types/v10';
import type { ReplyLocale } from '../core/contract.js';
import type { Dispatcher } from '../core/dispatcher.js';
import { findCommand, parseLine } from './parse-line.js';

const quote = (v: string) => (/\s/.test(v) ? `"${v.replace(/"/g, '')}"` : v);

/**
 * Completions for a console line, through the dispatcher's autocomplete as Discord gets them
 * (same limits, same failure as an empty list): command names after "/", then choices for the
 * option being typed ("name:val" or the first autocomplete option).
 */
export async function completeLine<E>(line: string, dispatcher: Dispatcher<E>, locale: ReplyLocale): Promise<string[]> {
  const commands = dispatcher.registry.all;
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
  const choices = await dispatcher.autocomplete({
    name: command.data.name,
    options: parsed.ok ? parsed.options : {},
    locale,
    focused: { name: option.name, value },
  });
  const head = named ? trimmed.slice(0, trimmed.length - value.length) : trimmed.slice(0, space + 1);
  return choices.map((c) => `${head}${quote(String(c.value))}`);
}

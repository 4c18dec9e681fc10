import { type APIApplicationCommandBasicOption, ApplicationCommandOptionType } from 'discord-api-types/v10';
import type { CommandModule, ReplyLocale } from '../core/contract.js';
import type { Dispatcher } from '../core/dispatcher.js';
import { findCommand, key, named, parseLine } from './parse-line.js';

const quote = (v: string) => (/[\s:]/.test(v) ? `"${v.replace(/"/g, '')}"` : v);

/** A command's or option's name in French, else its English one. */
const frenchName = (item: {
  name: string;
  name_localizations?: Partial<Record<string, string | null>> | null | undefined;
}) => item.name_localizations?.fr ?? item.name;

/**
 * What to put on the line for a choice: its name without the description after " — " (a role, a
 * date and place), which the commands look up as they would the id; a name cut to fit ("…") loses
 * its last, partial word; the id only when nothing is left.
 */
function typedName(name: string, value: string): string {
  const bare = name.split(' — ')[0] ?? name;
  if (!bare.endsWith('…')) return bare;
  const whole = bare.slice(0, bare.lastIndexOf(' ')).trim();
  return whole || value;
}

/** What a completion replaces: the end of the line from `head` on, by one of `items`. */
export interface Completions {
  head: string;
  items: string[];
}

/** Command names in the language they are typed in ("/ch" → "/chronologie "). */
function commandNames<E>(typed: string, commands: readonly CommandModule<E>[]): string[] {
  const k = typed.replace(/^\//, '').toLowerCase();
  const names = commands.flatMap((c) => [c.data.name, frenchName(c.data)]);
  return [...new Set(names.filter((n) => n.startsWith(k)))].map((n) => `/${n} `);
}

/**
 * Completions for a console line, through the dispatcher's autocomplete as Discord gets them
 * (same limits, same failure as an empty list): command names after "/" (English or French),
 * option names in the command's language ("pa" → "pays:"), then the choices for the option being
 * typed by the names a person reads (a meeting's name and date, "Japon"), which the commands
 * take back as well as ids.
 */
export async function completions<E>(
  line: string,
  dispatcher: Dispatcher<E>,
  locale: ReplyLocale,
): Promise<Completions> {
  const commands = dispatcher.registry.all;
  const trimmed = line.trimStart();
  const space = trimmed.indexOf(' ');
  if (space < 0) return { head: '', items: commandNames(trimmed, commands) };
  const command = findCommand(commands, trimmed.slice(0, space));
  if (!command) return { head: trimmed, items: [] };
  const french = key(trimmed.slice(0, space)) === key(frenchName(command.data));
  const rest = trimmed.slice(space + 1);
  const declared = (command.data.options ?? []) as APIApplicationCommandBasicOption[];
  const lastWord = /(\S*)$/.exec(rest)?.[1] ?? '';
  const optionNames = lastWord.includes(':')
    ? []
    : declared
        .map((o) => `${french ? frenchName(o) : o.name}:`)
        .filter((n) => lastWord && n.startsWith(lastWord.toLowerCase()));
  const named_ = /(?:^|\s)([\p{L}_-]+):(\S*)$/u.exec(rest);
  const option = named_
    ? declared.find((o) => named(named_[1] ?? '', o))
    : declared.find((o) => o.type === ApplicationCommandOptionType.String && 'autocomplete' in o && o.autocomplete);
  if (!command.autocomplete || !option) {
    return { head: trimmed.slice(0, trimmed.length - lastWord.length), items: optionNames };
  }
  const value = named_ ? (named_[2] ?? '') : rest;
  const parsed = parseLine(trimmed, commands);
  const choices = await dispatcher.autocomplete({
    name: command.data.name,
    options: parsed.ok ? parsed.options : {},
    locale,
    focused: { name: option.name, value },
  });
  const head = trimmed.slice(0, trimmed.length - value.length);
  // option names replace the last word only: said relative to the same head as the choices
  const wordStart = trimmed.length - lastWord.length;
  const names = optionNames.map((n) => `${trimmed.slice(head.length, wordStart)}${n}`);
  return { head, items: [...names, ...choices.map((c) => quote(typedName(c.name, String(c.value))))] };
}

/** Completions as whole lines. */
export async function completeLine<E>(line: string, dispatcher: Dispatcher<E>, locale: ReplyLocale): Promise<string[]> {
  const { head, items } = await completions(line, dispatcher, locale);
  return items.map((item) => `${head}${item}`);
}

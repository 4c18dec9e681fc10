import { foldText } from '@kizuna/model';
import { type APIApplicationCommandBasicOption, ApplicationCommandOptionType } from 'discord-api-types/v10';
import type { CommandModule, CommandOptions } from '../core/contract.js';

/** A command line read as Discord would deliver it, or why it cannot be. */
export type ParsedLine<E> =
  | { ok: true; command: CommandModule<E>; options: CommandOptions }
  | { ok: false; reason: 'unknown_command'; name: string }
  | { ok: false; reason: 'bad_option'; option: string; value: string };

const QUOTES: Record<string, string> = { '"': '"', "'": "'", '“': '”', '«': '»' };

/** Splits a line into words like a shell: quotes (", ', “…”, «…») group words, even inside a word (name:"a b"). */
export function splitWords(line: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let close: string | null = null;
  for (const ch of line) {
    if (close) {
      if (ch === close) close = null;
      else word += ch;
    } else if (ch in QUOTES && (!inWord || /[:=]$/.test(word))) {
      close = QUOTES[ch] ?? null;
      inWord = true;
    } else if (/\s/.test(ch)) {
      if (inWord) words.push(word.trim());
      word = '';
      inWord = false;
    } else {
      word += ch;
      inWord = true;
    }
  }
  if (inWord) words.push(word.trim());
  return words;
}

export const key = (s: string) => foldText(s).replace(/[^a-z0-9]/g, '');

/** Whether a typed name is the option's or command's name, in English or French. */
export function named(
  typed: string,
  item: { name: string; name_localizations?: Partial<Record<string, string | null>> | null | undefined },
) {
  const k = key(typed);
  return k === key(item.name) || Object.values(item.name_localizations ?? {}).some((n) => n && key(n) === k);
}

/** The command a name means (English or French name, with or without the slash). */
export function findCommand<E>(commands: readonly CommandModule<E>[], name: string): CommandModule<E> | undefined {
  return commands.find((c) => named(name.replace(/^\//, ''), c.data));
}

function convert(option: APIApplicationCommandBasicOption, value: string): string | number | boolean | null {
  switch (option.type) {
    case ApplicationCommandOptionType.Boolean: {
      const v = key(value);
      if (['true', 'yes', 'oui', '1', 'vrai'].includes(v)) return true;
      if (['false', 'no', 'non', '0', 'faux'].includes(v)) return false;
      return null;
    }
    case ApplicationCommandOptionType.Integer:
    case ApplicationCommandOptionType.Number: {
      const n = Number(value);
      return Number.isFinite(n) && (option.type !== ApplicationCommandOptionType.Integer || Number.isInteger(n))
        ? n
        : null;
    }
    default:
      return value;
  }
}

/**
 * Reads "/timeline 2023 2024 Japon private:true" into a command and its options: `name:value`
 * words go to that option, other words fill the string options in declared order, the last of
 * them taking the rest of the line ("/meeting dialogue 2+2 Vietnam" → query "dialogue 2+2 Vietnam").
 */
export function parseLine<E>(line: string, commands: readonly CommandModule<E>[]): ParsedLine<E> {
  const [head = '', ...words] = splitWords(line.trim());
  const command = findCommand(commands, head);
  // the slash may be left out at the prompt ("meeting 2+2")
  if (!command) return { ok: false, reason: 'unknown_command', name: head };
  const declared = (command.data.options ?? []).filter(
    (o): o is APIApplicationCommandBasicOption =>
      o.type !== ApplicationCommandOptionType.Subcommand && o.type !== ApplicationCommandOptionType.SubcommandGroup,
  );
  const options: Record<string, string | number | boolean> = {};
  const positional: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const m = /^([\p{L}_-]+)[:=](.*)$/u.exec(word);
    const option = m?.[1] ? declared.find((o) => named(m[1] ?? '', o)) : undefined;
    if (!m || !option) {
      positional.push(word);
      continue;
    }
    // "name: value" with a space after the colon
    let value = m[2] ?? '';
    if (!value && i + 1 < words.length) value = words[++i] ?? '';
    const converted = convert(option, value);
    if (converted === null) return { ok: false, reason: 'bad_option', option: option.name, value };
    options[option.name] = converted;
  }
  const open = declared.filter((o) => !(o.name in options) && o.type !== ApplicationCommandOptionType.Boolean);
  open.forEach((option, i) => {
    const take = i === open.length - 1 ? positional.splice(0) : positional.splice(0, 1);
    if (!take.length) return;
    const converted = convert(option, take.join(' '));
    if (converted !== null) options[option.name] = converted;
  });
  // words left over (a command with no free option, e.g. /about private) may be a boolean flag
  for (const word of positional) {
    const flag = declared.find((o) => o.type === ApplicationCommandOptionType.Boolean && named(word, o));
    if (flag) options[flag.name] = true;
  }
  return { ok: true, command, options };
}

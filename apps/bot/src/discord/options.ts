import type { CommandOptions } from '../commands/command.js';

/** The shape shared by raw API options and discord.js' `CommandInteractionOption`. */
export interface RawOption {
  readonly name: string;
  readonly type: number;
  readonly value?: unknown;
  readonly focused?: boolean | undefined;
  readonly options?: readonly RawOption[] | undefined;
}

export interface FlatOptions {
  options: CommandOptions;
  focused: { name: string; value: string } | undefined;
}

/**
 * Option values by name, subcommand groups flattened, plus the focused option (autocomplete).
 * Only scalar values are kept: the command modules take strings, numbers and booleans.
 */
export function flattenOptions(raw: readonly RawOption[] | undefined): FlatOptions {
  const options: Record<string, string | number | boolean> = {};
  let focused: FlatOptions['focused'];
  const visit = (list: readonly RawOption[]) => {
    for (const option of list) {
      if (option.options) visit(option.options);
      const { value } = option;
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
        options[option.name] = value;
        if (option.focused) focused = { name: option.name, value: String(value) };
      }
    }
  };
  visit(raw ?? []);
  return { options, focused };
}

/** Commands may offer a `private` boolean option: the answer (and its deferral) is then ephemeral. */
export function isPrivate(options: CommandOptions): boolean {
  return options.private === true;
}

import type { CommandOptions } from './contract.js';

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

/** A string option's trimmed value, or '' when absent. */
export function text(options: CommandOptions, name: string): string {
  const v = options[name];
  return typeof v === 'string' ? v.trim() : v === undefined ? '' : String(v);
}

/**
 * Whether the user asked for a private (ephemeral) answer: the `private` boolean option every
 * command takes. Every front delivers it as a boolean (the terminal converts "oui", "true"…).
 */
export function isPrivate(options: CommandOptions): boolean {
  return options.private === true;
}

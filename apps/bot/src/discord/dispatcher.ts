import type { APIApplicationCommandOptionChoice } from 'discord-api-types/v10';
import type { CommandModule, CommandOptions, ReplyLocale, ReplyPayload } from '../commands/command.js';
import type { Logger } from '../logger.js';
import { DiscordFrontError } from './errors.js';
import { type CommandRegistry, createRegistry } from './registry.js';

/** Where the fronts get the engine: the handle's current corpus, swapped on live reload. */
export interface EngineSource<Engine> {
  current(): Engine;
}

export interface DispatcherOptions<Engine> {
  commands: readonly CommandModule<Engine>[];
  engine: EngineSource<Engine>;
  logger: Logger;
  replyLocale: (discordLocale: string | undefined) => ReplyLocale;
  /** The friendly ephemeral message shown instead of a crash. */
  errorReply: (
    locale: ReplyLocale,
    kind?: 'internal' | 'unknown_command',
    details?: { command?: string; commands?: readonly string[] },
  ) => ReplyPayload;
}

export type Outcome =
  | { ok: true; payload: ReplyPayload }
  | { ok: false; payload: ReplyPayload; error: DiscordFrontError };

export interface CommandRequest {
  name: string;
  options: CommandOptions;
  locale: ReplyLocale;
}

export interface Dispatcher<Engine> {
  readonly registry: CommandRegistry<Engine>;
  readonly replyLocale: (discordLocale: string | undefined) => ReplyLocale;
  readonly errorReply: (locale: ReplyLocale) => ReplyPayload;
  isSlow(name: string): boolean;
  command(request: CommandRequest): Promise<Outcome>;
  autocomplete(
    request: CommandRequest & { focused: { name: string; value: string } },
  ): Promise<APIApplicationCommandOptionChoice[]>;
  button(request: { customId: string; locale: ReplyLocale }): Promise<Outcome>;
}

// Discord's limits on autocomplete (RESEARCH.md): 25 choices, names and string values 1-100 chars.
const MAX_CHOICES = 25;
const MAX_CHOICE_LENGTH = 100;

/** Mentions stay off whatever a handler returns: quotes from articles must never ping anyone. */
function safe(payload: ReplyPayload): ReplyPayload {
  return { ...payload, allowed_mentions: { parse: [] } };
}

function fitChoices(choices: readonly APIApplicationCommandOptionChoice[]): APIApplicationCommandOptionChoice[] {
  const out: APIApplicationCommandOptionChoice[] = [];
  for (const choice of choices) {
    if (out.length === MAX_CHOICES) break;
    // A cut value would no longer mean the same thing: drop it rather than truncate.
    if (typeof choice.value === 'string' && (choice.value.length === 0 || choice.value.length > MAX_CHOICE_LENGTH))
      continue;
    const name =
      choice.name.length > MAX_CHOICE_LENGTH ? `${choice.name.slice(0, MAX_CHOICE_LENGTH - 1)}…` : choice.name;
    if (name.length === 0) continue;
    out.push({ ...choice, name });
  }
  return out;
}

/**
 * The front-agnostic part of answering an interaction: find the module, call it, and turn any
 * failure into the friendly reply. Never throws; the fronts only decide how to send.
 */
export function createDispatcher<Engine>(options: DispatcherOptions<Engine>): Dispatcher<Engine> {
  const registry = createRegistry(options.commands);
  const { logger, errorReply } = options;

  const failed = (locale: ReplyLocale, error: DiscordFrontError, context: object): Outcome => {
    logger.error({ err: error, ...context }, error.message);
    const payload =
      error.code === 'UNKNOWN_COMMAND' && 'name' in context
        ? errorReply(locale, 'unknown_command', {
            command: String(context.name),
            commands: registry.all.map((c) => c.data.name),
          })
        : errorReply(locale, 'internal');
    return { ok: false, payload: safe(payload), error };
  };

  return {
    registry,
    replyLocale: options.replyLocale,
    errorReply: (locale) => safe(errorReply(locale)),
    isSlow: (name) => registry.byName(name)?.slow === true,

    async command({ name, options: values, locale }) {
      const module = registry.byName(name);
      if (!module) return failed(locale, new DiscordFrontError('UNKNOWN_COMMAND', `No command "${name}"`), { name });
      try {
        const payload = await module.execute(values, { engine: options.engine.current(), locale });
        return { ok: true, payload: safe(payload) };
      } catch (cause) {
        const error = new DiscordFrontError('HANDLER_FAILED', `/${name} failed`, { cause });
        return failed(locale, error, { name, options: values });
      }
    },

    async autocomplete({ name, options: values, locale, focused }) {
      const module = registry.byName(name);
      if (!module?.autocomplete) {
        logger.warn({ name, focused: focused.name }, 'autocomplete for a command without autocomplete');
        return [];
      }
      try {
        const choices = await module.autocomplete(focused, values, { engine: options.engine.current(), locale });
        return fitChoices(choices);
      } catch (cause) {
        // Autocomplete cannot show an error: an empty list is the polite failure.
        logger.error({ err: cause, name, focused: focused.name }, `autocomplete for /${name} failed`);
        return [];
      }
    },

    async button({ customId, locale }) {
      const module = registry.byCustomId(customId);
      if (!module?.button) {
        return failed(locale, new DiscordFrontError('NO_HANDLER', `No button handler for "${customId}"`), {
          customId,
        });
      }
      try {
        const payload = await module.button(customId, { engine: options.engine.current(), locale });
        return { ok: true, payload: safe(payload) };
      } catch (cause) {
        const error = new DiscordFrontError('HANDLER_FAILED', `button ${customId} failed`, { cause });
        return failed(locale, error, { customId });
      }
    },
  };
}

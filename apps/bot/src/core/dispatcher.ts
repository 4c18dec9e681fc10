import type { Logger } from 'pino';
import type { Choice, CommandModule, CommandOptions, ReplyLocale, ReplyPayload } from './contract.js';
import { DispatchError } from './dispatch-error.js';
import { fitChoices } from './fit-choices.js';
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
    details?: { command?: string; commands?: readonly string[]; known?: readonly string[] },
  ) => ReplyPayload;
}

export type Outcome = { ok: true; payload: ReplyPayload } | { ok: false; payload: ReplyPayload; error: DispatchError };

export interface CommandRequest {
  name: string;
  options: CommandOptions;
  locale: ReplyLocale;
}

/** The one way every front runs a command, an autocomplete or a button. Its methods never throw. */
export interface Dispatcher<Engine> {
  readonly registry: CommandRegistry<Engine>;
  readonly replyLocale: (discordLocale: string | undefined) => ReplyLocale;
  readonly errorReply: (locale: ReplyLocale) => ReplyPayload;
  isSlow(name: string): boolean;
  command(request: CommandRequest): Promise<Outcome>;
  autocomplete(request: CommandRequest & { focused: { name: string; value: string } }): Promise<Choice[]>;
  button(request: { customId: string; locale: ReplyLocale }): Promise<Outcome>;
}

/** Mentions stay off whatever a handler returns: quotes from articles must never ping anyone. */
function safe(payload: ReplyPayload): ReplyPayload {
  return { ...payload, allowed_mentions: { parse: [] } };
}

/**
 * The front-agnostic part of answering: find the module, call it, fit its choices to Discord's
 * limits, and turn any failure into the friendly reply. The fronts only decide how to send.
 */
export function createDispatcher<Engine>(options: DispatcherOptions<Engine>): Dispatcher<Engine> {
  const registry = createRegistry(options.commands);
  const { logger, errorReply } = options;
  const ctx = (locale: ReplyLocale) => ({ engine: options.engine.current(), locale });

  const failed = (locale: ReplyLocale, error: DispatchError, context: object): Outcome => {
    // a command Discord still lists but this build lacks (stale registration), or a typo at the terminal
    if (error.code === 'UNKNOWN_COMMAND') logger.warn({ err: error, ...context }, error.message);
    else logger.error({ err: error, ...context }, error.message);
    const payload =
      error.code === 'UNKNOWN_COMMAND' && 'name' in context
        ? errorReply(locale, 'unknown_command', {
            command: String(context.name),
            commands: registry.all.map((c) => c.data.name),
            known: registry.all
              .flatMap((c) => [c.data.name, ...Object.values(c.data.name_localizations ?? {})])
              .filter((n): n is string => typeof n === 'string'),
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
      if (!module) return failed(locale, new DispatchError('UNKNOWN_COMMAND', `No command "${name}"`), { name });
      try {
        return { ok: true, payload: safe(await module.execute(values, ctx(locale))) };
      } catch (cause) {
        const error = new DispatchError('HANDLER_FAILED', `/${name} failed`, { cause });
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
        return fitChoices(await module.autocomplete(focused, values, ctx(locale)));
      } catch (cause) {
        // Autocomplete cannot show an error: an empty list is the polite failure.
        logger.error({ err: cause, name, focused: focused.name }, `autocomplete for /${name} failed`);
        return [];
      }
    },

    async button({ customId, locale }) {
      const module = registry.byCustomId(customId);
      if (!module?.button) {
        const error = new DispatchError('NO_HANDLER', `No button handler for "${customId}"`);
        return failed(locale, error, { customId });
      }
      try {
        return { ok: true, payload: safe(await module.button(customId, ctx(locale))) };
      } catch (cause) {
        const error = new DispatchError('HANDLER_FAILED', `button ${customId} failed`, { cause });
        return failed(locale, error, { customId });
      }
    },
  };
}

import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import type { CommandModule, ReplyLocale, ReplyPayload } from '../../src/core/contract.js';
import { createLogger, type Logger } from '../../src/runtime/logger.js';

/** A tiny stand-in engine: the fronts only pass it through to the handlers. */
export interface FakeEngine {
  meetings: Record<string, string>;
}

export const fakeEngine: FakeEngine = { meetings: { '2+2': 'Dialogue 2+2 Vietnam–Japon, Tokyo, 2023' } };

const reply = (content: string, flags?: number): ReplyPayload => ({
  content,
  allowed_mentions: { parse: [] },
  ...(flags === undefined ? {} : { flags }),
});

const stringOption = (name: string, autocomplete = false) => ({
  type: ApplicationCommandOptionType.String as const,
  name,
  description: name,
  required: true,
  autocomplete,
});

export const meeting: CommandModule<FakeEngine> = {
  data: {
    name: 'meeting',
    description: 'Find a meeting',
    description_localizations: { fr: 'Trouver une rencontre' },
    options: [stringOption('query', true)],
  },
  execute(options, { engine, locale }) {
    const query = String(options.query);
    if (query === 'boom') throw new Error('engine exploded');
    const found = engine.meetings[query];
    const text = found ?? (locale === 'fr' ? 'Aucune rencontre' : 'No meeting');
    return reply(`[${locale}] ${text}`, options.private === true ? 64 : undefined);
  },
  autocomplete(focused) {
    if (focused.value === 'boom') throw new Error('autocomplete exploded');
    // 30 choices, one with a long name and one with a too-long value: the front must fit Discord's limits.
    return Array.from({ length: 30 }, (_, i) => ({
      name: i === 0 ? 'x'.repeat(150) : `${focused.value} ${i}`,
      value: i === 1 ? 'y'.repeat(150) : `${focused.value}-${i}`,
    }));
  },
};

export const report: CommandModule<FakeEngine> = {
  data: { name: 'report', description: 'A slow answer', options: [stringOption('topic')] },
  slow: true,
  execute(options) {
    if (options.topic === 'boom') throw new Error('slow handler exploded');
    return reply(`report on ${String(options.topic)}`, options.private === true ? 64 : undefined);
  },
};

export const timeline: CommandModule<FakeEngine> = {
  data: { name: 'timeline', description: 'Meetings in order' },
  execute: () => reply('page 1'),
  button(customId, { locale }) {
    if (customId === 'timeline:boom') throw new Error('button exploded');
    return reply(`[${locale}] ${customId.slice('timeline:'.length)}`);
  },
};

/** A command that answers only when the test says so (for the automatic deferral). */
export function gatedCommand(): { command: CommandModule<FakeEngine>; release: () => void } {
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  return {
    command: {
      data: { name: 'gate', description: 'Waits' },
      async execute() {
        await gate;
        return reply('finally');
      },
      async button() {
        await gate;
        return reply('finally');
      },
    },
    release,
  };
}

export const replyLocale = (discordLocale: string | undefined): ReplyLocale =>
  discordLocale?.startsWith('en') ? 'en' : 'fr';

export const errorReply = (locale: ReplyLocale): ReplyPayload =>
  reply(locale === 'fr' ? 'Oups, une erreur.' : 'Oops, something went wrong.', 64);

/** A logger whose JSON lines land in `lines`. */
export function capturedLogger(secrets: string[] = []): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const logger = createLogger({ level: 'debug', secrets, destination: { write: (line: string) => lines.push(line) } });
  return { logger, lines };
}

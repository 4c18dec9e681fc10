import { generateKeyPairSync, sign } from 'node:crypto';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { AutocompleteInteraction, ChatInputCommandInteraction, Events, type Interaction } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatcher, type DispatcherOptions } from '../../src/core/dispatcher.js';
import { createBot } from '../../src/gateway/create-bot.js';
import { createInteractionsServer } from '../../src/http/interactions-server.js';
import { answerLine } from '../../src/terminal/answer-line.js';
import { completeLine } from '../../src/terminal/complete-line.js';
import {
  capturedLogger,
  errorReply,
  type FakeEngine,
  fakeEngine,
  meeting,
  replyLocale,
  timeline,
} from '../support/fake-commands.js';
import { startFakeDiscord } from '../support/fake-discord.js';
import { APP_ID, rawAutocomplete, rawChatInput } from '../support/raw-interactions.js';

// The three fronts run commands through one dispatcher: the same handlers must give the same
// answers, the same friendly error and the same autocomplete limits on each. The terminal used
// to call the handlers itself, without the limits; these cases hold every front to them.

type Payload = Record<string, unknown>;
type Choice = { name?: string; value: string };

/** One front as a user meets it: a command with options, and the choices for a typed value. */
interface Front {
  command(name: string, options: Record<string, string>): Promise<Payload>;
  complete(name: string, option: string, typed: string): Promise<Choice[]>;
}

const deps = (): DispatcherOptions<FakeEngine> => ({
  commands: [meeting, timeline],
  engine: { current: () => fakeEngine },
  logger: capturedLogger().logger,
  replyLocale,
  errorReply,
});

const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
});

const terminal: Front = {
  async command(name, options) {
    const line = [`/${name}`, ...Object.entries(options).map(([k, v]) => `${k}:${v}`)].join(' ');
    return (await answerLine(line, createDispatcher(deps()), 'fr')) as Payload;
  },
  async complete(name, option, typed) {
    const head = `/${name} ${option}:`;
    const lines = await completeLine(`${head}${typed}`, createDispatcher(deps()), 'fr');
    return lines.map((l) => ({ value: l.slice(head.length) }));
  },
};

/** The discord.js client, its REST calls answered by a local stand-in for Discord. */
async function gatewayCallback(raw: object, cls: typeof ChatInputCommandInteraction | typeof AutocompleteInteraction) {
  const discord = await startFakeDiscord({ applicationId: APP_ID });
  const bot = createBot({ ...deps(), apiUrl: discord.apiUrl });
  stops.push(async () => {
    await bot.destroy();
    await discord.close();
  });
  bot.client.emit(
    Events.InteractionCreate,
    Reflect.construct(cls as unknown as new () => Interaction, [bot.client, raw]) as Interaction,
  );
  await bot.idle();
  const [callback] = await discord.waitFor((r) => r.method === 'POST' && r.route.endsWith('/callback'));
  if (!callback) throw new Error('the bot sent no interaction callback');
  return (callback.body as { data: Payload }).data;
}

const gateway: Front = {
  command: (name, options) => gatewayCallback(rawChatInput(name, options), ChatInputCommandInteraction),
  async complete(name, option, typed) {
    const data = await gatewayCallback(rawAutocomplete(name, { [option]: typed }, option), AutocompleteInteraction);
    return data.choices as Choice[];
  },
};

/** The HTTP endpoint, posted to as Discord posts: signed with the application's key. */
async function httpResponse(raw: object): Promise<Payload> {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const endpoint = createInteractionsServer({
    ...deps(),
    publicKey: publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex'),
  });
  stops.push(() => endpoint.close());
  endpoint.server.listen(0, '127.0.0.1');
  await once(endpoint.server, 'listening');
  const { port } = endpoint.server.address() as AddressInfo;
  const body = JSON.stringify(raw);
  const timestamp = String(Math.floor(Date.now() / 1000));
  const response = await fetch(`http://127.0.0.1:${port}/interactions`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-signature-ed25519': sign(null, Buffer.from(timestamp + body), privateKey).toString('hex'),
      'x-signature-timestamp': timestamp,
    },
    body,
  });
  return ((await response.json()) as { data: Payload }).data;
}

const http: Front = {
  command: (name, options) => httpResponse(rawChatInput(name, options)),
  async complete(name, option, typed) {
    return (await httpResponse(rawAutocomplete(name, { [option]: typed }, option))).choices as Choice[];
  },
};

const fronts: [string, Front][] = [
  ['the terminal', terminal],
  ['the discord.js gateway', gateway],
  ['the HTTP endpoint', http],
];

/** name, command, options; then what the user sees: the text, and whether only they see it. */
const commandCases: [string, string, Record<string, string>, { content: string; private: boolean }][] = [
  [
    'answers with the handler payload, mentions off',
    'meeting',
    { query: '2+2' },
    { content: '[fr] Dialogue 2+2 Vietnam–Japon, Tokyo, 2023', private: false },
  ],
  [
    'turns a failing handler into the friendly private message',
    'meeting',
    { query: 'boom' },
    { content: 'Oups, une erreur.', private: true },
  ],
  [
    'answers an unknown command with the friendly private message',
    'nope',
    {},
    { content: 'Oups, une erreur.', private: true },
  ],
];

describe.each(fronts)('%s, through the one dispatcher', (_name, front) => {
  it.each(commandCases)('%s', async (_case, name, options, expected) => {
    const payload = await front.command(name, options);
    expect(payload.content).toBe(expected.content);
    expect(payload.allowed_mentions).toEqual({ parse: [] });
    expect(((payload.flags as number | undefined) ?? 0) & 64).toBe(expected.private ? 64 : 0);
  });

  it('offers at most 25 choices, none with an empty or too long value', async () => {
    // the handler returns 30 choices, the first with a 150-character name, the second with a 150-character value
    const choices = await front.complete('meeting', 'query', '2+');
    expect(choices).toHaveLength(25);
    expect(choices.map((c) => c.value)).not.toContain('y'.repeat(150));
    expect(choices.every((c) => c.value.length > 0 && c.value.length <= 100)).toBe(true);
    expect(choices.every((c) => c.name === undefined || (c.name.length > 0 && c.name.length <= 100))).toBe(true);
  });

  it('offers no choice when the autocomplete handler fails', async () => {
    expect(await front.complete('meeting', 'query', 'boom')).toEqual([]);
  });
});

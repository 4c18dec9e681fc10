import {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  Events,
  type Interaction,
} from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandModule } from '../../src/core/contract.js';
import { type Bot, createBot } from '../../src/gateway/create-bot.js';
import {
  capturedLogger,
  errorReply,
  type FakeEngine,
  fakeEngine,
  gatedCommand,
  meeting,
  replyLocale,
  report,
  timeline,
} from '../support/fake-commands.js';
import { type FakeDiscord, type RecordedRequest, startFakeDiscord } from '../support/fake-discord.js';
import { APP_ID, rawAutocomplete, rawButton, rawChatInput } from '../support/raw-interactions.js';

const ASKER = '300000000000000011';
const OTHER = '300000000000000022';

let discord: FakeDiscord;
let bot: Bot<FakeEngine>;
let lines: string[];

function startBot(commands: CommandModule<FakeEngine>[] = [meeting, report, timeline], deferAfterMs = 2000) {
  const captured = capturedLogger();
  lines = captured.lines;
  bot = createBot({
    commands,
    engine: { current: () => fakeEngine },
    logger: captured.logger,
    replyLocale,
    errorReply,
    apiUrl: discord.apiUrl,
    deferAfterMs,
  });
}

/** Builds the real discord.js class from a raw payload (its constructor is protected) and emits it. */
function dispatch(
  cls: typeof ChatInputCommandInteraction | typeof AutocompleteInteraction | typeof ButtonInteraction,
  raw: object,
): void {
  const interaction = Reflect.construct(cls as unknown as new () => Interaction, [bot.client, raw]) as Interaction;
  bot.client.emit(Events.InteractionCreate, interaction);
}

const callbacks = (r: RecordedRequest) => r.method === 'POST' && r.route.endsWith('/callback');
/** True when a callback's data carries no ephemeral bit. */
const publicFlags = (r: RecordedRequest | undefined) =>
  (((r?.body as { data?: { flags?: number } } | undefined)?.data?.flags ?? 0) & 64) === 0;
const bodyOf = (r: RecordedRequest | undefined) => r?.body as Record<string, unknown>;

beforeEach(async () => {
  discord = await startFakeDiscord({ applicationId: APP_ID });
});

afterEach(async () => {
  await bot?.destroy();
  await discord.close();
});

describe('the discord.js gateway front', () => {
  it('replies to a slash command with the handler payload and no mentions', async () => {
    startBot();
    const raw = rawChatInput('meeting', { query: '2+2' }, 'fr');
    dispatch(ChatInputCommandInteraction, raw);
    await bot.idle();
    const [callback] = await discord.waitFor(callbacks);
    expect(callback?.route).toBe(`/interactions/${raw.id}/${raw.token}/callback`);
    expect(callback?.path.startsWith('/api/v10/')).toBe(true);
    expect(callback?.body).toEqual({
      type: 4,
      data: expect.objectContaining({
        content: '[fr] Dialogue 2+2 Vietnam–Japon, Tokyo, 2023',
        allowed_mentions: { parse: [] },
      }),
    });
  });

  it('answers in the user locale', async () => {
    startBot();
    dispatch(ChatInputCommandInteraction, rawChatInput('meeting', { query: 'none' }, 'en-GB'));
    await bot.idle();
    const [callback] = await discord.waitFor(callbacks);
    expect(bodyOf(callback).data).toMatchObject({ content: '[en] No meeting' });
  });

  it('defers a slow command, then edits the original message', async () => {
    startBot();
    const raw = rawChatInput('report', { topic: 'ASEAN' });
    dispatch(ChatInputCommandInteraction, raw);
    await bot.idle();
    const [defer] = await discord.waitFor(callbacks);
    expect(defer?.body).toMatchObject({ type: 5 });
    expect(publicFlags(defer)).toBe(true);
    const [edit] = await discord.waitFor((r) => r.method === 'PATCH');
    expect(edit?.route).toBe(`/webhooks/${APP_ID}/${raw.token}/messages/@original`);
    expect(edit?.body).toMatchObject({ content: 'report on ASEAN', allowed_mentions: { parse: [] } });
  });

  it('defers privately when the private option is set', async () => {
    startBot();
    dispatch(ChatInputCommandInteraction, rawChatInput('report', { topic: 'x', private: true }));
    await bot.idle();
    const [defer] = await discord.waitFor(callbacks);
    expect(defer?.body).toEqual({ type: 5, data: { flags: 64 } });
    const [edit] = await discord.waitFor((r) => r.method === 'PATCH');
    expect(bodyOf(edit).flags ?? 0).toBe(0);
  });

  it('defers on its own when a handler is still running after deferAfterMs', async () => {
    const gated = gatedCommand();
    startBot([gated.command], 20);
    dispatch(ChatInputCommandInteraction, rawChatInput('gate'));
    try {
      const [defer] = await discord.waitFor(callbacks);
      expect(defer?.body).toMatchObject({ type: 5 });
      expect(publicFlags(defer)).toBe(true);
    } finally {
      gated.release();
    }
    await bot.idle();
    const [edit] = await discord.waitFor((r) => r.method === 'PATCH');
    expect(edit?.body).toMatchObject({ content: 'finally' });
  });

  it('responds to autocomplete with at most 25 choices within the limits', async () => {
    startBot();
    dispatch(AutocompleteInteraction, rawAutocomplete('meeting', { query: '2+' }, 'query'));
    await bot.idle();
    const [callback] = await discord.waitFor(callbacks);
    const body = bodyOf(callback);
    expect(body.type).toBe(8);
    const choices = (body.data as { choices: { name: string; value: string }[] }).choices;
    expect(choices).toHaveLength(25);
    expect(choices[0]?.name).toHaveLength(100);
    expect(choices.every((c) => c.name.length <= 100 && c.value.length <= 100)).toBe(true);
    expect(choices[1]).toEqual({ name: '2+ 2', value: '2+-2' });
  });

  it('responds to a failing autocomplete with no choices', async () => {
    startBot();
    dispatch(AutocompleteInteraction, rawAutocomplete('meeting', { query: 'boom' }, 'query'));
    await bot.idle();
    const [callback] = await discord.waitFor(callbacks);
    expect(callback?.body).toEqual({ type: 8, data: { choices: [] } });
  });

  it('updates the message when a button is pressed', async () => {
    startBot();
    dispatch(ButtonInteraction, rawButton('timeline:page-2', 'en-US'));
    await bot.idle();
    const [callback] = await discord.waitFor(callbacks);
    expect(callback?.body).toEqual({
      type: 7,
      data: expect.objectContaining({ content: '[en] page-2', allowed_mentions: { parse: [] } }),
    });
  });

  it("lets only the asker rewrite the message; another user's press gets a private copy", async () => {
    startBot();
    dispatch(ButtonInteraction, rawButton('timeline:page-2', 'en-US', { askedBy: ASKER, pressedBy: ASKER }));
    await bot.idle();
    const [own] = await discord.waitFor(callbacks);
    expect(own?.body).toMatchObject({ type: 7, data: { content: '[en] page-2' } });

    dispatch(ButtonInteraction, rawButton('timeline:page-3', 'en-US', { askedBy: ASKER, pressedBy: OTHER }));
    await bot.idle();
    const [, copy] = await discord.waitFor(callbacks, 2);
    expect(copy?.body).toMatchObject({ type: 4, data: { content: '[en] page-3', flags: 64 } });
    expect(discord.requests.filter((r) => r.method === 'PATCH')).toEqual([]);
  });

  it("defers another user's slow press privately and edits only their copy", async () => {
    const gated = gatedCommand();
    startBot([gated.command], 20);
    dispatch(ButtonInteraction, rawButton('gate:next', 'en-US', { askedBy: ASKER, pressedBy: OTHER }));
    try {
      const [defer] = await discord.waitFor(callbacks);
      expect(defer?.body).toEqual({ type: 5, data: { flags: 64 } });
    } finally {
      gated.release();
    }
    await bot.idle();
    const [edit] = await discord.waitFor((r) => r.method === 'PATCH');
    expect(edit?.route).toMatch(/\/messages\/@original$/);
    expect(edit?.body).toMatchObject({ content: 'finally' });
  });

  it('answers a failing handler privately and keeps running', async () => {
    startBot();
    dispatch(ChatInputCommandInteraction, rawChatInput('meeting', { query: 'boom' }));
    await bot.idle();
    const [callback] = await discord.waitFor(callbacks);
    expect(callback?.body).toEqual({
      type: 4,
      data: expect.objectContaining({ content: 'Oups, une erreur.', flags: 64 }),
    });
    expect(lines.some((line) => line.includes('engine exploded'))).toBe(true);

    dispatch(ChatInputCommandInteraction, rawChatInput('meeting', { query: '2+2' }));
    await bot.idle();
    const after = await discord.waitFor(callbacks, 2);
    expect(bodyOf(after[1]).data).toMatchObject({ content: '[fr] Dialogue 2+2 Vietnam–Japon, Tokyo, 2023' });
  });

  it('follows up privately when a deferred handler fails, and removes the public placeholder', async () => {
    startBot();
    const raw = rawChatInput('report', { topic: 'boom' });
    dispatch(ChatInputCommandInteraction, raw);
    await bot.idle();
    const [followUp] = await discord.waitFor((r) => r.method === 'POST' && r.route.startsWith('/webhooks/'));
    expect(followUp?.route).toBe(`/webhooks/${APP_ID}/${raw.token}`);
    expect(followUp?.body).toMatchObject({ content: 'Oups, une erreur.', flags: 64 });
    await discord.waitFor((r) => r.method === 'DELETE' && r.route.endsWith('/messages/@original'));
    expect(discord.requests.some((r) => r.method === 'PATCH')).toBe(false);
  });

  it('answers a failing button privately instead of replacing the message', async () => {
    startBot();
    dispatch(ButtonInteraction, rawButton('timeline:boom'));
    await bot.idle();
    const [callback] = await discord.waitFor(callbacks);
    expect(callback?.body).toEqual({ type: 4, data: expect.objectContaining({ flags: 64 }) });
  });

  it('answers an unknown command with the friendly error', async () => {
    startBot();
    dispatch(ChatInputCommandInteraction, rawChatInput('nope'));
    await bot.idle();
    const [callback] = await discord.waitFor(callbacks);
    expect(callback?.body).toEqual({ type: 4, data: expect.objectContaining({ content: 'Oups, une erreur.' }) });
  });

  it('survives Discord refusing the reply and logs it', async () => {
    startBot();
    // Three 500s exhaust discord.js' retries for the callback; the error reply then has nowhere to go but the log.
    for (let i = 0; i < 4; i += 1) discord.inject({ method: 'POST', route: /\/callback$/, status: 500 });
    dispatch(ChatInputCommandInteraction, rawChatInput('meeting', { query: '2+2' }));
    await bot.idle();
    expect(lines.some((line) => line.includes('could not answer an interaction'))).toBe(true);
    // Once Discord recovers, the user still hears that something went wrong.
    expect(bodyOf(discord.requests.filter(callbacks).at(-1)).data).toMatchObject({ flags: 64 });
    dispatch(ChatInputCommandInteraction, rawChatInput('meeting', { query: '2+2' }));
    await bot.idle();
    const ok = discord.requests.filter(callbacks).at(-1);
    expect(bodyOf(ok).type).toBe(4);
  });
});

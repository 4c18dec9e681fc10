import { mergeCorpus } from '@kizuna/model';
import { ChatInputCommandInteraction, Events, type Interaction } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { commands } from '../../src/commands/index.js';
import { replyLocale } from '../../src/core/reply-locale.js';
import { QueryEngine } from '../../src/engine/index.js';
import { createBot } from '../../src/gateway/create-bot.js';
import { errorReply } from '../../src/replies/error-reply.js';
import { createLogger } from '../../src/runtime/logger.js';
import { startFakeDiscord } from '../support/fake-discord.js';
import { fixtureArticles } from '../support/fixture-corpus.js';
import { APP_ID, rawChatInput } from '../support/raw-interactions.js';

const engine = new QueryEngine(mergeCorpus(fixtureArticles()));
const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
});

/** What the real commands answer through discord.js to a user of this Discord locale. */
async function answer(name: string, options: Record<string, string>, locale: string) {
  const discord = await startFakeDiscord({ applicationId: APP_ID });
  const bot = createBot({
    commands,
    engine: { current: () => engine },
    logger: createLogger({ level: 'silent' }),
    replyLocale,
    errorReply,
    apiUrl: discord.apiUrl,
  });
  stops.push(async () => {
    await bot.destroy();
    await discord.close();
  });
  const raw = rawChatInput(name, options, locale);
  bot.client.emit(
    Events.InteractionCreate,
    Reflect.construct(ChatInputCommandInteraction as unknown as new () => Interaction, [
      bot.client,
      raw,
    ]) as Interaction,
  );
  await bot.idle();
  const [callback] = await discord.waitFor((r) => r.method === 'POST' && r.route.endsWith('/callback'));
  if (!callback) throw new Error('the bot sent no interaction callback');
  return JSON.stringify((callback.body as { data: unknown }).data);
}

describe('replies follow the user’s locale', () => {
  it.each(['de', 'es-ES', 'ja', 'en-GB'])('answers %s in English, with English typography', async (locale) => {
    const reply = await answer('meeting', { query: 'tenth summit' }, locale);
    expect(reply).toContain('**Place**: Tokyo, Japan');
    expect(reply).not.toContain('Lieu');
  });

  it('answers fr in French', async () => {
    const reply = await answer('meeting', { query: 'tenth summit' }, 'fr');
    expect(reply).toContain('**Lieu** : Tokyo, Japon');
  });

  it('answers /help in the user’s language', async () => {
    expect(await answer('help', {}, 'de')).toContain('/timeline');
    expect(await answer('help', {}, 'fr')).toContain('/chronologie');
  });
});

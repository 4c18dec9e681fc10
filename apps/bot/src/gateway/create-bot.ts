import { Client, type ClientOptions, Events, GatewayIntentBits, RESTEvents } from 'discord.js';
import { createDispatcher, type Dispatcher, type DispatcherOptions } from '../core/dispatcher.js';
import type { Logger } from '../runtime/logger.js';
import { handleInteraction } from './interaction-handler.js';

export interface BotOptions<Engine> extends DispatcherOptions<Engine> {
  /** REST base without the version (a proxy, or a local stand-in in tests); discord.js appends /v10. */
  apiUrl?: string | undefined;
  /** Defer answers still running after this long (default 2 s, under Discord's 3 s). */
  deferAfterMs?: number;
}

export interface Bot<Engine> {
  readonly client: Client;
  readonly dispatcher: Dispatcher<Engine>;
  login(token: string): Promise<void>;
  /** Resolves once every interaction being answered has been answered. */
  idle(): Promise<void>;
  /** Lets answers in flight finish, then closes the gateway connection. */
  destroy(): Promise<void>;
}

/** The discord.js gateway front: only the Guilds intent (slash commands need nothing else). */
export function createBot<Engine>(options: BotOptions<Engine>): Bot<Engine> {
  const { logger } = options;
  const dispatcher = createDispatcher(options);
  const clientOptions: ClientOptions = {
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [] },
  };
  if (options.apiUrl !== undefined) clientOptions.rest = { api: options.apiUrl };
  const client = new Client(clientOptions);
  const inFlight = new Set<Promise<void>>();
  const handlerOptions = { logger, deferAfterMs: options.deferAfterMs ?? 2000 };

  client.on(Events.InteractionCreate, (interaction) => {
    const work = handleInteraction(interaction, dispatcher, handlerOptions).finally(() => inFlight.delete(work));
    inFlight.add(work);
  });
  watchClient(client, logger);

  return {
    client,
    dispatcher,
    async login(token) {
      await client.login(token);
    },
    async idle() {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
    async destroy() {
      await Promise.allSettled([...inFlight]);
      await client.destroy();
    },
  };
}

function watchClient(client: Client, logger: Logger): void {
  client.once(Events.ClientReady, (ready) => {
    logger.info({ user: ready.user.tag, guilds: ready.guilds.cache.size }, 'gateway ready');
  });
  client.on(Events.Error, (err) => logger.error({ err }, 'discord.js client error'));
  client.on(Events.Warn, (message) => logger.warn(message));
  client.on(Events.ShardError, (err, shardId) => logger.error({ err, shardId }, 'shard connection error'));
  client.on(Events.ShardDisconnect, (event, shardId) =>
    logger.warn({ code: event.code, shardId }, 'shard disconnected for good'),
  );
  client.on(Events.ShardReconnecting, (shardId) => logger.info({ shardId }, 'shard reconnecting'));
  client.rest.on(RESTEvents.RateLimited, (info) =>
    logger.warn({ route: info.route, retryAfter: info.retryAfter, global: info.global }, 'rate limited by Discord'),
  );
}

import { commands } from '../../src/commands/index.js';
import { createDispatcher, type Dispatcher } from '../../src/core/dispatcher.js';
import { replyLocale } from '../../src/core/reply-locale.js';
import type { QueryEngine } from '../../src/engine/index.js';
import { errorReply } from '../../src/replies/error-reply.js';
import { createLogger } from '../../src/runtime/logger.js';

/** The dispatcher every front uses, with the real commands over this engine; logs go nowhere. */
export function realDispatcher(engine: QueryEngine): Dispatcher<QueryEngine> {
  return createDispatcher({
    commands,
    engine: { current: () => engine },
    logger: createLogger({ level: 'silent' }),
    replyLocale,
    errorReply,
  });
}

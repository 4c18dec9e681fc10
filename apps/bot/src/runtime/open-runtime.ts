import { commands } from '../commands/index.js';
import type { DispatcherOptions } from '../core/dispatcher.js';
import { replyLocale } from '../core/reply-locale.js';
import { type EngineHandle, type OpenEngineOptions, openEngine, type QueryEngine } from '../engine/index.js';
import { errorReply } from '../replies/error-reply.js';
import type { Logger } from './logger.js';

export interface RuntimeOptions extends OpenEngineOptions {
  logger: Logger;
}

/**
 * What every front needs: the real commands over the corpus (bundled + `<dataDir>/articles`),
 * as the dispatcher's options. Reloads and snapshot trouble are logged unless the caller says
 * otherwise. Throws `EngineError` when the corpus cannot be loaded.
 */
export async function openRuntime(
  options: RuntimeOptions,
): Promise<{ engine: EngineHandle; deps: DispatcherOptions<QueryEngine> }> {
  const { logger, ...engineOptions } = options;
  const engine = await openEngine({
    onReload: (next) => logger.info({ articles: next.corpus.articles.length }, 'corpus reloaded'),
    onReloadError: (err) => logger.error({ err }, 'corpus reload failed; keeping the last good corpus'),
    onSnapshotError: (err) => logger.warn({ err }, 'cannot write the corpus snapshot; the next start reads every file'),
    ...engineOptions,
  });
  logger.info({ dataDir: options.dataDir, articles: engine.current().corpus.articles.length }, 'corpus loaded');
  return { engine, deps: { commands, engine, logger, replyLocale, errorReply } };
}

import { commands } from '../commands/index.js';
import { type EngineHandle, openEngine, type QueryEngine } from '../engine/index.js';
import type { Logger } from '../logger.js';
import { errorReply } from '../replies/error-reply.js';
import { replyLocale } from '../replies/locale.js';
import type { DispatcherOptions } from './dispatcher.js';

/** What every front needs: the real commands over the live corpus (bundled + `<dataDir>/articles`). */
export async function openRuntime(
  dataDir: string,
  logger: Logger,
): Promise<{ engine: EngineHandle; deps: DispatcherOptions<QueryEngine> }> {
  const engine = await openEngine({
    dataDir,
    watch: true,
    onReload: (next) => logger.info({ articles: next.corpus.articles.length }, 'corpus reloaded'),
    onReloadError: (err) => logger.error({ err }, 'corpus reload failed; keeping the last good corpus'),
    onSnapshotError: (err) => logger.warn({ err }, 'cannot write the corpus snapshot; the next start reads every file'),
  });
  logger.info({ dataDir, articles: engine.current().corpus.articles.length }, 'corpus loaded');
  return { engine, deps: { commands, engine, logger, replyLocale, errorReply } };
}

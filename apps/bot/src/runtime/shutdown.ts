import type { Logger } from './logger.js';

/**
 * SIGINT/SIGTERM run `close` once (finish answers in flight, close connections) and exit 0;
 * a second signal while closing exits at once. For the entrypoints only.
 */
export function exitOnSignals(logger: Logger, close: () => Promise<void>): void {
  let closing = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (closing) {
      logger.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    closing = true;
    logger.info({ signal }, 'shutting down');
    close().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

/** A stray rejection is logged, never fatal: one bad answer must not take the bot down. */
export function logStrayRejections(logger: Logger): void {
  process.on('unhandledRejection', (err) => logger.error({ err }, 'unhandled promise rejection'));
}

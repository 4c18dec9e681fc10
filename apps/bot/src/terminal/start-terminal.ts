import { resolve } from 'node:path';
import type { Dispatcher } from '../core/dispatcher.js';
import { createDispatcher } from '../core/dispatcher.js';
import { EngineError, type EngineHandle, type OpenEngineOptions, type QueryEngine } from '../engine/index.js';
import { createLogger } from '../runtime/logger.js';
import { openRuntime } from '../runtime/open-runtime.js';
import { type CliArgs, parseCliArgs, UsageError } from './cli-args.js';

export interface Terminal {
  args: CliArgs;
  engine: EngineHandle;
  dispatcher: Dispatcher<QueryEngine>;
}

/** Reads the arguments; on a mistake, says it with the usage and returns the exit code (2). */
export function readTerminalArgs(argv: readonly string[], usage: string): CliArgs | number {
  try {
    return parseCliArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n${usage}\n`);
    return 2;
  }
}

/**
 * Opens the corpus and the dispatcher every front uses, for a terminal front; logs go to stderr
 * (errors only unless LOG_LEVEL says otherwise). On a corpus that cannot be loaded, says why and
 * returns the exit code (1).
 */
export async function openTerminal(
  args: CliArgs,
  engineOptions: Omit<OpenEngineOptions, 'dataDir' | 'bundled'> = {},
): Promise<Terminal | number> {
  const logger = createLogger({ level: terminalLogLevel(process.env.LOG_LEVEL) });
  try {
    const { engine, deps } = await openRuntime({
      ...engineOptions,
      dataDir: resolve(args.dataDir),
      bundled: args.bundled,
      logger,
    });
    return { args, engine, dispatcher: createDispatcher(deps) };
  } catch (error) {
    if (!(error instanceof EngineError)) throw error;
    process.stderr.write(`kizuna: the corpus could not be loaded (${error.code}):\n${error.message}\n`);
    return 1;
  }
}

const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

function terminalLogLevel(value: string | undefined): (typeof LEVELS)[number] {
  return LEVELS.find((l) => l === value) ?? 'error';
}

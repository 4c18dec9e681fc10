import { commands } from '../commands/index.js';
import type { ReplyLocale } from '../core/contract.js';
import { createDispatcher } from '../core/dispatcher.js';
import { replyLocale } from '../core/reply-locale.js';
import type { QueryEngine } from '../engine/index.js';
import { errorReply } from '../replies/error-reply.js';
import { createLogger } from '../runtime/logger.js';
import { answerLine } from './answer-line.js';

/** A line answered differently by two engines. */
export interface ReplyDifference {
  line: string;
  locale: ReplyLocale;
  expected: string;
  actual: string;
}

const dispatcherOf = (engine: QueryEngine) =>
  createDispatcher({
    commands,
    engine: { current: () => engine },
    logger: createLogger({ level: 'silent' }),
    replyLocale,
    errorReply,
  });

// /about's "last changed": a folder's newest file for one engine, the store's last write for the other
const withoutTimes = (json: string) => json.replace(/\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/g, '<time>');

/**
 * Answers every line in every locale with both engines through the real commands and returns the
 * lines whose Discord payloads differ (as JSON: every field, every character).
 */
export async function compareEngines(
  expected: QueryEngine,
  actual: QueryEngine,
  lines: readonly string[],
  locales: readonly ReplyLocale[] = ['en', 'fr'],
): Promise<ReplyDifference[]> {
  const [a, b] = [dispatcherOf(expected), dispatcherOf(actual)];
  const out: ReplyDifference[] = [];
  for (const locale of locales) {
    for (const line of lines) {
      const want = withoutTimes(JSON.stringify(await answerLine(line, a, locale)));
      const got = withoutTimes(JSON.stringify(await answerLine(line, b, locale)));
      if (want !== got) out.push({ line, locale, expected: want, actual: got });
    }
  }
  return out;
}

/** What a query file holds: objects with a `line`. */
export function queryLines(json: unknown): string[] {
  if (!Array.isArray(json)) return [];
  return json.flatMap((q) => (q && typeof q === 'object' && typeof q.line === 'string' ? [q.line as string] : []));
}

import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/runtime/logger.js';

const TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.GhIjKl.secret-token-value';

function capture() {
  const lines: string[] = [];
  const logger = createLogger({ secrets: [TOKEN], destination: { write: (line: string) => lines.push(line) } });
  return { logger, lines };
}

describe('createLogger', () => {
  it('writes structured JSON lines', () => {
    const { logger, lines } = capture();
    logger.info({ guilds: 3 }, 'gateway ready');
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({ level: 30, msg: 'gateway ready', guilds: 3 });
  });

  it.each([
    ['a token field', (l: ReturnType<typeof capture>['logger']) => l.info({ token: TOKEN }, 'login')],
    [
      'an authorization header',
      (l: ReturnType<typeof capture>['logger']) => l.info({ headers: { authorization: `Bot ${TOKEN}` } }, 'request'),
    ],
    ['free text', (l: ReturnType<typeof capture>['logger']) => l.warn(`login failed with ${TOKEN}`)],
    [
      'an error message',
      (l: ReturnType<typeof capture>['logger']) => l.error({ err: new Error(`401 for token ${TOKEN}`) }, 'failed'),
    ],
  ])('never writes the token in %s', (_, log) => {
    const { logger, lines } = capture();
    log(logger);
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain('secret-token-value');
    expect(lines[0]).toContain('[redacted]');
  });
});

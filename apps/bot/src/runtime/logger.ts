import { type DestinationStream, type LevelWithSilent, type Logger, pino } from 'pino';

export type { Logger } from 'pino';

export interface LoggerOptions {
  level?: LevelWithSilent;
  /** Strings that must never reach the logs (the bot token), wherever they appear. */
  secrets?: readonly (string | undefined)[];
  /** Where the JSON lines go; stderr by default so stdout stays clean for `--json` tools. */
  destination?: DestinationStream;
}

const REDACTED = '[redacted]';

/**
 * Structured logs (pino). Key-based redaction catches tokens in known fields; the write hook
 * catches the token inside free text too (an error message or a URL quoting it).
 */
export function createLogger(options: LoggerOptions = {}): Logger {
  const secrets = (options.secrets ?? []).filter((s): s is string => typeof s === 'string' && s.length >= 8);
  return pino(
    {
      level: options.level ?? 'info',
      base: { app: 'kizuna-bot' },
      redact: {
        paths: [
          'token',
          '*.token',
          'DISCORD_TOKEN',
          '*.DISCORD_TOKEN',
          'headers.authorization',
          '*.headers.authorization',
          'req.headers.authorization',
        ],
        censor: REDACTED,
      },
      hooks: {
        streamWrite: (line) => secrets.reduce((out, secret) => out.split(secret).join(REDACTED), line),
      },
    },
    options.destination ?? pino.destination({ dest: 2, sync: true }),
  );
}

import * as z from 'zod';

/** Why a front cannot start: a missing or malformed environment variable. */
export class EnvError extends Error {
  override readonly name = 'EnvError';
  readonly code = 'ENV_INVALID';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

// An empty variable (`DISCORD_TOKEN=` in a .env file) means "not set".
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

const required = <T extends z.ZodType>(name: string, schema: T, hint: string) =>
  z
    .preprocess(
      (value) => (value === '' ? undefined : value),
      z.unknown().superRefine((value, ctx) => {
        if (value === undefined) ctx.addIssue({ code: 'custom', message: `${name} is not set. ${hint}` });
      }),
    )
    .pipe(schema);

const token = required(
  'DISCORD_TOKEN',
  z.string().trim().min(1),
  'Copy the bot token from the Discord developer portal (Bot > Reset Token), see docs/discord.md. ' +
    'To try Kizuna without Discord, run `pnpm console` instead.',
);
const applicationId = required(
  'DISCORD_APPLICATION_ID',
  z.string().regex(/^\d{1,20}$/, 'DISCORD_APPLICATION_ID must be the numeric application id'),
  'Copy the Application ID from the General Information page of the Discord developer portal.',
);
const publicKey = required(
  'DISCORD_PUBLIC_KEY',
  z.string().regex(/^[0-9a-fA-F]{64}$/, 'DISCORD_PUBLIC_KEY must be 64 hexadecimal characters'),
  'Copy the Public Key from the General Information page of the Discord developer portal.',
);
// The REST base without the version, e.g. https://discord.com/api (discord.js appends /v10).
const apiUrl = optional(z.url({ protocol: /^https?$/ }).transform((url) => url.replace(/\/+$/, '')));
const common = {
  KIZUNA_DATA_DIR: optional(z.string().min(1)).transform((dir) => dir ?? 'data'),
  LOG_LEVEL: optional(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])).transform(
    (level) => level ?? 'info',
  ),
};

export const GatewayEnv = z.object({
  DISCORD_TOKEN: token,
  DISCORD_APPLICATION_ID: optional(z.string().regex(/^\d{1,20}$/)),
  DISCORD_API_URL: apiUrl,
  ...common,
});
export type GatewayEnv = z.infer<typeof GatewayEnv>;

/** The sharded start: how many shards ('auto' asks Discord) and the pause between spawns. */
export const ShardedEnv = GatewayEnv.extend({
  KIZUNA_SHARDS: optional(z.union([z.literal('auto'), z.coerce.number().int().min(1)])).transform(
    (shards) => shards ?? 'auto',
  ),
  // Discord allows one IDENTIFY per 5 s per bucket (max_concurrency); 5.5 s is discord.js' default.
  KIZUNA_SHARD_SPAWN_DELAY_MS: optional(z.coerce.number().int().min(0)).transform((ms) => ms ?? 5500),
});
export type ShardedEnv = z.infer<typeof ShardedEnv>;

export const HttpEnv = z.object({
  DISCORD_PUBLIC_KEY: publicKey,
  DISCORD_APPLICATION_ID: applicationId,
  DISCORD_API_URL: apiUrl,
  PORT: optional(z.coerce.number().int().min(0).max(65535)).transform((port) => port ?? 3000),
  HOST: optional(z.string().min(1)).transform((host) => host ?? '0.0.0.0'),
  ...common,
});
export type HttpEnv = z.infer<typeof HttpEnv>;

export const RegisterEnv = z.object({
  DISCORD_TOKEN: token,
  DISCORD_APPLICATION_ID: applicationId,
  DISCORD_API_URL: apiUrl,
  LOG_LEVEL: common.LOG_LEVEL,
});
export type RegisterEnv = z.infer<typeof RegisterEnv>;

/** Validates `env` (usually `process.env`) against one front's schema; the message names every problem. */
export function readEnv<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv): z.infer<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) =>
    issue.code === 'custom' ? issue.message : `${issue.path.join('.')}: ${issue.message}`,
  );
  throw new EnvError(lines.join('\n'), { cause: result.error });
}

/** `readEnv` for an entry point: on a bad environment, says why on stderr (as `kizuna <who>: …`) and returns null. */
export function readEnvOrReport<S extends z.ZodType>(
  schema: S,
  env: NodeJS.ProcessEnv,
  who: string,
): z.infer<S> | null {
  try {
    return readEnv(schema, env);
  } catch (err) {
    if (!(err instanceof EnvError)) throw err;
    process.stderr.write(`kizuna ${who}: ${err.message}\n`);
    return null;
  }
}

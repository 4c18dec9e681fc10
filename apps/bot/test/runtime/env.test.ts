import { describe, expect, it } from 'vitest';
import { EnvError, GatewayEnv, HttpEnv, RegisterEnv, readEnv, ShardedEnv } from '../../src/runtime/env.js';

const KEY = 'ab'.repeat(32);

describe('readEnv', () => {
  it.each([
    [
      'gateway, token only',
      GatewayEnv,
      { DISCORD_TOKEN: 't0ken' },
      { DISCORD_TOKEN: 't0ken', KIZUNA_DATA_DIR: 'data', LOG_LEVEL: 'info' },
    ],
    [
      'gateway, API proxy without trailing slash',
      GatewayEnv,
      { DISCORD_TOKEN: 't', DISCORD_API_URL: 'http://127.0.0.1:9/api/' },
      { DISCORD_API_URL: 'http://127.0.0.1:9/api' },
    ],
    [
      'http, defaults',
      HttpEnv,
      { DISCORD_PUBLIC_KEY: KEY, DISCORD_APPLICATION_ID: '123' },
      { PORT: 3000, HOST: '0.0.0.0', DISCORD_PUBLIC_KEY: KEY },
    ],
    [
      'http, port 0 (any free port)',
      HttpEnv,
      { DISCORD_PUBLIC_KEY: KEY, DISCORD_APPLICATION_ID: '1', PORT: '0' },
      { PORT: 0 },
    ],
    [
      'sharded, auto by default',
      ShardedEnv,
      { DISCORD_TOKEN: 't' },
      { KIZUNA_SHARDS: 'auto', KIZUNA_SHARD_SPAWN_DELAY_MS: 5500 },
    ],
    ['sharded, a number', ShardedEnv, { DISCORD_TOKEN: 't', KIZUNA_SHARDS: '4' }, { KIZUNA_SHARDS: 4 }],
  ])('accepts %s', (_, schema, env, expected) => {
    expect(readEnv(schema, env)).toMatchObject(expected);
  });

  it.each([
    ['a missing token, pointing to the console', GatewayEnv, {}, /DISCORD_TOKEN is not set[\s\S]*pnpm console/],
    ['an empty token', GatewayEnv, { DISCORD_TOKEN: '' }, /DISCORD_TOKEN is not set/],
    ['a short public key', HttpEnv, { DISCORD_PUBLIC_KEY: 'abc', DISCORD_APPLICATION_ID: '1' }, /64 hexadecimal/],
    ['a port out of range', HttpEnv, { DISCORD_PUBLIC_KEY: KEY, DISCORD_APPLICATION_ID: '1', PORT: '70000' }, /PORT/],
    ['a non-numeric application id', RegisterEnv, { DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: 'kizuna' }, /numeric/],
    [
      'an API URL that is not http(s)',
      GatewayEnv,
      { DISCORD_TOKEN: 't', DISCORD_API_URL: 'ftp://x' },
      /DISCORD_API_URL/,
    ],
    [
      'every missing variable at once',
      RegisterEnv,
      {},
      /DISCORD_TOKEN is not set[\s\S]*DISCORD_APPLICATION_ID is not set/,
    ],
  ])('refuses %s', (_, schema, env, message) => {
    expect(() => readEnv(schema, env)).toThrow(EnvError);
    expect(() => readEnv(schema, env)).toThrow(message);
  });
});

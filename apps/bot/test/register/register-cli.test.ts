import { afterEach, beforeEach, describe, expect, it, onTestFailed } from 'vitest';
import { commands } from '../../src/commands/index.js';
import { type FakeDiscord, startFakeDiscord } from '../support/fake-discord.js';
import { APP_ID } from '../support/raw-interactions.js';
import { type RunningEntry, runEntry } from '../support/run-entry.js';

const TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.Reg123.register-secret-token';
const expectedBody = JSON.parse(JSON.stringify(commands.map((c) => c.data))) as unknown[];

let discord: FakeDiscord;
let cli: RunningEntry | undefined;

beforeEach(async () => {
  const meeting = commands.find((c) => c.data.name === 'meeting')?.data;
  discord = await startFakeDiscord({
    applicationId: APP_ID,
    // Discord already has /meeting as it stands, plus a command since removed from the code.
    existingCommands: [
      { id: '1', application_id: APP_ID, version: '1', default_member_permissions: null, ...meeting },
      { id: '2', application_id: APP_ID, version: '1', name: 'oldcommand', description: 'gone', type: 1 },
    ],
  });
});

// When a child-process test fails, its own logs say why.
beforeEach(() => {
  onTestFailed(() => {
    if (cli) console.error(`--- child stderr ---\n${cli.stderr().slice(-4000)}`);
  });
});

afterEach(async () => {
  await cli?.stop();
  cli = undefined;
  await discord.close();
});

const env = () => ({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_URL: discord.apiUrl });

describe('pnpm bot:register', () => {
  it('bulk-overwrites the global commands with their JSON, localisations included, and prints the changes', async () => {
    cli = runEntry('src/register/main.ts', env());
    expect(await cli.exited()).toBe(0);
    const puts = discord.requests.filter((r) => r.method === 'PUT');
    expect(puts).toHaveLength(1);
    expect(puts[0]?.route).toBe(`/applications/${APP_ID}/commands`);
    expect(puts[0]?.headers.authorization).toBe(`Bot ${TOKEN}`);
    expect(puts[0]?.body).toEqual(expectedBody);
    const sent = (puts[0]?.body ?? []) as { name_localizations?: object; description_localizations?: object }[];
    for (const command of sent) {
      expect(command.name_localizations).toHaveProperty('fr');
      expect(command.description_localizations).toHaveProperty('fr');
    }
    const out = cli.stdout();
    expect(out).toContain(`Registered ${commands.length} commands globally.`);
    expect(out).toMatch(/unchanged: .*\/meeting/);
    expect(out).toMatch(/removed: +\/oldcommand/);
    expect(out).toMatch(/added: .*\/person/);
  }, 30_000);

  it('registers in one server with --guild', async () => {
    cli = runEntry('src/register/main.ts', env(), ['--guild', '555000000000000001']);
    expect(await cli.exited()).toBe(0);
    const [put] = discord.requests.filter((r) => r.method === 'PUT');
    expect(put?.route).toBe(`/applications/${APP_ID}/guilds/555000000000000001/commands`);
    expect(put?.body).toEqual(expectedBody);
    expect(cli.stdout()).toContain('in server 555000000000000001');
  }, 30_000);

  it('says which variable is missing, and sends nothing', async () => {
    cli = runEntry('src/register/main.ts', { DISCORD_API_URL: discord.apiUrl });
    expect(await cli.exited()).toBe(1);
    expect(cli.stderr()).toContain('DISCORD_TOKEN is not set');
    expect(cli.stderr()).toContain('DISCORD_APPLICATION_ID is not set');
    expect(discord.requests).toHaveLength(0);
  }, 30_000);
});

describe('pnpm bot:register options', () => {
  it('--clear --guild removes the guild copies with an empty list', async () => {
    cli = runEntry('src/register/main.ts', env(), ['--guild', '555000000000000001', '--clear']);
    expect(await cli.exited()).toBe(0);
    const [put] = discord.requests.filter((r) => r.method === 'PUT');
    expect(put?.route).toBe(`/applications/${APP_ID}/guilds/555000000000000001/commands`);
    expect(put?.body).toEqual([]);
    expect(cli.stdout()).toMatch(/removed: +\/meeting, \/oldcommand/);
  }, 30_000);

  it('--dry-run prints the JSON it would send, without a token or a request', async () => {
    cli = runEntry('src/register/main.ts', {}, ['--dry-run']);
    expect(await cli.exited()).toBe(0);
    expect(JSON.parse(cli.stdout())).toEqual(expectedBody);
    expect(discord.requests).toHaveLength(0);
  }, 30_000);
});

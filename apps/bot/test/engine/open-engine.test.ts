import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EngineError, type EngineHandle, openEngine } from '../../src/engine/index.js';
import { dialogue2plus2, tenthSummit } from '../support/fixture-corpus.js';

let dir: string;
let handle: EngineHandle | undefined;
afterEach(async () => {
  await handle?.close();
  rmSync(dir, { recursive: true, force: true });
});
const write = (name: string, value: unknown) =>
  writeFileSync(join(dir, 'articles', name), typeof value === 'string' ? value : JSON.stringify(value));

describe('openEngine', () => {
  it('loads the corpus folder, rebuilds on change and keeps the last good corpus on a bad file', async () => {
    dir = mkdtempSync(join(tmpdir(), 'kizuna-engine-'));
    mkdirSync(join(dir, 'articles'));
    write('a.json', dialogue2plus2());
    const errors: unknown[] = [];
    handle = await openEngine({ dataDir: dir, bundled: false, watch: true, onReloadError: (e) => errors.push(e) });
    const h = handle;
    expect(h.current().stats().articles).toBe(1);

    write('b.json', tenthSummit());
    await vi.waitFor(() => expect(h.current().stats().articles).toBe(2), { timeout: 10_000, interval: 50 });

    write('c.json', '{ not json');
    await vi.waitFor(() => expect(errors.length).toBeGreaterThan(0), { timeout: 10_000, interval: 50 });
    expect(errors[0]).toBeInstanceOf(EngineError);
    expect(h.current().stats().articles).toBe(2);
    expect(h.current().findMeeting('tenth summit').kind).toBe('found');
  });

  it('keeps a snapshot of the validated articles in <dataDir>/.cache and starts from it next time', async () => {
    dir = mkdtempSync(join(tmpdir(), 'kizuna-engine-'));
    mkdirSync(join(dir, 'articles'));
    write('a.json', dialogue2plus2());
    write('b.json', tenthSummit());
    handle = await openEngine({ dataDir: dir, bundled: false });
    const first = handle.current().stats();
    await handle.close();
    const snapshot = join(dir, '.cache', 'articles.snapshot');
    expect(existsSync(snapshot)).toBe(true);
    handle = await openEngine({ dataDir: dir, bundled: false });
    expect(handle.current().stats()).toEqual(first);
    expect(handle.current().findMeeting('tenth summit').kind).toBe('found');
    await handle.close();
    rmSync(join(dir, '.cache'), { recursive: true });
    handle = await openEngine({ dataDir: dir, bundled: false, snapshot: false });
    expect(existsSync(join(dir, '.cache'))).toBe(false);
  });

  it('refuses to start on an invalid corpus, naming the file', async () => {
    dir = mkdtempSync(join(tmpdir(), 'kizuna-engine-'));
    mkdirSync(join(dir, 'articles'));
    write('bad.json', { id: 'x' });
    handle = undefined;
    await expect(openEngine({ dataDir: dir, bundled: false })).rejects.toThrow(/bad\.json/);
  });

  it('says the corpus changed when its folder last did, not when the bundled corpus was made', async () => {
    dir = mkdtempSync(join(tmpdir(), 'kizuna-engine-'));
    mkdirSync(join(dir, 'articles'));
    write('a.json', dialogue2plus2());
    // a file copied in later than its ingest time (and the folder with it)
    const copied = new Date('2030-06-01T12:00:00Z');
    utimesSync(join(dir, 'articles', 'a.json'), copied, copied);
    utimesSync(join(dir, 'articles'), copied, copied);
    handle = await openEngine({ dataDir: dir, watch: false });
    const stats = handle.current().stats();
    expect(stats.lastChanged).toBe('2030-06-01T12:00:00.000Z');
    expect(stats.lastIngest).not.toBe(stats.lastChanged);
  });

  it('starts on a data folder that does not exist yet', async () => {
    dir = mkdtempSync(join(tmpdir(), 'kizuna-engine-'));
    handle = await openEngine({ dataDir: join(dir, 'missing'), bundled: false, watch: true });
    expect(handle.current().stats().articles).toBe(0);
  });

  it('follows a data folder created after start', async () => {
    dir = mkdtempSync(join(tmpdir(), 'kizuna-engine-'));
    const data = join(dir, 'later', 'data');
    handle = await openEngine({ dataDir: data, bundled: false, watch: true });
    const h = handle;
    expect(h.current().stats().articles).toBe(0);
    mkdirSync(join(data, 'articles'), { recursive: true });
    writeFileSync(join(data, 'articles', 'a.json'), JSON.stringify(dialogue2plus2()));
    await vi.waitFor(() => expect(h.current().stats().articles).toBe(1), { timeout: 10_000, interval: 50 });
    writeFileSync(join(data, 'articles', 'b.json'), JSON.stringify(tenthSummit()));
    await vi.waitFor(() => expect(h.current().stats().articles).toBe(2), { timeout: 10_000, interval: 50 });
  });
});

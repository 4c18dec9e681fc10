import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { stripVTControlCharacters } from 'node:util';
import { mergeCorpus } from '@kizuna/model';
import { afterEach, describe, expect, it } from 'vitest';
import { QueryEngine } from '../../src/engine/index.js';
import { runConsole } from '../../src/terminal/console-session.js';
import { historyPath } from '../../src/terminal/history-file.js';
import { fixtureArticles } from '../support/fixture-corpus.js';
import { realDispatcher } from '../support/real-dispatcher.js';

const dispatcher = realDispatcher(new QueryEngine(mergeCorpus(fixtureArticles())));
let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** One console run on a pseudo-terminal (line editing on): types the keys, returns what was shown. */
async function session(historyFile: string, keys: readonly string[]): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let shown = '';
  output.on('data', (d: Buffer) => {
    shown += d.toString();
  });
  const done = runConsole({ input, output, terminal: true, dispatcher, locale: 'fr', historyFile, help: 'help' });
  for (const k of keys) {
    input.write(k);
    // Tab completion answers asynchronously: let it land before the next key
    await sleep(k === '\t' ? 300 : 30);
  }
  input.write('exit\r');
  await done;
  // without the escape sequences that redraw the line
  return stripVTControlCharacters(shown);
}

describe('the console', () => {
  it('keeps its history across runs: the up arrow recalls the last line of the previous run', async () => {
    dir = mkdtempSync(join(tmpdir(), 'kizuna-console-'));
    const file = join(dir, 'state', 'console-history');
    await session(file, ['/about\r', '/meeting 2+2\r']);
    expect(readFileSync(file, 'utf8').split('\n').filter(Boolean)).toEqual(['/about', '/meeting 2+2']);
    const second = await session(file, ['\x1b[A', '\r']);
    expect(second).toContain('New Delhi');
  });

  it('completes French command and option names and the country by name, then answers', async () => {
    dir = mkdtempSync(join(tmpdir(), 'kizuna-console-'));
    const shown = await session(join(dir, 'h'), ['/chro', '\t', '2024 pa', '\t', 'jap', '\t', '\r']);
    expect(shown).toContain('/chronologie 2024 pays:Japon');
    expect(shown).toContain('Chronologie des rencontres');
    expect(shown).toContain('9 février 2024');
  });

  it('lists names, not ids, when several choices complete a word', async () => {
    dir = mkdtempSync(join(tmpdir(), 'kizuna-console-'));
    const shown = await session(join(dir, 'h'), ['/person ', '\t', '\t', '\x15']);
    expect(shown).toContain('"Haruto Sato"');
    expect(shown).not.toContain('haruto-sato');
  });

  it('keeps the history in the XDG state folder unless KIZUNA_HISTORY says otherwise', () => {
    expect(historyPath({ XDG_STATE_HOME: '/state' })).toBe('/state/kizuna/console-history');
    expect(historyPath({ KIZUNA_HISTORY: '/tmp/h' })).toBe('/tmp/h');
    expect(historyPath({ KIZUNA_HISTORY: '' })).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { commands } from '../../src/commands/index.js';
import { parseLine, splitWords } from '../../src/terminal/parse-line.js';

describe('splitWords', () => {
  it.each([
    ['/meeting 2+2', ['/meeting', '2+2']],
    ['/person "Hoang Xuan Chien"', ['/person', 'Hoang Xuan Chien']],
    ["/person 'Kishida Fumio'", ['/person', 'Kishida Fumio']],
    ['/search text:"a b" private:true', ['/search', 'text:a b', 'private:true']],
    ['/search « mer de Chine »', ['/search', 'mer de Chine']],
    ["/search l'ASEAN", ['/search', "l'ASEAN"]],
  ])('%s', (line, words) => {
    expect(splitWords(line)).toEqual(words);
  });
});

describe('parseLine', () => {
  const options = (line: string) => {
    const parsed = parseLine(line, commands);
    if (!parsed.ok) throw new Error(`not parsed: ${line}`);
    return { command: parsed.command.data.name, options: parsed.options };
  };

  it.each([
    ['/meeting 2+2', 'meeting', { query: '2+2' }],
    ['/meeting 2 + 2', 'meeting', { query: '2 + 2' }],
    ['/meeting dialogue 2+2 Vietnam Japon', 'meeting', { query: 'dialogue 2+2 Vietnam Japon' }],
    ['/meeting query:2+2 private:true', 'meeting', { query: '2+2', private: true }],
    ['/meeting query: "2+2"', 'meeting', { query: '2+2' }],
    ['/timeline 2023 2024 Japon', 'timeline', { from: '2023', to: '2024', country: 'Japon' }],
    ['/timeline 2023 2024 Corée du Sud', 'timeline', { from: '2023', to: '2024', country: 'Corée du Sud' }],
    ['/timeline country:JP', 'timeline', { country: 'JP' }],
    ['/timeline', 'timeline', {}],
    ['/rencontre 2+2', 'meeting', { query: '2+2' }],
    ['/personne nom:Kishida prive:oui', 'person', { name: 'Kishida', private: true }],
    ['/about private', 'about', { private: true }],
    ['/search @everyone', 'search', { text: '@everyone' }],
    ['meeting 2+2', 'meeting', { query: '2+2' }],
  ])('%s', (line, command, opts) => {
    expect(options(line)).toEqual({ command, options: opts });
  });

  it('reports unknown commands and bad values', () => {
    expect(parseLine('/nope x', commands)).toMatchObject({ ok: false, reason: 'unknown_command', name: '/nope' });
    expect(parseLine('hello there', commands)).toMatchObject({ ok: false, reason: 'unknown_command', name: 'hello' });
    expect(parseLine('/meeting 2+2 private:maybe', commands)).toMatchObject({ ok: false, reason: 'bad_option' });
  });
});

import { mergeCorpus } from '@kizuna/model';
import { describe, expect, it } from 'vitest';
import { commands } from '../../src/commands/index.js';
import { QueryEngine } from '../../src/engine/index.js';
import { completeLine } from '../../src/terminal/complete-line.js';
import { fixtureArticles } from '../support/fixture-corpus.js';
import { realDispatcher } from '../support/real-dispatcher.js';

const dispatcher = realDispatcher(new QueryEngine(mergeCorpus(fixtureArticles())));
const complete = (line: string) => completeLine(line, dispatcher, 'fr');

describe('completeLine', () => {
  it('completes command names', async () => {
    expect(await complete('/me')).toEqual(['/meeting ']);
    expect(await complete('/')).toHaveLength(commands.length);
  });

  it('completes the autocomplete option from the engine, prefix and typo', async () => {
    expect(await complete('/meeting 2+2')).toEqual(['/meeting vn-in-2plus2-1']);
    expect(await complete('/person sato')).toContain('/person haruto-sato');
    expect(await complete('/person hruto')).toContain('/person haruto-sato');
    expect(await complete('/timeline 2023 country:jap')).toEqual(['/timeline 2023 country:JP']);
  });

  it('offers nothing for options without autocomplete', async () => {
    expect(await complete('/search dém')).toEqual([]);
    expect(await complete('/nope x')).toEqual([]);
  });
});

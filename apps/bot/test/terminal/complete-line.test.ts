import { mergeCorpus } from '@kizuna/model';
import { describe, expect, it } from 'vitest';
import { commands } from '../../src/commands/index.js';
import { QueryEngine } from '../../src/engine/index.js';
import { answerLine } from '../../src/terminal/answer-line.js';
import { completeLine } from '../../src/terminal/complete-line.js';
import { fixtureArticles } from '../support/fixture-corpus.js';
import { realDispatcher } from '../support/real-dispatcher.js';

const dispatcher = realDispatcher(new QueryEngine(mergeCorpus(fixtureArticles())));
const complete = (line: string) => completeLine(line, dispatcher, 'fr');
const title = async (line: string) => (await answerLine(line, dispatcher, 'fr')).embeds?.[0]?.title;

describe('completeLine', () => {
  it('completes command names in English and French', async () => {
    expect(await complete('/me')).toEqual(['/meeting ']);
    expect(await complete('/ch')).toEqual(['/chronologie ']);
    expect(await complete('/re')).toEqual(['/rencontre ', '/recherche ']);
    const every = new Set(commands.flatMap((c) => [c.data.name, c.data.name_localizations?.fr ?? c.data.name]));
    expect(await complete('/')).toHaveLength(every.size);
  });

  it('completes option names in the language the command is typed in', async () => {
    expect(await complete('/chronologie 2023 pa')).toEqual(['/chronologie 2023 pays:']);
    expect(await complete('/timeline 2023 co')).toEqual(['/timeline 2023 country:']);
  });

  it('shows names, not ids, and each completed line answers with what was chosen', async () => {
    const meetings = await complete('/meeting 2+2');
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatch(/^\/meeting "premier dialogue \(2\+2\)/);
    expect(meetings[0]).not.toContain('vn-in-2plus2-1');
    expect(await title(meetings[0] ?? '')).toBe(await title('/meeting vn-in-2plus2-1'));

    const people = await complete('/person hruto');
    expect(people).toContain('/person "Haruto Sato"');
    expect(people.join(' ')).not.toContain('haruto-sato');
    // every meeting offered, answered from its completed line, is the meeting offered
    const offered = await dispatcher.autocomplete({
      name: 'meeting',
      options: {},
      locale: 'fr',
      focused: { name: 'query', value: '' },
    });
    const lines = await complete('/meeting ');
    expect(lines).toHaveLength(offered.length);
    for (const [i, line] of lines.entries()) {
      expect(await title(line)).toBe(await title(`/meeting ${offered[i]?.value}`));
    }
  });

  it('completes the timeline country by name, in French or English', async () => {
    expect(await complete('/timeline 2023 country:jap')).toEqual(['/timeline 2023 country:Japon']);
    expect(await complete('/chronologie 2023 pays:jap')).toEqual(['/chronologie 2023 pays:Japon']);
    const reply = await answerLine('/chronologie 2023 pays:Japon', dispatcher, 'fr');
    expect(JSON.stringify(reply)).toContain('Japon');
  });

  it('offers nothing for options without autocomplete', async () => {
    expect(await complete('/search dém')).toEqual([]);
    expect(await complete('/nope x')).toEqual([]);
  });
});

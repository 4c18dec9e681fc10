import { mergeCorpus } from '@kizuna/model';
import { describe, expect, it } from 'vitest';
import { commands } from '../../src/commands/index.js';
import { QueryEngine } from '../../src/engine/index.js';
import { renderText } from '../../src/terminal/render-text.js';
import { injection } from '../support/fixture-corpus.js';

const engine = new QueryEngine(mergeCorpus([injection()]));

describe('renderText', () => {
  it('shows article text literally, without Discord markup', async () => {
    const source = commands.find((c) => c.data.name === 'source');
    const reply = await source?.execute({ article: 'en-injection' }, { engine, locale: 'en' });
    if (!reply) throw new Error('no reply');
    const out = renderText(reply);
    expect(out).toContain('== **Breaking** @everyone news ==');
    expect(out).toContain('Publisher: Hostile <@123456789012345678> Press');
    expect(out).not.toContain('\\');
    expect(out).not.toContain('\u200b');
  });

  it('marks private replies and lists enabled buttons', () => {
    const out = renderText({
      allowed_mentions: { parse: [] },
      flags: 64,
      content: '**Bold** and *italic*',
      components: [
        {
          type: 1,
          components: [
            { type: 2, style: 2, custom_id: 'timeline:0:::', label: 'Previous', disabled: true },
            { type: 2, style: 2, custom_id: 'timeline:2:::', label: 'Next' },
          ],
        },
      ],
    });
    expect(out).toBe('(private)\nBold and italic\n\n[Next] timeline:2:::');
  });
});

import { ComponentType } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { rivalChoices } from '../../src/replies/rival-choices.js';

describe('rivalChoices', () => {
  it('says nothing without rivals', () => {
    expect(rivalChoices('Did you mean', [])).toEqual({});
  });

  it('lists every rival and offers a button for each one that can be shown', () => {
    const out = rivalChoices('Did you mean', [
      { line: '1. A', label: '1. A', customId: 'meeting:show:a' },
      { line: '2. B', label: '2. B' },
    ]);
    expect(out.content).toBe('Did you mean\n1. A\n2. B');
    expect(out.components).toEqual([
      {
        type: ComponentType.ActionRow,
        components: [
          expect.objectContaining({ type: ComponentType.Button, custom_id: 'meeting:show:a', label: '1. A' }),
        ],
      },
    ]);
  });

  it('adds no button row when no rival can be shown on its own', () => {
    expect(rivalChoices('Also', [{ line: '• `x`', label: 'x' }])).toEqual({ content: 'Also\n• `x`' });
  });
});

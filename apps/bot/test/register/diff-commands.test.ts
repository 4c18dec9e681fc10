import { describe, expect, it } from 'vitest';
import { type CommandJson, diffCommands } from '../../src/register/diff-commands.js';

const option = { type: 3, name: 'query', description: 'q', required: false };
const next: CommandJson[] = [
  { name: 'meeting', description: 'Find a meeting', description_localizations: { fr: 'Trouver' }, options: [option] },
  { name: 'about', description: 'About' },
];
const listed = (command: CommandJson, extra: object = {}) => ({
  id: '9',
  version: '3',
  application_id: '1',
  ...command,
  ...extra,
});

describe('diffCommands', () => {
  it.each([
    ['nothing registered yet', [], { added: ['meeting', 'about'], updated: [], removed: [], unchanged: [] }],
    [
      'the same commands, as Discord lists them (ids, versions, defaults left out)',
      [
        listed(next[0] as CommandJson, { options: [{ type: 3, name: 'query', description: 'q' }] }),
        listed(next[1] as CommandJson),
      ],
      { added: [], updated: [], removed: [], unchanged: ['meeting', 'about'] },
    ],
    [
      'a changed French description and a command gone from the code',
      [
        listed(next[0] as CommandJson, { description_localizations: { fr: 'Chercher' } }),
        listed(next[1] as CommandJson),
        listed({ name: 'old', description: 'x' }),
      ],
      { added: [], updated: ['meeting'], removed: ['old'], unchanged: ['about'] },
    ],
  ])('%s', (_, current, expected) => {
    expect(diffCommands(current as CommandJson[], next)).toEqual(expected);
  });
});

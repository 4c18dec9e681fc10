import type { CommandModule } from './contract.js';
import { DispatchError } from './dispatch-error.js';

/** The commands by name; buttons find their command through the `<name>:` prefix of `custom_id`. */
export interface CommandRegistry<Engine> {
  readonly all: readonly CommandModule<Engine>[];
  byName(name: string): CommandModule<Engine> | undefined;
  byCustomId(customId: string): CommandModule<Engine> | undefined;
}

export function createRegistry<Engine>(commands: readonly CommandModule<Engine>[]): CommandRegistry<Engine> {
  const map = new Map<string, CommandModule<Engine>>();
  for (const command of commands) {
    if (map.has(command.data.name)) {
      throw new DispatchError('DUPLICATE_COMMAND', `Two command modules are named "${command.data.name}"`);
    }
    map.set(command.data.name, command);
  }
  return {
    all: commands,
    byName: (name) => map.get(name),
    byCustomId: (customId) => {
      const colon = customId.indexOf(':');
      return colon > 0 ? map.get(customId.slice(0, colon)) : undefined;
    },
  };
}

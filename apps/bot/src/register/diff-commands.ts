import { isDeepStrictEqual } from 'node:util';

/** A command as registration sends it, or as Discord lists it (with ids and defaults added). */
export interface CommandJson {
  name: string;
  [key: string]: unknown;
}

export interface CommandChanges {
  added: string[];
  updated: string[];
  removed: string[];
  unchanged: string[];
}

// Discord leaves out some defaults when it lists commands; treat absent and default as equal.
const DEFAULTS: Record<string, unknown> = { required: false, autocomplete: false, nsfw: false, type: 1 };

function comparable(value: unknown, shape: unknown): unknown {
  if (Array.isArray(shape)) {
    return Array.isArray(value) ? value.map((item, i) => comparable(item, shape[i])) : value;
  }
  if (shape && typeof shape === 'object') {
    // Only compare what we send: Discord adds ids, versions and permissions of its own.
    const out: Record<string, unknown> = {};
    const source = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
    for (const [key, inner] of Object.entries(shape)) {
      out[key] = comparable(source[key] ?? DEFAULTS[key], inner);
    }
    return out;
  }
  return value;
}

function normalised(command: unknown): unknown {
  return comparable(command, command);
}

/** What a bulk overwrite with `next` changes compared with what Discord has (`current`). */
export function diffCommands(current: readonly CommandJson[], next: readonly CommandJson[]): CommandChanges {
  const before = new Map(current.map((c) => [c.name, c]));
  const changes: CommandChanges = { added: [], updated: [], removed: [], unchanged: [] };
  for (const command of next) {
    const old = before.get(command.name);
    if (!old) changes.added.push(command.name);
    else if (isDeepStrictEqual(comparable(old, command), normalised(command))) changes.unchanged.push(command.name);
    else changes.updated.push(command.name);
  }
  const names = new Set(next.map((c) => c.name));
  changes.removed = current.filter((c) => !names.has(c.name)).map((c) => c.name);
  return changes;
}

import { MESSAGE_LIMITS } from '../core/discord-limits.js';

/**
 * Lines for one embed text, collected only while they can still be shown: `fitText` keeps whole
 * lines up to the limit and cuts the first one past it, so one line past the limit is kept (to be
 * cut the same way) and nothing after it is rendered. A reply over thousands of sources renders
 * the few lines Discord shows.
 */
export class FieldLines {
  readonly lines: string[] = [];
  private length = -1;

  constructor(private readonly max: number = MESSAGE_LIMITS.fieldValue) {}

  /** Whether further lines could not be shown. */
  get full(): boolean {
    return this.length > this.max;
  }

  /** Adds a line unless full; returns whether more may follow. */
  push(line: string): boolean {
    if (this.full) return false;
    this.lines.push(line);
    this.length += line.length + 1;
    return !this.full;
  }

  text(): string {
    return this.lines.join('\n');
  }
}

/** An embed field, or null where the reply has nothing to show. */
export type MaybeField = { name: string; value: string } | null;

/** The fields that have something to show, in order. */
export function shownFields(fields: readonly MaybeField[]): { name: string; value: string }[] {
  return fields.filter((f): f is { name: string; value: string } => !!f);
}

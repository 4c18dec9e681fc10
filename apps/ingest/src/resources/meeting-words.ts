import { EventKind } from '@kizuna/model';
import type { KindsFile } from './data-files.js';
import { ResourceError } from './resource-error.js';

/** The meeting lexicon (data/kinds.json) compiled: the patterns the triggers, events and outcomes stages match folded text with. */
export interface MeetingWords {
  /** One pattern per kind of meeting word, most specific first (`rank` is the order). */
  triggers: readonly { kind: EventKind; rank: number; re: RegExp }[];
  /** "visite officielle", "state visit": the trip that holds the meetings. */
  frame: RegExp;
  /** "after the talks": a meeting told elsewhere. */
  background: RegExp;
  /** "depuis 2014", "the next summit": not a meeting the article reports. */
  passing: RegExp;
  planned: RegExp;
  /** Signed, agreed, memoranda: what a meeting produced. */
  outcome: RegExp;
  cochair: RegExp;
  /** "met X … for the second 2+2 meeting": a verb's clause naming the meeting it is part of. */
  partOf: RegExp;
  /** "Earlier this year": told before the story. */
  prior: RegExp;
}

const KINDS = new Set<string>(EventKind.options);

/** Compiles the meeting lexicon; the global patterns' look-behinds are checked by text/not-after. */
export function compileMeetingWords(k: KindsFile): MeetingWords {
  const triggers = k.triggers.map((t, rank) => {
    if (!KINDS.has(t.kind)) throw new ResourceError('RESOURCE_INVALID', `unknown event kind in kinds.json: ${t.kind}`);
    return { kind: t.kind as EventKind, rank, re: new RegExp(t.pattern, 'giu') };
  });
  return {
    triggers,
    frame: new RegExp(k.frame, 'giu'),
    background: new RegExp(k.background, 'iu'),
    passing: new RegExp(`(?:${k.passing})(?![\\p{L}])`, 'giu'),
    planned: new RegExp(k.planned, 'iu'),
    outcome: new RegExp(`(?:${k.outcome})`, 'giu'),
    cochair: new RegExp(`(?:${k.cochair})`, 'giu'),
    partOf: new RegExp(`(?:^|[\\s,])(?:${k.partOf})((?:[^\\s,;.]+\\s+){0,6})$`, 'iu'),
    prior: new RegExp(`(?:${k.prior})(?![\\p{L}])`, 'giu'),
  };
}

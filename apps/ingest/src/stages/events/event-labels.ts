import type { EventKind } from '@kizuna/model';
import type { DraftEvent } from '../../draft/meetings.js';

/** Kinds that are named meetings ("4e dialogue…", "sommet"): a meeting only with an ordinal or a day. */
export const NAMED_KINDS = new Set<EventKind>(['dialogue', 'ministerial_meeting', 'summit']);
/** "talks", "meeting": what any meeting is also called. */
export const GENERIC = new Set<EventKind>(['talks', 'meeting']);

export const LABELS: Record<EventKind, [string, string]> = {
  dialogue: ['dialogue', 'dialogue'],
  talks: ['entretiens', 'talks'],
  phone_call: ['entretien téléphonique', 'phone call'],
  visit: ['visite', 'visit'],
  summit: ['sommet', 'summit'],
  meeting: ['rencontre', 'meeting'],
  reception: ['réception', 'reception'],
  ministerial_meeting: ['réunion ministérielle', 'ministerial meeting'],
  signing: ['signature', 'signing'],
  other: ['événement', 'event'],
};

/** "4e dialogue sur la politique de défense Vietnam-Japon" → "dialogue sur la politique de défense Vietnam-Japon". */
export function seriesOf(phrase: string, ordinalAt: number): string {
  if (ordinalAt < 0) return phrase;
  const rest = phrase.slice(ordinalAt).replace(/^\S+\s+/u, '');
  return rest || phrase;
}

/** "entretiens avec X et Y", "visit by X": the name of a meeting the text does not name. */
export function label(e: DraftEvent, lang: number, nameOf: (key: string) => string): string {
  const names = e.mentions.filter((m, i, all) => all.findIndex((x) => x.key === m.key) === i).map((m) => nameOf(m.key));
  const base = LABELS[e.kind][lang] ?? e.kind;
  if (names.length === 0) return base;
  const joined =
    names.length === 1
      ? (names[0] ?? '')
      : `${names.slice(0, -1).join(', ')} ${lang === 0 ? 'et' : 'and'} ${names[names.length - 1]}`;
  return `${base} ${e.kind === 'visit' ? (lang === 0 ? 'de' : 'by') : lang === 0 ? 'avec' : 'with'} ${joined}`;
}

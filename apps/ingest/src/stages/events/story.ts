import type { DateRef, EventKind } from '@kizuna/model';
import type { DraftEvent } from '../../draft/meetings.js';
import type { SentenceFacts } from './event-context.js';
import { GENERIC, NAMED_KINDS } from './event-labels.js';

/** Kinds a bare verb gives a meeting ("met", "hosted", "talks"): they name any meeting of the story. */
const LOOSE = new Set<EventKind>([...GENERIC, 'reception']);
/** "by video link", "online meeting": a call that is the medium of a named meeting. */
const MEDIUM = /vid[ée]o|visio|en ligne|online|virtual/iu;

/** Two dates can be one meeting's: one missing, the same, or the same day where a year is unknown. */
function datesFit(a: DateRef | null, b: DateRef | null): boolean {
  if (!a || !b || a.iso === b.iso) return true;
  return (a.year === 'unknown' || b.year === 'unknown') && a.iso.slice(-5) === b.iso.slice(-5);
}

const placesFit = (a: DraftEvent, b: DraftEvent) =>
  !a.place || !b.place || a.place.name === b.place.name || a.place.country === b.place.country;

const ordinalsFit = (a: DraftEvent, b: DraftEvent) =>
  a.ordinal === null || b.ordinal === null || a.ordinal === b.ordinal;

const isRelative = (d: DateRef | null) => !!d?.basis?.startsWith('relative');
/** "X also met Y", "a separate bilateral meeting": a meeting told as another one. */
const ANOTHER =
  /(?<!\p{L})(?:also|separate(?:ly)?|bilat[ée]ral(?:e|es|s)?|one-on-one|[ée]galement|aussi|s[ée]par[ée]ment|en t[êe]te-[àa]-t[êe]te)(?!\p{L})/iu;

/** "Ahead of the talks, X called on Y", "X also met Y": the sentence tells its meeting against another one. */
const toldAgainst = (e: DraftEvent, facts: readonly SentenceFacts[]) => {
  const f = facts[e.trigger.sentence];
  if (!f) return false;
  return ANOTHER.test(f.sentence.text) || f.triggers.some((h) => h.background && h.start !== e.trigger.span.start);
};
const first = (e: DraftEvent) => Math.min(...e.evidence);
const shared = (a: DraftEvent, b: DraftEvent) => a.participants.filter((k) => b.participants.includes(k)).length;

/** Whether two kinds can name one meeting: the same, a loose word for a named one, a video link for a named one. */
function kindsFit(a: DraftEvent, b: DraftEvent): boolean {
  if (a.kind === b.kind) return true;
  const loose = (x: DraftEvent, y: DraftEvent) =>
    (LOOSE.has(x.kind) && (LOOSE.has(y.kind) || NAMED_KINDS.has(y.kind) || y.kind === 'phone_call')) ||
    (x.kind === 'phone_call' && MEDIUM.test(x.trigger.span.text) && NAMED_KINDS.has(y.kind));
  return loose(a, b) || loose(b, a);
}

/** The kind, name and ordinal that stay: a named meeting's over a loose word's, a call's over "talks". */
function rank(e: DraftEvent): number {
  if (NAMED_KINDS.has(e.kind) || e.ordinal !== null) return 0;
  if (e.kind === 'phone_call' && !MEDIUM.test(e.trigger.span.text)) return 1;
  return LOOSE.has(e.kind) ? 3 : 2;
}

/** Folds `from` into `into`: people, sentences, and the date or place `into` lacks. */
function fold(into: DraftEvent, from: DraftEvent) {
  for (const k of from.participants) if (!into.participants.includes(k)) into.participants.push(k);
  into.mentions.push(...from.mentions);
  for (const i of from.evidence) into.evidence.add(i);
  into.outcomes.push(...from.outcomes);
  if (!into.date || (into.date.year === 'unknown' && from.date && from.date.year !== 'unknown')) {
    into.date = from.date;
    into.dateAt = from.dateAt;
  }
  if (!into.place && from.place) {
    into.place = from.place;
    into.placeAt = from.placeAt;
  }
  if (into.ordinal === null) into.ordinal = from.ordinal;
  for (const a of from.aliases) if (!into.aliases.includes(a)) into.aliases.push(a);
}

/** "Trump called Ukrainian President Zelensky": the person a meeting word names is not in the other meeting. */
function newCounterpart(e: DraftEvent, other: DraftEvent): boolean {
  const { sentence, span } = e.trigger;
  return e.mentions.some(
    (m) =>
      m.sentence.index === sentence &&
      m.name.start > span.start &&
      m.name.start - span.end <= 30 &&
      !other.participants.includes(m.key),
  );
}

const fullDay = (e: DraftEvent) => !!e.date && /^\d{4}-\d{2}-\d{2}$/.test(e.date.iso);

function sameNamedDay(a: DraftEvent, b: DraftEvent): boolean {
  return a.kind === b.kind && NAMED_KINDS.has(a.kind) && fullDay(a) && fullDay(b) && a.date?.iso === b.date?.iso;
}

/** "X met Y in Quezon City on July 30, the first time the 2+2 talks…": the verb's meeting is the named one. */
function sameSentenceNamed(loose: DraftEvent, named: DraftEvent): boolean {
  return LOOSE.has(loose.kind) && NAMED_KINDS.has(named.kind) && named.evidence.has(loose.trigger.sentence);
}

/** Whether `b` tells the meeting `a` tells: fitting kind, date, place and ordinal, and a reason to join. */
function oneMeeting(a: DraftEvent, b: DraftEvent, facts: readonly SentenceFacts[]): boolean {
  if (toldAgainst(a, facts) || toldAgainst(b, facts)) return false;
  if (!kindsFit(a, b) || !datesFit(a.date, b.date) || !placesFit(a, b) || !ordinalsFit(a, b)) return false;
  // "ahead of the talks", "dans l'après-midi": a meeting told against another is not that one
  if (isRelative(a.date) || isRelative(b.date)) return false;
  // a meeting told without its people ("the 24th council", a caption) is the peopled one of its story
  if (a.participants.length === 0 || b.participants.length === 0) return true;
  // one named meeting (a 2+2, a summit) a day: told twice, or by its verb and its name in one sentence
  if (sameNamedDay(a, b) || sameSentenceNamed(a, b) || sameSentenceNamed(b, a)) return true;
  // a call told in several sentences: its people again, without a day of their own
  const call = a.kind === 'phone_call' ? a : b.kind === 'phone_call' ? b : null;
  const other = call === a ? b : a;
  // dates already fit: the same day or one unsaid
  return (
    !!call && shared(a, b) >= Math.min(2, other.participants.length) && !newCounterpart(a, b) && !newCounterpart(b, a)
  );
}

/**
 * One meeting, one event: kind, ordinal, date and place told in different sentences (or only in a
 * caption) are one meeting's, and so are the sentences of one call; meetings whose edition, date or
 * place differ stay apart. The nearest earlier candidate wins, else the nearest later one.
 */
export function mergeStory(events: readonly DraftEvent[], facts: readonly SentenceFacts[]): DraftEvent[] {
  // a merge can make two meetings one that were not before ("met" joining the 2+2 told again)
  let out = mergeOnce(events, facts);
  for (let next = mergeOnce(out, facts); next.length < out.length; next = mergeOnce(out, facts)) out = next;
  return out;
}

function mergeOnce(events: readonly DraftEvent[], facts: readonly SentenceFacts[]): DraftEvent[] {
  const out: DraftEvent[] = [];
  for (const e of [...events].sort((x, y) => first(x) - first(y))) {
    const match = [...out].reverse().find((o) => oneMeeting(o, e, facts));
    if (!match) {
      out.push(e);
      continue;
    }
    const [keep, drop] = rank(e) < rank(match) ? [e, match] : [match, e];
    fold(keep, drop);
    out[out.indexOf(match)] = keep;
  }
  return out;
}

/**
 * "Il s'est rendu au ministère, où il a eu un entretien avec…": a meeting told in a sentence that
 * also tells a dated meeting (a visit, a day's programme) without a day of its own is on that day.
 */
export function datesFromHolder(events: readonly DraftEvent[]) {
  for (const e of events) {
    if (e.date) continue;
    const holder = events.find((o) => o !== e && o.date && o.dateAt && o.evidence.has(e.trigger.sentence));
    if (!holder?.date) continue;
    const { iso, text, year } = holder.date;
    e.date =
      year === 'unknown'
        ? { iso, text, year }
        : { iso, text, year: 'inferred', basis: `told in a sentence of the meeting dated «${text}»` };
    e.dateAt = holder.dateAt;
  }
}

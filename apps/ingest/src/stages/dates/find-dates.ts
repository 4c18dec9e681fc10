import type { DateMention } from '../../text/date-mention.js';
import { foldKeepLength } from '../../text/fold.js';
import { LETTER_BEFORE, matchesNotAfter } from '../../text/not-after.js';
import { overlaps } from '../../text/span.js';
import { englishStrict, frenchStrict } from '../../text/strict-chrono.js';

const MONTHS: Record<string, number> = {
  janvier: 1,
  fevrier: 2,
  mars: 3,
  avril: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  aout: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  decembre: 12,
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
};
const WEEKDAYS: Record<string, number> = {
  dimanche: 0,
  lundi: 1,
  mardi: 2,
  mercredi: 3,
  jeudi: 4,
  vendredi: 5,
  samedi: 6,
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};
const monthAlt = Object.keys(MONTHS).join('|');
const weekdayAlt = Object.keys(WEEKDAYS).join('|');

// chrono's strict parsers miss month+year and bare years (RESEARCH.md); these cover them
// leading look-behinds are checked by matchesNotAfter (LETTER_OR_DIGIT, LETTER), which is faster
const LETTER_OR_DIGIT = /[\p{L}\d]$/u;
const LETTER = LETTER_BEFORE;
const MONTH_YEAR = new RegExp(`(${monthAlt})\\s+(\\d{4})(?!\\d)`, 'gu');
const BARE_YEAR =
  /(?:en|d'ici|fin|debut|mi-|depuis|in|by|since|of|late|early|mid-?|l'an|annee)\s+((?:19|20)\d{2})(?![\d\p{L}])/gu;
// the first pattern's look-behind covers its first alternative only, so it stays
const RELATIVE: [RegExp, DateMention['relative'], RegExp | null][] = [
  [
    /(?<!\p{L})(?:le|la) meme jour(?!\p{L})|(?:later )?(?:on )?the same day(?!\p{L})|ce jour-la|that day|le jour meme/gu,
    { kind: 'offset', days: 0 },
    null,
  ],
  [
    /(?:la veille|a day earlier|the day before|the previous day|un jour plus tot|hier|yesterday)(?!\p{L})/gu,
    { kind: 'offset', days: -1 },
    LETTER,
  ],
  [
    /(?:le lendemain|the next day|the following day|a day later|un jour plus tard|demain|tomorrow)(?!\p{L})/gu,
    { kind: 'offset', days: 1 },
    LETTER,
  ],
  [/(?:aujourd'hui|today|ce jour)(?!\p{L})/gu, { kind: 'today' }, LETTER],
  // a part of the day told after a dated meeting is that meeting's day
  [
    /(?:dans l'apres-midi|dans la matinee|dans la soiree|le soir|plus tard|in the (?:afternoon|morning|evening)|later that day|that (?:afternoon|morning|evening))(?!\p{L})/gu,
    { kind: 'offset', days: 0 },
    LETTER,
  ],
  // the occasion or the hours around the meeting just told: its day
  [
    /(?:en soiree|en fin de (?:journee|matinee|soiree|apres-midi)|in the late (?:morning|afternoon|evening)|(?:right|just|shortly|immediately|soon) after|(?:juste|peu|aussitot|sitot|immediatement) apres|a cette occasion|en cette occasion|on (?:this|that|the same) occasion|l'apres-midi|(?:le|en) matin|dans la foulee|(?:earlier|later) in the (?:day|morning|afternoon|evening)|quelques heures (?:plus tot|plus tard|auparavant)|(?:a few|several) hours (?:earlier|later|before)|plus tot dans la journee|the day (?:began|started|opened)|la journee (?:avait |a )?(?:commence|debute))(?!\p{L})/gu,
    { kind: 'offset', days: 0 },
    LETTER,
  ],
];
const WEEKDAY_ALONE = new RegExp(
  `(?:(?:on|ce|this|last|dernier)\\s+)?(${weekdayAlt})(?:\\s+(?:dernier|last))?(?!\\p{L})`,
  'gu',
);

// a calendar date names its month, or writes day and month in digits ("28/11", "2023-11-28")
const CALENDAR = new RegExp(
  `(?:${monthAlt}|\\b(?:jan|feb|fev|mar|apr|avr|jun|jul|juil|aug|sep|sept|oct|nov|dec)\\.?(?!\\p{L})|\\d{1,4}\\s*[/.-]\\s*\\d{1,2})`,
  'u',
);

const chronoFor = (language: string) => (language === 'fr' ? frenchStrict : englishStrict);

/** Where a regex match of the folded text stands in the original (folding keeps offsets). */
function spanOf(m: RegExpMatchArray, text: string): { start: number; end: number; text: string } {
  const start = m.index ?? 0;
  const end = start + m[0].length;
  return { start, end, text: text.slice(start, end) };
}

const UNSTATED = { year: null, month: null, day: null, weekday: null, relative: null } as const;

/** A mention at a regex match, with the parts it states (the others unstated). */
function mentionAt(
  m: RegExpMatchArray,
  text: string,
  parts: Partial<Omit<DateMention, 'start' | 'end' | 'text'>> & Pick<DateMention, 'precision'>,
): DateMention {
  return { ...spanOf(m, text), ...UNSTATED, ...parts };
}

/** Adds a mention unless it overlaps one already found (a closure here would be rebuilt per sentence). */
function addFree(out: DateMention[], m: DateMention) {
  if (!out.some((o) => overlaps(o, m))) out.push(m);
}

/** The calendar dates chrono reads in a sentence (day and month certain, written with a digit). */
function chronoDates(text: string, language: string, reference: Date): DateMention[] {
  const out: DateMention[] = [];
  for (const r of chronoFor(language).parse(text, reference)) {
    const s = r.start;
    const day = s.isCertain('day') ? (s.get('day') ?? null) : null;
    const month = s.isCertain('month') ? (s.get('month') ?? null) : null;
    // chrono also reads "a day earlier" against its reference: relative dates are ours to resolve
    if (day === null || month === null || !/\d/.test(r.text)) continue;
    // "for about 30 minutes", "à 10h30": durations and clock times are never dates
    if (!CALENDAR.test(foldKeepLength(r.text))) continue;
    // chrono reads "08:15" or "5 h" as dates: only calendar dates count here
    out.push({
      start: r.index,
      end: r.index + r.text.length,
      text: r.text,
      year: s.isCertain('year') ? (s.get('year') ?? null) : null,
      month,
      day,
      weekday: s.isCertain('weekday') ? (s.get('weekday') ?? null) : null,
      relative: null,
      precision: 'day',
    });
  }
  return out;
}

/** Finds every date a sentence writes: full dates, month+year, bare years and relative expressions. */
export function findDates(text: string, language: string, reference: Date): DateMention[] {
  const folded = foldKeepLength(text);
  // only dates written with a digit are kept by chrono, so a sentence without one is not worth parsing
  const hasDigit = /\d/.test(text);
  const out = hasDigit ? chronoDates(text, language, reference) : [];
  // month+year and bare years are written with digits too
  for (const m of hasDigit ? matchesNotAfter(folded, MONTH_YEAR, LETTER_OR_DIGIT) : []) {
    addFree(out, mentionAt(m, text, { year: Number(m[2]), month: MONTHS[m[1] ?? ''] ?? null, precision: 'month' }));
  }
  for (const m of hasDigit ? matchesNotAfter(folded, BARE_YEAR, LETTER_OR_DIGIT) : []) {
    addFree(out, mentionAt(m, text, { year: Number(m[1]), precision: 'year' }));
  }
  for (const [re, relative, notAfter] of RELATIVE) {
    for (const m of notAfter ? matchesNotAfter(folded, re, notAfter) : folded.matchAll(re)) {
      addFree(out, mentionAt(m, text, { relative, precision: 'relative' }));
    }
  }
  for (const m of matchesNotAfter(folded, WEEKDAY_ALONE, LETTER)) {
    addFree(out, mentionAt(m, text, { weekday: WEEKDAYS[m[1] ?? ''] ?? null, precision: 'relative' }));
  }
  return out.sort((a, b) => a.start - b.start);
}

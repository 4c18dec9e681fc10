import { personKey } from '@kizuna/model';
import type { FoundPerson, RoleReading } from '../../draft/mentions.js';
import type { PlaceHit } from '../../resources/gazetteer-index.js';
import type { TitleHit } from '../../resources/title-index.js';
import { overlaps, type SentenceRef, type Span } from '../../text/span.js';
import { nameRuns } from './name-runs.js';
import { hasNotName, looksLikeBareName, looksLikeName, trimRun } from './name-shape.js';
import type { PeopleTools } from './people-tools.js';
import { contextCountry, countryAfter, countryIn, sideAfter, soleForeignCountry } from './person-country.js';
import { bestRole, type RoleWords, rolesAfter, rolesBefore } from './read-role.js';
import { headOf, singularRole, withoutNationality } from './role-text.js';

const MONTH_OR_DAY =
  /^(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/iu;
const LINKED = /(?:^|\s)(?:of|for|de|des|du|d['’]|à|au|aux|la|l['’])\s*$/iu;
// an untitled name after "de", "of", "in" is more often a place or a body than a person
const AFTER_LINK = /(?:^|\s)(?:de|du|des|d['’]|of|in|à|au|aux|en|from|to|province|ville|city)\s*$/iu;

// between two names under one plural title: a bracket, "of Britain", then a comma or "and"
// ("his counterparts Lloyd Austin of the United States, John Healey of Britain and Bill Blair of Canada")
const SHARED_GAP =
  /^(?:\s+(?:of|from|de|du|d['’])\s*(?:the\s+|la\s+|l['’])?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})?\s*(?:\([^)]*\)\s*)?(?:,\s*(?:(?:et|and)\s+)?|\s*(?:et|and)\s+)$/u;

/** What reading one sentence's people shares between its names. */
interface SentenceContext {
  sentence: SentenceRef;
  text: string;
  titleHits: TitleHit[];
  placeHits: PlaceHit[];
  words: RoleWords;
  tools: PeopleTools;
  /** Where names that look like names start: a title before one of them is that person's. */
  nameStarts: number[];
  /** The sentence tells a meeting: its untitled names count too. */
  meeting: boolean;
}

/** Drops the common words a title's complement lends to the front of a name ("Affairs Kano Koji"). */
function dropCommonLead(name: Span, text: string, tools: PeopleTools): Span | null {
  let start = name.start;
  for (;;) {
    const rest = text.slice(start, name.end);
    const m = /^(\p{L}[\p{L}'’-]*)\s+(?=\p{Lu})/u.exec(rest);
    // keep two words: "Shin Beom-chul" is a name even if "shin" is a word
    if (!m?.[1] || !tools.isCommonWord(m[1]) || rest.trim().split(/\s+/).length <= 2) break;
    start += m[0].length;
  }
  const rest = text.slice(start, name.end);
  if (!rest.includes(' ') && tools.isCommonWord(rest)) return null;
  return { start, end: name.end, text: rest };
}

/** The role to record: the best reading in the singular; a counterpart takes the office of the one who met them. */
function roleOf(best: RoleReading | null, out: readonly FoundPerson[], ctx: SentenceContext): RoleReading | null {
  let role = best ? { ...best, text: singularRole(best, ctx.titleHits, ctx.text) } : null;
  // "son homologue japonais X": the counterpart holds the same office as the one who met them
  if (role && role.priority < 3 && /(?:^|\s)(?:homologue|counterpart)s?(?:\s|$)/iu.test(role.text)) {
    const host = [...out].reverse().find((p) => p.role && p.role.priority >= 3);
    const head = host?.role ? headOf(host.role.text, ctx.titleHits, host.role.start) : null;
    // the host's office without its nationality ("ministre allemande des Affaires étrangères")
    const office = host?.role ? withoutNationality(host.role.text, ctx.tools) : null;
    if (office && office !== head && office.split(/\s+/).length <= 8) role = { ...role, text: office };
    else if (head) role = { ...role, text: `${head}, ${role.text}` };
  }
  return role;
}

/** "U.S. President X", "China's Foreign Minister X": a country named right before the title. */
function countryBefore(before: string, tools: PeopleTools): string | null {
  const tail = /(?:^|[\s(])((?:\p{Lu}[\p{L}.’'-]*\s){0,2}\p{Lu}[\p{L}.’'-]*?)(?:['’]s)?\s+$/u.exec(before);
  if (!tail?.[1]) return null;
  const hit = tools.gazetteer.find(tail[1]).find((h) => h.type === 'country' && h.end === tail[1]?.length);
  return hit?.country ?? null;
}

/**
 * The person's country: from their title, a "of Japan" after the name, the words before; else a
 * guess from the sentence's only foreign country, marked as a guess.
 */
function personCountry(
  name: Span,
  best: RoleReading | null,
  readings: RoleReading[],
  quoteStart: number,
  ctx: SentenceContext,
  before: readonly FoundPerson[],
): { country: string | null; countryGuessed?: boolean } {
  const { text, tools } = ctx;
  const read =
    countryIn(best?.text ?? '', tools) ??
    readings.map((r) => countryIn(r.text, tools)).find((c) => c !== null) ??
    countryAfter(text.slice(name.end), tools) ??
    countryBefore(text.slice(0, quoteStart), tools) ??
    contextCountry(text.slice(0, quoteStart), tools) ??
    sideAfter(text.slice(name.end), tools);
  if (read) return { country: read };
  const guess = soleForeignCountry(ctx.placeHits);
  // "U.S. President Joe Biden … President William Ruto": the office is held there by someone else
  const office = best?.text.toLowerCase();
  const taken = before.some((p) => p.country === guess && !p.countryGuessed && p.role?.text.toLowerCase() === office);
  return guess && !taken ? { country: guess, countryGuessed: true } : { country: null };
}

/** The titles read before and after a name, a plural title before the name before it sharing its own. */
function readingsAround(name: Span, floor: number, prev: FoundPerson | undefined, ctx: SentenceContext) {
  const { text, titleHits, tools, words } = ctx;
  let pre = rolesBefore(text, name.start, floor, titleHits, tools.titles.isCourtesy, words);
  const post = rolesAfter(text, name.end, titleHits, words, ctx.nameStarts);
  const courtesy = /(\p{L}+)\.?\s*$/u.exec(text.slice(Math.max(0, name.start - 6), name.start));
  // "MM. Trudeau et Macron": a plural courtesy title covers the next name too
  const sharedCourtesy =
    !!prev &&
    /(?:^|\s)(?:MM|Mmes|Messrs)\.?\s*$/u.test(text.slice(0, prev.name.start)) &&
    SHARED_GAP.test(text.slice(prev.name.end, name.start));
  const hasCourtesy =
    sharedCourtesy || (!!courtesy?.[1] && tools.titles.isCourtesy(courtesy[1]) && /^\p{Lu}/u.test(courtesy[1]));
  // "Les Premiers ministres Pham Minh Chinh (droite) et Kishida Fumio": a plural title covers both names
  let shared = false;
  if (pre.length === 0 && prev?.plural && SHARED_GAP.test(text.slice(prev.name.end, name.start))) {
    pre = prev.readings;
    shared = true;
  }
  return { pre, post, hasCourtesy, shared };
}

/** The person a name run is, with their title, or null when it is not a person's name. */
function readPerson(found: Span, floor: number, out: readonly FoundPerson[], ctx: SentenceContext): FoundPerson | null {
  const { text, tools } = ctx;
  // "Vice Minister of Defense for International Affairs Kano Koji": after "of", "for", "de",
  // capitalised common words still belong to the title
  const linked = LINKED.test(text.slice(0, found.start));
  const name = linked ? dropCommonLead(found, text, tools) : found;
  if (!name) return null;
  const { pre, post, hasCourtesy, shared } = readingsAround(name, floor, out[out.length - 1], ctx);
  const bare = pre.length === 0 && post.length === 0 && !hasCourtesy;
  const afterLink = AFTER_LINK.test(text.slice(0, name.start));
  if (bare && !(ctx.meeting && !afterLink && looksLikeBareName(name, tools))) return null;
  if (hasNotName(name.text.split(/\s+/), tools)) return null;
  const lenient = !linked && pre.length > 0 && name.text.includes(' ');
  if (!lenient && !looksLikeName(name, tools, pre.length > 0 || post.length > 0 || hasCourtesy)) return null;
  const readings = [...pre, ...post];
  const best = bestRole(text, readings);
  const own = shared ? [] : readings;
  const quoteStart = Math.min(name.start, ...own.map((r) => r.start));
  const quoteEnd = Math.max(name.end, ...own.map((r) => r.end));
  return {
    sentence: ctx.sentence,
    name,
    key: personKey(name.text),
    role: roleOf(best, out, ctx),
    ...personCountry(name, best, readings, quoteStart, ctx, out),
    quote: { start: quoteStart, end: quoteEnd, text: text.slice(quoteStart, quoteEnd) },
    titled: true,
    readings,
    plural: pre.some((r) => ctx.titleHits.some((h) => h.singular && h.start >= r.start && h.end <= r.end)),
  };
}

/** Finds the people a sentence names with a title, a courtesy title or an apposition (first pass). */
export function findTitledPeople(
  sentence: SentenceRef,
  words: RoleWords,
  tools: PeopleTools,
  /** The sentence tells a meeting: its untitled names count too ("Shinzo Abe and Nguyen Xuan Phuc held talks"). */
  meeting = false,
): FoundPerson[] {
  const { text } = sentence;
  const titleHits = tools.titles.find(text);
  const placeHits = tools.gazetteer.find(text).filter((p) => p.type !== 'city');
  const names = nameRuns(
    text,
    (t) => titleHits.some((h) => overlaps(h, t)) || placeHits.some((p) => overlaps(p, t)) || MONTH_OR_DAY.test(t.text),
  ).flatMap((run) => {
    const name = trimRun(run, text, tools);
    return name ? [name] : [];
  });
  // a title right before a run ("la ministre des Armées, Florence Parly") makes it a name even of dictionary words
  // (not the title's own complement: "Minister of Foreign Affairs")
  const titledRun = (n: Span) =>
    titleHits.some((h) => {
      const gap = text.slice(h.end, n.start);
      return (/^\s*$/.test(gap) || /,\s*$/.test(gap)) && !/[,;.()]/.test(gap.replace(/,\s*$/, ''));
    });
  const nameStarts = names
    .filter((n) => n.text.includes(' ') && (looksLikeName(n, tools, false) || titledRun(n)))
    .map((n) => n.start);
  const ctx: SentenceContext = { sentence, text, titleHits, placeHits, words, tools, nameStarts, meeting };
  const out: FoundPerson[] = [];
  let floor = 0;
  for (const found of names) {
    const person = readPerson(found, floor, out, ctx);
    if (!person) continue;
    out.push(person);
    floor = Math.max(floor, person.quote.end);
  }
  return out;
}

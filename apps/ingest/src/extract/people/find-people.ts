import { nameTokens, personKey } from '@kizuna/model';
import type { Lexicon } from '../lexicon/load-lexicon.js';
import type { GazetteerIndex } from '../places/gazetteer-index.js';
import { foldKeepLength } from '../text/fold.js';
import { overlaps, type SentenceRef, type Span } from '../text/span.js';
import { type NameRun, nameRuns } from './name-runs.js';
import { bestRole, type RoleReading, type RoleWords, rolesAfter, rolesBefore } from './read-role.js';
import type { TitleHit, TitleIndex } from './title-index.js';

/** One mention of a person in one sentence; spans are relative to the sentence. */
export interface FoundPerson {
  sentence: SentenceRef;
  name: Span;
  key: string;
  role: RoleReading | null;
  country: string | null;
  /** The written span that names the person with their title. */
  quote: Span;
  /** Introduced by a title or courtesy (not only recognised as a name met before). */
  titled: boolean;
  /** Every title read next to the name. */
  readings: RoleReading[];
  /** The title before the name is plural, so it also covers the next name. */
  plural: boolean;
  /** Named by title and nationality only ("le ministre japonais"). */
  anaphor?: boolean;
}

export interface PeopleTools {
  lexicon: Lexicon;
  titles: TitleIndex;
  places: GazetteerIndex;
}

const VERBS = new Set(
  'a ont est sont etait etaient sera said says told added noted stressed met held received visited signed welcomed expressed called urged asked thanked affirmed hailed praised agreed declare affirme souligne rencontre recu salue exprime propose demande remercie indique estime reitere insiste note appele invite participe preside assiste'.split(
    ' ',
  ),
);
const CONTEXT =
  /(?:d[ée]l[ée]gation|partie|c[ôo]t[ée]|homologue|delegation|side|counterpart|gouvernement|government|arm[ée]e|army)\s+(\p{L}[\p{L}-]*)|(\p{L}[\p{L}-]*)\s+(?:delegation|side|counterpart|government|army|host)/giu;
const MONTH_OR_DAY =
  /^(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/iu;

// built once per tools and language, not once per sentence
const roleWordsOf = new WeakMap<PeopleTools, Map<string, RoleWords>>();
function roleWords(tools: PeopleTools, language: string): RoleWords {
  let byLanguage = roleWordsOf.get(tools);
  if (!byLanguage) {
    byLanguage = new Map();
    roleWordsOf.set(tools, byLanguage);
  }
  let words = byLanguage.get(language);
  if (!words) {
    words = {
      isBreaker: (w) => VERBS.has(w) || tools.lexicon.stopwords.has(w),
      isNationality: (w) => tools.places.countryOf(w) !== null,
      isWord: (w) => tools.lexicon.isWord(w),
      language,
    };
    byLanguage.set(language, words);
  }
  return words;
}

/** Finds the people a sentence names with a title, a courtesy title or an apposition (first pass). */
export function findTitledPeople(
  sentence: SentenceRef,
  language: string,
  tools: PeopleTools,
  /** The sentence tells a meeting: its untitled names count too ("Shinzo Abe and Nguyen Xuan Phuc held talks"). */
  meeting = false,
): FoundPerson[] {
  const { text } = sentence;
  const titleHits = tools.titles.find(text);
  const placeHits = tools.places.find(text).filter((p) => p.type !== 'city');
  const words = roleWords(tools, language);
  const names = nameRuns(
    text,
    (t) => titleHits.some((h) => overlaps(h, t)) || placeHits.some((p) => overlaps(p, t)) || MONTH_OR_DAY.test(t.text),
  ).flatMap((run) => {
    const name = trimRun(run, text, tools);
    return name ? [name] : [];
  });
  const nameStarts = names.filter((n) => n.text.includes(' ') && looksLikeName(n, tools, false)).map((n) => n.start);
  const out: FoundPerson[] = [];
  let floor = 0;
  for (const found of names) {
    // "Vice Minister of Defense for International Affairs Kano Koji": after "of", "for", "de",
    // capitalised common words still belong to the title
    const linked = LINKED.test(text.slice(0, found.start));
    const name = linked ? dropCommonLead(found, text, tools) : found;
    if (!name) continue;
    let pre = rolesBefore(text, name.start, floor, titleHits, tools.titles.isCourtesy, words);
    const post = rolesAfter(text, name.end, titleHits, words, nameStarts);
    const courtesy = /(\p{L}+)\.?\s*$/u.exec(text.slice(Math.max(0, name.start - 6), name.start));
    const hasCourtesy = !!courtesy?.[1] && tools.titles.isCourtesy(courtesy[1]) && /^\p{Lu}/u.test(courtesy[1]);
    // "Les Premiers ministres Pham Minh Chinh (droite) et Kishida Fumio": a plural title covers both names
    const prev = out[out.length - 1];
    let shared = false;
    if (
      pre.length === 0 &&
      prev?.plural &&
      /^\s*(?:\([^)]*\)\s*)?(?:,\s*|\s*(?:et|and)\s+)$/u.test(text.slice(prev.name.end, name.start))
    ) {
      pre = prev.readings;
      shared = true;
    }
    const bare = pre.length === 0 && post.length === 0 && !hasCourtesy;
    // an untitled name after "de", "of", "in" is more often a place or a body than a person
    const afterLink = /(?:^|\s)(?:de|du|des|d['’]|of|in|à|au|aux|en|from|to|province|ville|city)\s*$/iu.test(
      text.slice(0, name.start),
    );
    if (bare && !(meeting && !afterLink && looksLikeBareName(name, tools))) continue;
    const lenient = !linked && pre.length > 0 && name.text.includes(' ');
    if (!lenient && !looksLikeName(name, tools, pre.length > 0 || post.length > 0 || hasCourtesy)) continue;
    const readings = [...pre, ...post];
    const best = bestRole(text, readings);
    let role = best ? { ...best, text: singularRole(best, titleHits, text) } : null;
    // "son homologue japonais X": the counterpart holds the same office as the one who met them
    if (role && role.priority < 3 && /(?:^|\s)(?:homologue|counterpart)s?(?:\s|$)/iu.test(role.text)) {
      const host = [...out].reverse().find((p) => p.role && p.role.priority >= 3);
      const head = host?.role ? headOf(host.role.text, titleHits, host.role.start) : null;
      // the host's office without its nationality ("ministre allemande des Affaires étrangères")
      const office = host?.role ? withoutNationality(host.role.text, tools) : null;
      if (office && office !== head && office.split(/\s+/).length <= 8) role = { ...role, text: office };
      else if (head) role = { ...role, text: `${head}, ${role.text}` };
    }
    const own = shared ? [] : readings;
    const quoteStart = Math.min(name.start, ...own.map((r) => r.start));
    const quoteEnd = Math.max(name.end, ...own.map((r) => r.end));
    const country =
      countryIn(best?.text ?? '', tools) ??
      readings.map((r) => countryIn(r.text, tools)).find((c) => c !== null) ??
      countryAfter(text.slice(name.end), tools) ??
      contextCountry(text.slice(0, quoteStart), tools) ??
      familyCountry(name.text, tools) ??
      soleForeignCountry(placeHits);
    out.push({
      sentence,
      name,
      key: personKey(name.text),
      role,
      country,
      quote: { start: quoteStart, end: quoteEnd, text: text.slice(quoteStart, quoteEnd) },
      titled: true,
      readings,
      plural: pre.some((r) => titleHits.some((h) => h.singular && h.start >= r.start && h.end <= r.end)),
    });
    floor = Math.max(floor, quoteEnd);
  }
  return out;
}

const LINKED = /(?:^|\s)(?:of|for|de|des|du|d['’]|à|au|aux|la|l['’])\s*$/iu;

/** Drops the common words a title's complement lends to the front of a name ("Affairs Kano Koji"). */
function dropCommonLead(name: Span, text: string, tools: PeopleTools): Span | null {
  let start = name.start;
  for (;;) {
    const rest = text.slice(start, name.end);
    const m = /^(\p{L}[\p{L}'’-]*)\s+(?=\p{Lu})/u.exec(rest);
    // keep two words: "Shin Beom-chul" is a name even if "shin" is a word
    if (!m?.[1] || !tools.lexicon.isWord(m[1]) || rest.trim().split(/\s+/).length <= 2) break;
    start += m[0].length;
  }
  const rest = text.slice(start, name.end);
  if (!rest.includes(' ') && tools.lexicon.isWord(rest)) return null;
  return { start, end: name.end, text: rest };
}

/** "Premiers ministres" → "Premier ministre": the role of one person. */
function singularRole(role: RoleReading, hits: readonly TitleHit[], text: string): string {
  let out = '';
  let pos = role.start;
  for (const h of hits) {
    if (h.start < role.start || h.end > role.end || !h.singular) continue;
    out += text.slice(pos, h.start) + h.singular;
    pos = h.end;
  }
  return (out + text.slice(pos, role.end)).trim();
}

/** The title word of a role ("vice-ministre" of "vice-ministre vietnamien de la Défense"). */
function headOf(roleText: string, hits: readonly TitleHit[], roleStart: number): string | null {
  const h = hits.filter((x) => x.start >= roleStart && x.priority >= 3).sort((a, b) => a.start - b.start)[0];
  if (h) return h.singular ?? h.text;
  return roleText.split(/\s+/)[0] ?? null;
}

/** "ministre allemande des Affaires étrangères" → "ministre des Affaires étrangères"; null when only a head is left. */
function withoutNationality(role: string, tools: PeopleTools): string | null {
  const words = role.split(/\s+/).filter((w) => !tools.places.countryOf(w.replace(/['’]s$/u, '')));
  return words.length >= 2 && words.length < role.split(/\s+/).length ? words.join(' ') : null;
}

/** "Defence Minister Nobuo Kishi of Japan". */
function countryAfter(after: string, tools: PeopleTools): string | null {
  const m = /^\s+(?:of|du|de la|de l['’]|d['’]|de)\s*(\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?)/u.exec(after);
  return m?.[1] ? tools.places.countryOf(m[1]) : null;
}

/** Finds mentions of people already met in the article: full names, or one unambiguous word of a name. */
export function findKnownPeople(
  sentence: SentenceRef,
  known: ReadonlyMap<string, { name: string; tokens: string[] }>,
  already: readonly FoundPerson[],
  tools: PeopleTools,
): FoundPerson[] {
  const { text } = sentence;
  const titleHits = tools.titles.find(text);
  const out: FoundPerson[] = [];
  for (const run of nameRuns(text, (t) => titleHits.some((h) => overlaps(h, t)))) {
    for (const sub of subRuns(run)) {
      if (already.some((p) => overlaps(p.name, sub)) || out.some((p) => overlaps(p.name, sub))) continue;
      const key = resolveKey(sub, known, sub.start === firstWordStart(text), tools);
      if (!key) continue;
      out.push({
        sentence,
        name: { start: sub.start, end: sub.end, text: sub.text },
        key,
        role: null,
        country: null,
        quote: { start: sub.start, end: sub.end, text: sub.text },
        titled: false,
        readings: [],
        plural: false,
      });
    }
  }
  return out;
}

const firstWordStart = (text: string) => /\p{L}/u.exec(text)?.index ?? 0;

/** The whole run first, then shorter pieces: "Nguyên Chi Vinh et Ro Manabe" gives two known names. */
function* subRuns(run: NameRun): Generator<Span> {
  const n = run.tokens.length;
  for (let len = n; len >= 1; len--) {
    for (let i = 0; i + len <= n; i++) {
      const a = run.tokens[i];
      const b = run.tokens[i + len - 1];
      if (a && b) yield { start: a.start, end: b.end, text: run.text.slice(a.start - run.start, b.end - run.start) };
    }
  }
}

// every piece of every name run is checked against every known person: their tokens are kept
const tokensOf = new Map<string, string[]>();
function writtenTokens(name: string): string[] {
  let tokens = tokensOf.get(name);
  if (!tokens) {
    tokens = nameTokens(name).filter((t) => !/^(?:jr|sr|ii|iii|iv)$/.test(t));
    if (tokensOf.size >= 1024) tokensOf.clear();
    tokensOf.set(name, tokens);
  }
  return tokens;
}

function resolveKey(
  span: Span,
  known: ReadonlyMap<string, { name: string; tokens: string[] }>,
  sentenceStart: boolean,
  tools: PeopleTools,
): string | null {
  const key = personKey(span.text);
  if (known.has(key)) return key;
  const tokens = key.split('-');
  if (tokens.length === 1) {
    const w = tokens[0] ?? '';
    // "Son homologue…" at the start of a sentence is not Bui Thanh Son
    if (sentenceStart && (tools.lexicon.stopwords.has(w) || tools.lexicon.isWord(w))) return null;
  }
  // one word of a name is its first or last ("Kishida", "Abe", "Chinh"), never a middle one ("Minh")
  const matches = [...known.entries()].filter(([, p]) => {
    if (tokens.length > 1) return tokens.every((t) => p.tokens.includes(t));
    const written = writtenTokens(p.name);
    return tokens[0] === written[0] || tokens[0] === written[written.length - 1];
  });
  return matches.length === 1 && matches[0] ? matches[0][0] : null;
}

/** Drops a leading function word ("Le", "Lors") or dictionary word that starts the sentence. */
function trimRun(run: NameRun, text: string, tools: PeopleTools): Span | null {
  let tokens = run.tokens;
  while (tokens.length > 1) {
    const first = tokens[0];
    if (!first) break;
    const f = foldKeepLength(first.text);
    const atStart = first.start === firstWordStart(text) || /["«“(]\s*$/.test(text.slice(0, first.start));
    const family = tools.places.isVietnameseFamilyName(first.text);
    // "du Parti Nguyen Phu Trong": a common word glued before a Vietnamese family name
    const beforeFamily =
      !!tokens[1] && tools.places.isVietnameseFamilyName(tokens[1].text) && tools.lexicon.isWord(first.text);
    if (
      (tools.lexicon.stopwords.has(f) && !family) ||
      (atStart && tools.lexicon.isWord(first.text) && !family) ||
      (beforeFamily && !family)
    ) {
      tokens = tokens.slice(1);
    } else break;
  }
  const a = tokens[0];
  const b = tokens[tokens.length - 1];
  if (!a || !b) return null;
  let end = b.end;
  if (/^(?:Jr|Sr)$/.test(b.text) && text[end] === '.') end += 1;
  return { start: a.start, end, text: text.slice(a.start, end) };
}

/** An untitled name: two to four words, none a place, not mostly common words; a Vietnamese family name helps. */
function looksLikeBareName(name: Span, tools: PeopleTools): boolean {
  const words = name.text.split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 4) return false;
  if (tools.places.find(name.text).length > 0) return false;
  const common = words.filter((w) => tools.lexicon.isWord(w) || tools.places.words.has(foldKeepLength(w))).length;
  if (tools.places.isVietnameseFamilyName(words[0] ?? '')) return common < words.length;
  return common === 0;
}

/** A name is not a run of dictionary words or place names ("Presidential Palace", "Affaires"). */
function looksLikeName(name: Span, tools: PeopleTools, introduced: boolean): boolean {
  const words = name.text.split(/\s+/).filter(Boolean);
  if (words.length > 5) return false;
  if (tools.places.countryOf(name.text)) return false;
  if (words.length === 1 && !introduced) return false;
  if (tools.places.isVietnameseFamilyName(words[0] ?? '') && words.length >= 2) return true;
  const common = words.filter((w) => {
    const f = foldKeepLength(w);
    return tools.lexicon.isWord(w) || tools.lexicon.stopwords.has(f) || tools.places.words.has(f);
  });
  return common.length < words.length;
}

function countryIn(text: string, tools: PeopleTools): string | null {
  return tools.places.find(text).find((h) => h.type !== 'city')?.country ?? null;
}

function contextCountry(before: string, tools: PeopleTools): string | null {
  let found: string | null = null;
  for (const m of before.matchAll(CONTEXT)) {
    const w = m[1] ?? m[2];
    const c = w ? tools.places.countryOf(w) : null;
    if (c) found = c;
  }
  return found;
}

/** "…travel to the Philippines for talks with President X": the one foreign country the sentence names. */
function soleForeignCountry(hits: readonly { type: string; country: string }[]): string | null {
  const codes = new Set(hits.filter((h) => h.type === 'country' && h.country !== 'VN').map((h) => h.country));
  return codes.size === 1 ? ([...codes][0] ?? null) : null;
}

function familyCountry(name: string, tools: PeopleTools): string | null {
  const first = name.split(/\s+/)[0] ?? '';
  return tools.places.isVietnameseFamilyName(first) ? 'VN' : null;
}

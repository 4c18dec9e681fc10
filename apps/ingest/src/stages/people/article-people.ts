import type { Place } from '@kizuna/model';
import type { ArticlePerson, FoundPerson, TriggerHit } from '../../draft/mentions.js';
import type { SentenceRef } from '../../text/span.js';
import { articleWords, withArticleWords } from './article-words.js';
import { findTitledAnaphora } from './find-anaphora.js';
import { findKnownPeople, type KnownPerson } from './find-known.js';
import { findTitledPeople } from './find-titled.js';
import type { PeopleTools } from './people-tools.js';
import { familyCountry } from './person-country.js';
import { resolvePeople } from './resolve-people.js';
import { roleWords } from './role-text.js';

/** What finding the article's people reads besides its sentences. */
export interface PeopleContext {
  language: string;
  body: string;
  triggersBySentence: readonly TriggerHit[][];
  /** Where the article's meetings happen when their sentences do not say. */
  articlePlace: Place | null;
}

const HEAD =
  /^(?:President|Président|Présidente|Prime Minister|Premier ministre|Première ministre|King|Roi|Queen|Reine|Emperor|Empereur|Chancellor|Chancelier|Chancelière|Sultan|Emir|Émir)$/iu;

/** The article's countries (not its cities), most named first. */
function namedCountries(body: string, tools: PeopleTools): string[] {
  const counts = new Map<string, number>();
  for (const h of tools.gazetteer.find(body)) {
    if (h.type === 'city') continue;
    counts.set(h.country, (counts.get(h.country) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([c]) => c);
}

/**
 * Who a person with no written nationality most likely serves: of the two countries the article
 * names most, the side that no person's written role already stands for (a bilateral article names
 * both sides; the one whose people are all titled by nationality is not the unknown one's).
 */
function otherSide(named: readonly string[], held: ReadonlySet<string>): string | null {
  const [top, second] = named;
  if (top && held.has(top) && second && !held.has(second)) return second;
  return top ?? null;
}

const VISIT_AFTER =
  /^(?:['’]s)?[,\s]+(?:(?:who|qui)\s+(?:is|was|est|était)\s+)?(?:on\s+an?\s+|en\s+|in\s+)?(?:\p{L}+\s+){0,2}(?:visit|visite|arriv)/iu;
const VISIT_BEFORE = /(?:visit|visite)\s+(?:by|of|de|du|d['’])\s*(?:(?:the|le|la|l['’])\s*)?(?:\p{L}+\s+){0,3}$/iu;

/** The people the text shows visiting: a visit word right after their name, or "the visit of" before it. */
function visitors(mentions: readonly FoundPerson[]): Set<string> {
  const out = new Set<string>();
  for (const p of mentions) {
    const text = p.sentence.text;
    if (VISIT_AFTER.test(text.slice(p.name.end, p.name.end + 60)) || VISIT_BEFORE.test(text.slice(0, p.quote.start)))
      out.add(p.key);
  }
  return out;
}

/**
 * The article's people: titled mentions first, then later mentions of the same people by name or
 * surname, then by title and nationality alone; each person with the fullest name, strongest role
 * and a country. Returns each sentence's mentions (in the order found), the people by key and the
 * main person.
 */
export function articlePeople(sentences: readonly SentenceRef[], ctx: PeopleContext, shared: PeopleTools) {
  const tools = withArticleWords(shared, articleWords(ctx.body));
  const words = roleWords(tools, ctx.language);
  const titled = sentences.map((s, i) =>
    findTitledPeople(
      s,
      words,
      tools,
      (ctx.triggersBySentence[i] ?? []).some((h) => !h.passing),
    ),
  );
  const known = new Map<string, KnownPerson>();
  for (const p of titled.flat()) {
    const rank = p.role?.priority ?? 0;
    const seen = known.get(p.key);
    if (!seen) known.set(p.key, { name: p.name.text, tokens: p.key.split('-'), rank });
    else known.set(p.key, { name: p.name.text, tokens: seen.tokens, rank: Math.max(seen.rank, rank) });
  }
  const named = sentences.map((s, i) => [...(titled[i] ?? []), ...findKnownPeople(s, known, titled[i] ?? [], tools)]);
  // the sides people already stand for: a country read next to a name, or a family name's
  const held = new Set(
    named.flat().flatMap((p) => {
      const c = p.country && !p.countryGuessed ? p.country : familyCountry(p.name.text, tools);
      return c ? [c] : [];
    }),
  );
  const side = otherSide(namedCountries(ctx.body, tools), held);
  // a head of state or government named without a nationality is the host's, not the visitor's
  // …unless the text tells they are the one visiting ("Xi Jinping, en visite d'État", "Modi's visit")
  const guests = visitors(named.flat());
  // "U.S. President Joe Biden … President William Ruto": one country has one president at a time
  const offices = new Set(
    named
      .flat()
      .flatMap((p) => (p.country && !p.countryGuessed && p.role ? [`${p.country}|${p.role.text.toLowerCase()}`] : [])),
  );
  const fallback = (p: ArticlePerson) => {
    const c =
      p.role && HEAD.test(p.role) && ctx.articlePlace?.country && !guests.has(p.key) ? ctx.articlePlace.country : side;
    const taken = !!c && !!p.role && HEAD.test(p.role) && offices.has(`${c}|${p.role.toLowerCase()}`);
    return taken ? null : c;
  };
  const byName = (name: string) => familyCountry(name, tools);
  const first = resolvePeople(named.flat(), fallback, byName);
  // after resolvePeople every mention carries its person's key: who has a country read in the text
  const read = new Set(
    named.flat().flatMap((p) => ((p.country && !p.countryGuessed) || familyCountry(p.name.text, tools) ? [p.key] : [])),
  );
  const unread = new Set([...first.keys()].filter((k) => !read.has(k)));
  const anaphora = sentences.map((s, i) => findTitledAnaphora(s, tools, [...first.values()], named[i] ?? [], unread));
  // a person read by office alone as "le président ukrainien" and as "le président français" is neither
  const claimed = new Map<string, Set<string>>();
  for (const p of anaphora.flat())
    if (p.byOffice && p.country) claimed.set(p.key, new Set([...(claimed.get(p.key) ?? []), p.country]));
  const found = sentences.map((_, i) => [
    ...(named[i] ?? []),
    ...(anaphora[i] ?? []).filter((p) => !p.byOffice || (claimed.get(p.key)?.size ?? 0) <= 1),
  ]);
  const persons = resolvePeople(found.flat(), fallback, byName);
  const main = [...persons.values()].sort((a, b) => b.mentions - a.mentions)[0];
  const protagonist: FoundPerson | null =
    main && main.mentions >= 2 ? (found.flat().find((p) => p.key === main.key && p.titled) ?? null) : null;
  return { found, persons, protagonist };
}

import type { RoleReading } from '../../draft/mentions.js';
import type { TitleHit } from '../../resources/title-index.js';
import type { PeopleTools } from './people-tools.js';
import type { RoleWords } from './read-role.js';

const VERBS = new Set(
  'a ont est sont etait etaient sera said says told added noted stressed met held received visited signed welcomed expressed called urged asked thanked affirmed hailed praised agreed declare affirme souligne rencontre recu salue exprime propose demande remercie indique estime reitere insiste note appele invite participe preside assiste'.split(
    ' ',
  ),
);

/** What reading roles needs to know about words, in the article's language. */
export function roleWords(tools: PeopleTools, language: string): RoleWords {
  return {
    isBreaker: (w) => VERBS.has(w) || tools.stopwords.has(w),
    isNationality: (w) => tools.gazetteer.countryOf(w) !== null,
    isWord: (w) => tools.isCommonWord(w),
    language,
  };
}

/** "Premiers ministres" → "Premier ministre": the role of one person. */
export function singularRole(role: RoleReading, hits: readonly TitleHit[], text: string): string {
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
export function headOf(roleText: string, hits: readonly TitleHit[], roleStart: number): string | null {
  const h = hits.filter((x) => x.start >= roleStart && x.priority >= 3).sort((a, b) => a.start - b.start)[0];
  if (h) return h.singular ?? h.text;
  return roleText.split(/\s+/)[0] ?? null;
}

/** "ministre allemande des Affaires étrangères" → "ministre des Affaires étrangères"; null when only a head is left. */
export function withoutNationality(role: string, tools: PeopleTools): string | null {
  const words = role.split(/\s+/).filter((w) => !tools.gazetteer.countryOf(w.replace(/['’]s$/u, '')));
  return words.length >= 2 && words.length < role.split(/\s+/).length ? words.join(' ') : null;
}

import { type ArticleTruth, articleAt } from './article-text.js';
import { createRng } from './rng.js';
import { TOPICS } from './vocab.js';

/** The questions a user would ask of the corpus, drawn from what the generator put in it. */
export interface BenchQueries {
  meeting: string[];
  person: string[];
  search: string[];
  /** What a user has typed so far in an autocompleted option. */
  autocomplete: { command: 'meeting' | 'person'; typed: string }[];
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** `count` queries of each kind about articles [0, n) of the corpus with this seed. */
export function benchQueries(seed: number, n: number, count: number): BenchQueries {
  const rng = createRng(seed ^ 0x5eed);
  const truths: ArticleTruth[] = Array.from(
    { length: count },
    () => articleAt(createRng, seed, rng.int(0, n - 1)).truth,
  );
  const surname = (name: string) => name.split(' ').at(-1) ?? name;
  const queries: BenchQueries = { meeting: [], person: [], search: [], autocomplete: [] };
  for (const t of truths) {
    const who = rng.pick(t.participants);
    queries.meeting.push(
      rng.pick([
        t.meeting,
        t.alias ?? t.meeting,
        `${surname(who)} ${t.city} ${t.year}`,
        fold(t.meeting),
        `${t.meeting} ${t.year}`,
      ]),
    );
    queries.person.push(rng.pick([who, who.split(' ').reverse().join(' '), fold(who), surname(who)]));
    const [a, b] = rng.sample(TOPICS[t.language], 2);
    queries.search.push(rng.pick([`${a}`, `${a} ${b}`, `coopération ${t.city}`, `${who} partenaire`]));
    const word = rng.chance(0.5) ? who : t.meeting;
    queries.autocomplete.push({ command: rng.chance(0.5) ? 'person' : 'meeting', typed: word.slice(0, rng.int(0, 6)) });
  }
  return queries;
}

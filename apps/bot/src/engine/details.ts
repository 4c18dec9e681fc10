import type { Article, CorpusEvent, Source } from '@kizuna/model';
import type { SourcedFact } from './link-facts.js';
import type { PersonView } from './people.js';
import { participantMentions, type Quote, quotesOf } from './quotes.js';

/** A meeting with everything its reply shows, gathered once. */
export interface MeetingDetails {
  event: CorpusEvent;
  /** Participants with the country the sources give, else the person's usual one. */
  participants: { name: string; role: string | null; country: string | null }[];
  /** What the meeting produced, each with the sources that quote it (its outcome facts, else the meeting's evidence). */
  outcomes: { text: string; sources: Source[] }[];
  /**
   * Candidate key facts, best first: the sentences of the facts about it, then those that report
   * it, then those that name its participants. Read lazily (a reply stops at a few); once.
   */
  quotes: Iterable<Quote>;
  /** The corpus's articles by id, for citations. */
  articles: ReadonlyMap<string, Article>;
}

/** A person with everything their reply shows, gathered once. */
export interface PersonDetails {
  person: PersonView;
  /** The meetings they attended, in corpus order; read lazily, once. */
  meetings: Iterable<CorpusEvent>;
  /** Candidate key facts: the sentences of facts about them, else those naming them with a role. Lazy; once. */
  quotes: Iterable<Quote>;
  articles: ReadonlyMap<string, Article>;
}

/** What the details are read from: the engine's lookups. */
export interface DetailSources {
  articles: ReadonlyMap<string, Article>;
  /** Articles as citations show them (title, publisher, date, link): in memory even when `articles` reads a store. */
  citable?: ReadonlyMap<string, Article>;
  event(id: string): CorpusEvent | undefined;
  person(key: string): PersonView | undefined;
  factsAboutEvent(id: string): readonly SourcedFact[];
  factsAboutPerson(key: string): readonly SourcedFact[];
}

const sentenceKey = (s: Source) => `${s.articleId}\u0000${s.sentenceId}`;

/**
 * The meeting's outcomes, each once with all its sources: the merged readings (one outcome told by
 * several articles, in either language, is one line); for a corpus merged without them, those the
 * event lists, then those only its facts name.
 */
function outcomesOf(event: CorpusEvent, facts: readonly SourcedFact[]): MeetingDetails['outcomes'] {
  if (event.outcomeSources?.length) return event.outcomeSources.map(({ text, sources }) => ({ text, sources }));
  const byText = new Map<string, Source[]>(event.outcomes.map((text) => [text, []]));
  for (const { fact } of facts) byText.set(fact.text, [...(byText.get(fact.text) ?? []), fact.source]);
  return [...byText].map(([text, sources]) => ({ text, sources: sources.length ? sources : event.evidence }));
}

export function meetingDetails(from: DetailSources, event: CorpusEvent): MeetingDetails {
  const facts = from.factsAboutEvent(event.id);
  const outcomeFacts = facts.filter((f) => f.fact.kind === 'outcome');
  // key facts do not repeat a sentence the outcomes already cite
  const outcomeSentences = new Set(outcomeFacts.map((f) => sentenceKey(f.fact.source)));
  function* sources(): Generator<Source, void, undefined> {
    for (const f of facts) if (f.fact.kind !== 'outcome') yield f.fact.source;
    yield* event.evidence;
    yield* participantMentions(from.articles, event);
  }
  function* keyFactSources(): Generator<Source, void, undefined> {
    for (const s of sources()) if (!outcomeSentences.has(sentenceKey(s))) yield s;
  }
  return {
    event,
    participants: event.participants.map((p) => ({
      name: p.name,
      role: p.role,
      country: p.country ?? from.person(p.key)?.country ?? null,
    })),
    outcomes: outcomesOf(event, outcomeFacts),
    quotes: quotesOf(from.articles, keyFactSources()),
    articles: from.citable ?? from.articles,
  };
}

export function personDetails(from: DetailSources, person: PersonView): PersonDetails {
  function* sources(): Generator<Source, void, undefined> {
    for (const f of from.factsAboutPerson(person.key)) yield f.fact.source;
    for (const r of person.roles) if (r.sources[0]) yield r.sources[0];
    yield* person.mentions;
  }
  function* meetings(): Generator<CorpusEvent, void, undefined> {
    for (const id of person.events) {
      const e = from.event(id);
      if (e) yield e;
    }
  }
  const articles = from.citable ?? from.articles;
  return { person, meetings: meetings(), quotes: quotesOf(from.articles, sources()), articles };
}

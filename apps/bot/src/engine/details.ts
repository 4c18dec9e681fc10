import type { Article, CorpusEvent, Source } from '@kizuna/model';
import type { SourcedFact } from './link-facts.js';
import type { PersonView } from './people.js';
import { participantMentions, type Quote, quotesOf } from './quotes.js';

/** A meeting with everything its reply shows, gathered once. */
export interface MeetingDetails {
  event: CorpusEvent;
  /** Participants with the country the sources give, else the person's usual one. */
  participants: { name: string; role: string | null; country: string | null }[];
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
  event(id: string): CorpusEvent | undefined;
  person(key: string): PersonView | undefined;
  factsAboutEvent(id: string): readonly SourcedFact[];
  factsAboutPerson(key: string): readonly SourcedFact[];
}

export function meetingDetails(from: DetailSources, event: CorpusEvent): MeetingDetails {
  function* sources(): Generator<Source, void, undefined> {
    for (const f of from.factsAboutEvent(event.id)) yield f.fact.source;
    yield* event.evidence;
    yield* participantMentions(from.articles, event);
  }
  return {
    event,
    participants: event.participants.map((p) => ({
      name: p.name,
      role: p.role,
      country: p.country ?? from.person(p.key)?.country ?? null,
    })),
    quotes: quotesOf(from.articles, sources()),
    articles: from.articles,
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
  return { person, meetings: meetings(), quotes: quotesOf(from.articles, sources()), articles: from.articles };
}

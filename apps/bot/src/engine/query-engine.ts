import type { Article, Corpus, CorpusEvent } from '@kizuna/model';
import { nameTokens } from '@kizuna/model';
import { analyzeQuery, Bm25Index } from '@kizuna/search';
import { cutText } from '../core/discord-limits.js';
import {
  type Completion,
  type CompletionLimits,
  completeLabels,
  type Label,
  LabelIndex,
  labelWords,
} from './autocomplete.js';
import { type CorpusStats, corpusStats } from './corpus-stats.js';
import { countryName, resolveCountry } from './countries.js';
import { type MeetingDetails, meetingDetails, type PersonDetails, personDetails } from './details.js';
import { analyzeOnce, type EngineSources } from './engine-sources.js';
import { articleLabels, meetingLabels, personLabels } from './label-lists.js';
import { linkFacts, type SourcedFact } from './link-facts.js';
import { meetingDocs } from './meeting-docs.js';
import { collapseReports, squash } from './meeting-groups.js';
import { chronological, filterTimeline, type Timeline, type TimelineFilter } from './meeting-timeline.js';
import { buildPeople, type PersonView, personScore } from './people.js';
import { type SentenceHit, searchSentences, sentenceDocs } from './sentence-search.js';
import { type UnmetPart, unmetParts } from './unmet-parts.js';

/** The outcome of looking something up: the best match, near-equal rivals, or names to suggest. */
export type Lookup<T> =
  | { kind: 'found'; best: T; rivals: T[]; unmet?: UnmetPart[] }
  | { kind: 'none'; suggestions: string[] };

// a rival within this share of the best score is "about as good"
const RIVAL_RATIO = 0.8;
const MAX_RIVALS = 4;
// people matching the same words differ only by personScore's tie-break (< 0.01)
const PERSON_TIE = 0.02;
// names suggested when nothing matches: a few, each kept to a short line
const SUGGESTIONS: CompletionLimits = { count: 3, length: 100 };

/**
 * Answers questions over one loaded corpus. Built once (indexes included) and never changed:
 * a reload builds a new engine. Knows nothing of Discord: completions take their limits.
 */
export class QueryEngine {
  readonly corpus: Corpus;
  readonly people: readonly PersonView[];
  /** The corpus's articles by id. */
  readonly articles: ReadonlyMap<string, Article>;
  private readonly events = new Map<string, CorpusEvent>();
  private readonly personByKey = new Map<string, PersonView>();
  private readonly factsByEvent: Map<string, SourcedFact[]>;
  private readonly factsByPerson: Map<string, SourcedFact[]>;
  private readonly meetingIndex: Bm25Index<string>;
  private readonly searchText: (text: string, limit: number) => SentenceHit[];
  /** corpus.articles by id: whole, or without their text (see EngineSources); what citations read. */
  readonly citable: ReadonlyMap<string, Article>;
  private readonly sentenceCount: number | undefined;
  private readonly meetingLabels: LabelIndex;
  private readonly personLabels: LabelIndex;
  private readonly articleLabels: LabelIndex;
  /** Articles in corpus order, suggested when nothing matches. */
  private readonly firstArticleLabels: string[];
  private readonly countryCodes: string[];
  /** Every event in date order (undated last), then by name. */
  private readonly chronological: readonly CorpusEvent[];
  /** Events by squashed name and alias, for exact hits ("2+2", an autocompleted name). */
  private readonly byExactName = new Map<string, CorpusEvent[]>();
  /** When the corpus folder last changed (its files' modification times), if known. */
  private readonly changedAt: string | null;

  constructor(corpus: Corpus, options: { changedAt?: string | null; sources?: EngineSources } = {}) {
    this.corpus = corpus;
    this.changedAt = options.changedAt ?? null;
    const sources = options.sources;
    this.citable = new Map(corpus.articles.map((a) => [a.id, a]));
    this.articles = sources?.articles ?? this.citable;
    this.sentenceCount = sources?.sentences;
    this.indexNames(corpus.events);
    this.people = buildPeople(corpus.people);
    for (const p of this.people) for (const k of p.keys) this.personByKey.set(k, p);
    const facts = linkFacts(corpus, (key) => this.personByKey.get(key)?.key);
    this.factsByEvent = facts.byEvent;
    this.factsByPerson = facts.byPerson;
    const analyzeText = analyzeOnce();
    if (sources) this.searchText = sources.search;
    else {
      const sentenceIndex = new Bm25Index(sentenceDocs(corpus.articles, analyzeText));
      this.searchText = (text, limit) => searchSentences(sentenceIndex, text, limit);
    }
    this.meetingIndex = new Bm25Index(
      meetingDocs(corpus.events, this.citable, this.factsByEvent, analyzeText, sources?.quoteText),
    );
    this.chronological = chronological(corpus.events);
    this.meetingLabels = new LabelIndex(meetingLabels(this.chronological));
    this.personLabels = new LabelIndex(personLabels(this.people));
    const articleList = articleLabels(corpus.articles);
    this.articleLabels = new LabelIndex(articleList);
    this.firstArticleLabels = articleList.slice(0, 3).map((l) => l.name);
    const codes = new Set<string>();
    for (const e of corpus.events) {
      for (const p of e.participants) if (p.country) codes.add(p.country);
      for (const p of e.places) if (p.value.country) codes.add(p.value.country);
    }
    for (const p of corpus.people) if (p.country) codes.add(p.country);
    this.countryCodes = [...codes].sort();
  }

  /** Files each event under its id and its squashed names (outlets name meetings alike: each squashed once). */
  private indexNames(events: readonly CorpusEvent[]): void {
    const squashed = new Map<string, string>();
    const squashOnce = (name: string) => {
      let out = squashed.get(name);
      if (out === undefined) {
        out = squash(name);
        squashed.set(name, out);
      }
      return out;
    };
    for (const e of events) {
      this.events.set(e.id, e);
      for (const name of new Set([e.name, ...e.aliases].map(squashOnce))) {
        const same = this.byExactName.get(name);
        if (!name) continue;
        if (same) same.push(e);
        else this.byExactName.set(name, [e]);
      }
    }
  }

  article(id: string): Article | undefined {
    return this.articles.get(id);
  }

  event(id: string): CorpusEvent | undefined {
    return this.events.get(id);
  }

  person(key: string): PersonView | undefined {
    return this.personByKey.get(key);
  }

  factsAboutEvent(id: string): readonly SourcedFact[] {
    return this.factsByEvent.get(id) ?? [];
  }

  factsAboutPerson(key: string): readonly SourcedFact[] {
    return this.factsByPerson.get(key) ?? [];
  }

  /** A meeting with the participants' countries, its candidate key facts and the articles to cite. */
  meetingDetails(event: CorpusEvent): MeetingDetails {
    return meetingDetails(this, event);
  }

  /** A person with their meetings, candidate key facts and the articles to cite. */
  personDetails(person: PersonView): PersonDetails {
    return personDetails(this, person);
  }

  /** The meeting a query means: by id, alias or name, else by ranked words (name, who, where, when). */
  findMeeting(query: string): Lookup<CorpusEvent> {
    const byId = this.events.get(query.trim());
    if (byId) return { kind: 'found', best: byId, rivals: [] };
    const wanted = squash(query);
    const exact = (wanted && this.byExactName.get(wanted)) || [];
    // several meetings go by the same name ("2+2" of two pairs of countries): offer them all
    const [named, ...alsoNamed] = collapseReports(exact);
    if (named) return { kind: 'found', best: named, rivals: alsoNamed.slice(0, MAX_RIVALS) };

    // ranked lazily: only the best and a few after it are looked at
    const terms = analyzeQuery(query);
    const hits = this.meetingIndex.search(terms, 1 + 2 * MAX_RIVALS);
    const top = hits[0];
    if (!top || top.coverage < 0.5) return { kind: 'none', suggestions: this.suggestMeetings(query) };
    const closeCount = hits.findIndex((h) => h.coverage !== top.coverage || h.score < top.score * RIVAL_RATIO);
    const events = (list: typeof hits) => list.map((h) => this.events.get(h.id)).filter((e): e is CorpusEvent => !!e);
    // one article may report a meeting twice: offer the fuller report once, not as a choice
    const [best, ...rivals] = collapseReports(events(closeCount < 0 ? hits : hits.slice(0, closeCount)));
    if (!best) return { kind: 'none', suggestions: [] };
    const unmet = unmetParts(query, terms, best, (e, code) => this.involves(e, code));
    if (!unmet.length) return { kind: 'found', best, rivals: rivals.slice(0, MAX_RIVALS) };
    // a part of the question is not satisfied: the best candidates, not one confident answer
    const [, ...candidates] = collapseReports(events(hits));
    return { kind: 'found', best, rivals: candidates.slice(0, MAX_RIVALS), unmet };
  }

  private suggestMeetings(query: string): string[] {
    const fuzzy = this.meetingLabels.complete(query, SUGGESTIONS).map((c) => c.name);
    if (fuzzy.length) return fuzzy;
    // no word is close: suggest what the partial word matches say, else nothing
    return this.meetingIndex
      .search(analyzeQuery(query), 3)
      .map((h) => this.events.get(h.id)?.name)
      .filter((n): n is string => !!n);
  }

  /** The person a name means (any spelling, order, surname only), with equally close people as rivals. */
  findPerson(name: string): Lookup<PersonView> {
    const byKey = this.personByKey.get(name.trim());
    if (byKey) return { kind: 'found', best: byKey, rivals: [] };
    const typed = [...new Set(nameTokens(name))];
    const scored = this.people
      .map((p) => ({ p, score: personScore(typed, p) }))
      .filter((x) => x.score > 0)
      .sort((a, b) => b.score - a.score || b.p.events.length - a.p.events.length);
    const top = scored[0];
    if (!top) return { kind: 'none', suggestions: this.personLabels.complete(name, SUGGESTIONS).map((c) => c.name) };
    const rivals = scored
      .slice(1)
      .filter((x) => top.score - x.score < PERSON_TIE)
      .slice(0, MAX_RIVALS)
      .map((x) => x.p);
    return { kind: 'found', best: top.p, rivals };
  }

  /** The article an id or title means. */
  findArticle(typed: string): Lookup<Article> {
    const t = typed.trim();
    const id = this.citable.get(t)?.id ?? this.corpus.articles.find((a) => a.source.file === t)?.id;
    // a store's article newer than this engine is read by id all the same
    const byId = id === undefined ? this.articles.get(t) : this.articles.get(id);
    if (byId) return { kind: 'found', best: byId, rivals: [] };
    // the best and the few that may tie with it
    const [top, ...others] = this.articleLabels.rank(t, 1 + MAX_RIVALS);
    const first = top ? this.articles.get(top.label.value) : undefined;
    if (top && first) {
      // only articles matching as well as the best are offered instead
      const rivals = others
        .filter((o) => o.score === top.score)
        .slice(0, MAX_RIVALS)
        .map((o) => this.articles.get(o.label.value))
        .filter((a): a is Article => !!a);
      return { kind: 'found', best: first, rivals };
    }
    return { kind: 'none', suggestions: [...this.firstArticleLabels] };
  }

  /** Best sentences for free text, at most `limit`, keeping only those close to the best match. */
  search(text: string, limit = 5): SentenceHit[] {
    return this.searchText(text, limit);
  }

  /** Meetings in date order (undated last), within the bounds and involving the country when given. */
  timeline(filter: TimelineFilter): Timeline {
    return filterTimeline(this.chronological, filter, (e, country) => this.involves(e, country));
  }

  private involves(e: CorpusEvent, country: string): boolean {
    return (
      e.participants.some((p) => p.country === country) ||
      e.places.some((p) => p.value.country === country) ||
      e.participants.some((p) => this.personByKey.get(p.key)?.country === country)
    );
  }

  /** Country codes the corpus knows, for the timeline's country option. */
  countries(): readonly string[] {
    return this.countryCodes;
  }

  /** The code a typed country means, among those in the corpus (or any ISO code typed as such). */
  resolveCountry(typed: string): string | null {
    const t = typed.trim();
    const known = resolveCountry(t, this.countryCodes);
    if (known) return known;
    return /^[A-Za-z]{2}$/.test(t) ? t.toUpperCase() : null;
  }

  /** Meetings for autocomplete; `describe` writes the shown name (e.g. with a localised date). */
  completeMeetings(typed: string, limits: CompletionLimits, describe?: (e: CorpusEvent) => string): Completion[] {
    const choices = this.meetingLabels.complete(typed, limits);
    if (!describe) return choices;
    return choices.map((c) => {
      const e = this.events.get(c.value);
      return e ? { name: cutText(describe(e), limits.length), value: c.value } : c;
    });
  }

  completePeople(typed: string, limits: CompletionLimits): Completion[] {
    return this.personLabels.complete(typed, limits);
  }

  completeArticles(typed: string, limits: CompletionLimits): Completion[] {
    return this.articleLabels.complete(typed, limits);
  }

  /** Countries of the corpus for autocomplete, found by their names in both languages; `nameOf` writes the shown name. */
  completeCountries(typed: string, limits: CompletionLimits, nameOf: (code: string) => string): Completion[] {
    const labels: Label[] = this.countryCodes.map((code) => ({
      name: nameOf(code),
      value: code,
      words: labelWords(countryName(code, 'fr'), countryName(code, 'en'), code),
      rank: 0,
    }));
    return completeLabels(labels, typed, limits);
  }

  stats(): CorpusStats {
    return corpusStats(this.corpus, this.people.length, this.changedAt, this.sentenceCount);
  }
}

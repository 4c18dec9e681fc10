import type { Article, Corpus, CorpusEvent, Sentence, Source } from '@kizuna/model';
import { nameTokens } from '@kizuna/model';
import { analyze, type Term } from './analysis/analyze.js';
import { clip, completeLabels, type Label, LabelIndex, labelWords, MAX_CHOICE_LENGTH } from './autocomplete.js';
import { countryName, resolveCountry } from './countries.js';
import { dateSortKey, isoRange } from './dates.js';
import { Bm25Index, type IndexedDoc } from './index/bm25-index.js';
import { articleLabels, meetingLabel, meetingLabels, personLabels } from './labels.js';
import { linkFacts, type SourcedFact } from './link-facts.js';
import { meetingDoc } from './meeting-docs.js';
import { collapseReports, squash } from './meeting-groups.js';
import { buildPeople, type PersonView, personScore } from './people.js';

/**
 * One document per distinct sentence text, standing for every copy (reprints, clones), as the
 * index reads them. Its id is the first copy: a search showing one copy per text shows that one.
 */
function* sentenceDocs(
  articles: readonly Article[],
  analyzeText: (text: string) => Term[],
): Generator<IndexedDoc<{ article: Article; sentence: Sentence }>> {
  const copies = new Map<string, { article: Article; sentence: Sentence; count: number }>();
  for (const article of articles) {
    for (const sentence of article.sentences) {
      const first = copies.get(sentence.text);
      if (first) first.count += 1;
      else copies.set(sentence.text, { article, sentence, count: 1 });
    }
  }
  for (const [text, { article, sentence, count }] of copies) {
    yield { id: { article, sentence }, fields: [{ weight: 1, terms: analyzeText(text) }], count };
  }
}

// the collator localeCompare would create on every call, made once (same order, much cheaper)
const collator = new Intl.Collator();

/** Events in date order (undated last), then by name; keys computed once, not per comparison. */
function chronological(events: readonly CorpusEvent[]): CorpusEvent[] {
  const keyed = events.map((e, i) => ({ e, key: dateSortKey(e.date), i }));
  keyed.sort((a, b) => collator.compare(a.key, b.key) || collator.compare(a.e.name, b.e.name) || a.i - b.i);
  return keyed.map((k) => k.e);
}

/** A verbatim quote: `text === article.body.slice(source.start, source.end)`. */
export interface Quote {
  text: string;
  source: Source;
  article: Article;
}

/** The outcome of looking something up: the best match, near-equal rivals, or names to suggest. */
export type Lookup<T> = { kind: 'found'; best: T; rivals: T[] } | { kind: 'none'; suggestions: string[] };

/** A sentence that matches free text. */
export interface SentenceHit {
  quote: Quote;
  sentence: Sentence;
  score: number;
}

/** Timeline bounds, all optional: ISO dates and a country code. */
export interface TimelineFilter {
  from?: string;
  to?: string;
  country?: string;
}

/** Meetings in date order, and how many the bounds left out because their year is not known. */
export interface Timeline {
  events: CorpusEvent[];
  /** Meetings without a known year, left out because bounds were given. */
  yearUnknown: number;
}

/** Corpus size and freshness. */
export interface CorpusStats {
  articles: number;
  events: number;
  people: number;
  sentences: number;
  facts: number;
  lastIngest: string | null;
  languages: Record<string, number>;
  publishers: string[];
}

// a rival within this share of the best score is "about as good"
const RIVAL_RATIO = 0.8;
const MAX_RIVALS = 4;
// people matching the same words differ only by personScore's tie-break (< 0.01)
const PERSON_TIE = 0.02;

/**
 * Answers questions over one loaded corpus. Built once (indexes included) and never changed:
 * a reload builds a new engine.
 */
export class QueryEngine {
  readonly corpus: Corpus;
  readonly builtAt: Date;
  readonly people: readonly PersonView[];
  private readonly articles = new Map<string, Article>();
  private readonly events = new Map<string, CorpusEvent>();
  private readonly personByKey = new Map<string, PersonView>();
  private readonly factsByEvent: Map<string, SourcedFact[]>;
  private readonly factsByPerson: Map<string, SourcedFact[]>;
  private readonly meetingIndex: Bm25Index<string>;
  private readonly sentenceIndex: Bm25Index<{ article: Article; sentence: Sentence }>;
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

  constructor(corpus: Corpus, builtAt = new Date()) {
    this.corpus = corpus;
    this.builtAt = builtAt;
    for (const a of corpus.articles) this.articles.set(a.id, a);
    // outlets name meetings alike: each distinct name is squashed once
    const squashed = new Map<string, string>();
    const squashOnce = (name: string) => {
      let out = squashed.get(name);
      if (out === undefined) {
        out = squash(name);
        squashed.set(name, out);
      }
      return out;
    };
    for (const e of corpus.events) {
      this.events.set(e.id, e);
      for (const name of new Set([e.name, ...e.aliases].map(squashOnce))) {
        const same = this.byExactName.get(name);
        if (!name) continue;
        if (same) same.push(e);
        else this.byExactName.set(name, [e]);
      }
    }
    this.people = buildPeople(corpus.people);
    for (const p of this.people) for (const k of p.keys) this.personByKey.set(k, p);
    const facts = linkFacts(corpus, (key) => this.personByKey.get(key)?.key);
    this.factsByEvent = facts.byEvent;
    this.factsByPerson = facts.byPerson;

    // reprinted and quoted sentences repeat across articles and meetings: analyse each text once
    const analyzed = new Map<string, Term[]>();
    const analyzeOnce = (text: string): Term[] => {
      let terms = analyzed.get(text);
      if (!terms) {
        terms = analyze(text);
        analyzed.set(text, terms);
      }
      return terms;
    };
    this.sentenceIndex = new Bm25Index(sentenceDocs(corpus.articles, analyzeOnce));
    this.meetingIndex = new Bm25Index(this.meetingDocs(corpus.events, analyzeOnce));
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

  /** One document per meeting, made as the index reads them (not all held at once). */
  private *meetingDocs(
    events: readonly CorpusEvent[],
    analyzeText: (text: string) => Term[],
  ): Generator<IndexedDoc<string>> {
    for (const e of events) {
      // the sentences reporting it and the facts about it, each text once
      const quotes = new Set<string>();
      for (const s of e.evidence) {
        const text = this.articles.get(s.articleId)?.body.slice(s.start, s.end);
        if (text) quotes.add(text);
      }
      for (const f of this.factsByEvent.get(e.id) ?? []) if (f.fact.quote) quotes.add(f.fact.quote);
      const articles: Article[] = [];
      for (const id of e.articleIds) {
        const a = this.articles.get(id);
        if (a) articles.push(a);
      }
      yield meetingDoc(e, quotes, articles, analyzeText);
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

  /** The exact text a source points at, or undefined when its article is not loaded. */
  quote(source: Source): Quote | undefined {
    const article = this.articles.get(source.articleId);
    if (!article) return undefined;
    return { text: article.body.slice(source.start, source.end), source, article };
  }

  /** The whole sentence a source lies in, as a quote (a fact's few words read better in context). */
  sentenceQuote(source: Source): Quote | undefined {
    const article = this.articles.get(source.articleId);
    const sentence = article?.sentences.find((s) => s.id === source.sentenceId);
    if (!article || !sentence) return undefined;
    const whole: Source = { articleId: article.id, sentenceId: sentence.id, start: sentence.start, end: sentence.end };
    return { text: article.body.slice(sentence.start, sentence.end), source: whole, article };
  }

  /**
   * Where each article reporting the meeting names its participants: at most `perPerson` sentences
   * per person and article, in text order, first mentions of everyone before second mentions.
   * Produced lazily: a reply stops reading once it has its few quotes, however many articles.
   */
  *participantMentions(event: CorpusEvent, perPerson = 2): Generator<Source, void, undefined> {
    const keys = new Set(event.participants.map((p) => p.key));
    // round r reads each article again and yields its (r+1)th mentions: the same choices as one
    // pass per article, without holding every round of thousands of articles
    for (let round = 0; round < perPerson; round++) {
      for (const id of event.articleIds) {
        const count = new Map<string, number>();
        const sentences = new Set<string>();
        for (const p of this.articles.get(id)?.people ?? []) {
          const n = count.get(p.key) ?? 0;
          if (!keys.has(p.key) || n >= perPerson || sentences.has(p.source.sentenceId)) continue;
          count.set(p.key, n + 1);
          sentences.add(p.source.sentenceId);
          if (n === round) yield p.source;
        }
      }
    }
  }

  factsAboutEvent(id: string): readonly SourcedFact[] {
    return this.factsByEvent.get(id) ?? [];
  }

  factsAboutPerson(key: string): readonly SourcedFact[] {
    return this.factsByPerson.get(key) ?? [];
  }

  /** A short label: name, date and place. */
  meetingLabel(e: CorpusEvent): string {
    return meetingLabel(e);
  }

  /** The meeting a query means: by id, alias or name, else by ranked words (name, who, where, when). */
  findMeeting(query: string): Lookup<CorpusEvent> {
    const byId = this.events.get(query.trim());
    if (byId) return { kind: 'found', best: byId, rivals: [] };
    const wanted = squash(query);
    const exact = (wanted && this.byExactName.get(wanted)) || [];
    if (exact.length === 1 && exact[0]) return { kind: 'found', best: exact[0], rivals: [] };

    // ranked lazily: only the best and those about as good are looked at
    const ranking = this.meetingIndex.rank(analyze(query));
    const top = ranking.next().value;
    if (!top || top.coverage < 0.5) return { kind: 'none', suggestions: this.suggestMeetings(query) };
    const closeHits = [top];
    for (const h of ranking) {
      if (h.coverage !== top.coverage || h.score < top.score * RIVAL_RATIO) break;
      closeHits.push(h);
    }
    const close = closeHits.map((h) => this.events.get(h.id)).filter((e): e is CorpusEvent => !!e);
    // one article may report a meeting twice: offer the fuller report once, not as a choice
    const [best, ...rivals] = collapseReports(close);
    if (!best) return { kind: 'none', suggestions: [] };
    return { kind: 'found', best, rivals: rivals.slice(0, MAX_RIVALS) };
  }

  private suggestMeetings(query: string): string[] {
    const fuzzy = this.meetingLabels.complete(query).map((c) => c.name);
    if (fuzzy.length) return fuzzy.slice(0, 3);
    // no word is close: suggest what the partial word matches say, else nothing
    return this.meetingIndex
      .search(analyze(query), 3)
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
    if (!top) {
      const suggestions = this.personLabels.complete(name).map((c) => c.name);
      return { kind: 'none', suggestions: suggestions.slice(0, 3) };
    }
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
    const byId = this.articles.get(t) ?? this.corpus.articles.find((a) => a.source.file === t);
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
    const terms = analyze(text);
    const seenTexts = new Set<string>();
    const seen = new Set<string>();
    const out: SentenceHit[] = [];
    let floor: number | undefined;
    for (const h of this.sentenceIndex.rank(terms)) {
      // the first hit is the best; after it, once one is below the floor all the rest are
      floor ??= Math.max(1 / Math.max(terms.length, 1), h.coverage / 2);
      if (h.coverage < floor) break;
      const { article, sentence } = h.id;
      // the same sentence reprinted by two outlets shows once (the same text is squashed once)
      if (seenTexts.has(sentence.text)) continue;
      seenTexts.add(sentence.text);
      const key = squash(sentence.text);
      if (seen.has(key)) continue;
      seen.add(key);
      const source: Source = {
        articleId: article.id,
        sentenceId: sentence.id,
        start: sentence.start,
        end: sentence.end,
      };
      out.push({ quote: { text: sentence.text, source, article }, sentence, score: h.score });
      if (out.length >= limit) break;
    }
    return out;
  }

  /** Meetings in date order (undated last), within the bounds and involving the country when given. */
  timeline(filter: TimelineFilter): Timeline {
    const from = filter.from ? isoRange(filter.from)?.[0] : undefined;
    const to = filter.to ? isoRange(filter.to)?.[1] : undefined;
    let yearUnknown = 0;
    // filtering the list sorted once keeps its order (the sort is stable)
    const events = this.chronological.filter((e) => {
      if (filter.country && !this.involves(e, filter.country)) return false;
      if (!from && !to) return true;
      const range = e.date ? isoRange(e.date.iso) : null;
      if (!range) {
        yearUnknown += 1;
        return false;
      }
      return (!from || range[1] >= from) && (!to || range[0] <= to);
    });
    return { events, yearUnknown };
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
  completeMeetings(typed: string, describe?: (e: CorpusEvent) => string) {
    const choices = this.meetingLabels.complete(typed);
    if (!describe) return choices;
    return choices.map((c) => {
      const e = this.events.get(String(c.value));
      return e ? { name: clip(describe(e), MAX_CHOICE_LENGTH), value: c.value } : c;
    });
  }

  completePeople(typed: string) {
    return this.personLabels.complete(typed);
  }

  completeArticles(typed: string) {
    return this.articleLabels.complete(typed);
  }

  completeCountries(typed: string, locale: 'fr' | 'en') {
    const labels: Label[] = this.countryCodes.map((code) => ({
      name: countryName(code, locale),
      value: code,
      words: labelWords(countryName(code, 'fr'), countryName(code, 'en'), code),
      rank: 0,
    }));
    return completeLabels(labels, typed);
  }

  stats(): CorpusStats {
    const languages: Record<string, number> = {};
    let lastIngest: string | null = null;
    for (const a of this.corpus.articles) {
      languages[a.language] = (languages[a.language] ?? 0) + 1;
      if (!lastIngest || Date.parse(a.source.ingestedAt) > Date.parse(lastIngest)) lastIngest = a.source.ingestedAt;
    }
    return {
      articles: this.corpus.articles.length,
      events: this.corpus.events.length,
      people: this.people.length,
      sentences: this.corpus.articles.reduce((n, a) => n + a.sentences.length, 0),
      facts: this.corpus.articles.reduce((n, a) => n + a.facts.length, 0),
      lastIngest,
      languages,
      publishers: [...new Set(this.corpus.articles.flatMap((a) => (a.publisher ? [a.publisher] : [])))].sort(),
    };
  }
}

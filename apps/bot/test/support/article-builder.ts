import type { Article, DateRef, EventKind, FactKind } from '@kizuna/model';
import { parseArticle, personKey } from '@kizuna/model';

/** A person named in the text: `at` is a piece of one sentence that names them. */
export interface PersonSpec {
  name: string;
  role?: string;
  country?: string;
  at: string;
}

export interface EventSpec {
  id: string;
  kind: EventKind;
  name: string;
  aliases?: string[];
  ordinal?: number;
  series?: string;
  date?: DateRef;
  place?: { name: string; country: string | null };
  participants?: { name: string; role?: string; country?: string }[];
  outcomes?: string[];
  /** Pieces of sentences that back the event (the whole sentence becomes the evidence). */
  evidence: string[];
}

export interface FactSpec {
  about: string;
  kind: FactKind;
  text: string;
  /** The verbatim quote; it must occur in one sentence. */
  quote: string;
}

export interface ArticleSpec {
  id: string;
  title?: string | null;
  language?: string;
  publisher?: string | null;
  url?: string | null;
  published?: DateRef | null;
  /** Paragraphs, each a list of sentences. */
  paragraphs: string[][];
  people?: PersonSpec[];
  events?: EventSpec[];
  facts?: FactSpec[];
  ingestedAt?: string;
}

/** A date as the model holds it. */
export function date(iso: string, text = iso, basis?: string): DateRef {
  const year = iso.startsWith('--') ? 'unknown' : basis ? 'inferred' : 'stated';
  return basis ? { iso, text, year, basis } : { iso, text, year };
}

/**
 * Builds a valid Article from sentences, computing every offset so that quotes are exact;
 * throws (through parseArticle) when a spec does not fit the model.
 */
export function buildArticle(spec: ArticleSpec): Article {
  let body = '';
  const sentences: Article['sentences'] = [];
  spec.paragraphs.forEach((paragraph, p) => {
    if (p > 0) body += '\n';
    paragraph.forEach((text, i) => {
      if (i > 0) body += ' ';
      sentences.push({
        id: `s${sentences.length + 1}`,
        text,
        start: body.length,
        end: body.length + text.length,
        paragraph: p,
      });
      body += text;
    });
  });
  const locate = (piece: string) => {
    const start = body.indexOf(piece);
    const sentence = sentences.find((s) => start >= s.start && start + piece.length <= s.end);
    if (start < 0 || !sentence) throw new Error(`fixture ${spec.id}: "${piece}" is not inside one sentence`);
    return { articleId: spec.id, sentenceId: sentence.id, start, end: start + piece.length, sentence };
  };
  const source = (piece: string) => {
    const { sentence: _, ...rest } = locate(piece);
    return rest;
  };
  const sentenceOf = (piece: string) => {
    const { sentence } = locate(piece);
    return { articleId: spec.id, sentenceId: sentence.id, start: sentence.start, end: sentence.end };
  };
  const article = {
    id: spec.id,
    title: spec.title ?? null,
    language: spec.language ?? 'fr',
    publisher: spec.publisher ?? null,
    url: spec.url ?? null,
    published: spec.published ?? null,
    dateline: null,
    body,
    sentences,
    removed: [],
    repairs: [],
    people: (spec.people ?? []).map((p) => ({
      name: p.name,
      key: personKey(p.name),
      role: p.role ?? null,
      country: p.country ?? null,
      quote: p.at,
      source: source(p.at),
    })),
    events: (spec.events ?? []).map((e) => ({
      id: e.id,
      kind: e.kind,
      name: e.name,
      aliases: e.aliases ?? [],
      ordinal: e.ordinal ?? null,
      series: e.series ?? null,
      date: e.date ?? null,
      place: e.place ?? null,
      participants: (e.participants ?? []).map((p) => ({
        name: p.name,
        key: personKey(p.name),
        role: p.role ?? null,
        country: p.country ?? null,
      })),
      outcomes: e.outcomes ?? [],
      evidence: e.evidence.map(sentenceOf),
    })),
    facts: (spec.facts ?? []).map((f, i) => ({
      id: `f${i + 1}`,
      about: f.about,
      kind: f.kind,
      text: f.text,
      quote: f.quote,
      source: source(f.quote),
    })),
    source: {
      file: `${spec.id}.txt`,
      sha256: '0'.repeat(64),
      bytes: Buffer.byteLength(body),
      ingestedAt: spec.ingestedAt ?? '2026-01-15T10:00:00.000Z',
    },
    warnings: [],
  };
  return parseArticle(article, `${spec.id}.json`);
}

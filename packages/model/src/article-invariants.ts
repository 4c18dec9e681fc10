import type * as z from 'zod';
import type { ArticleShape } from './article.js';
import type { Sentence, Source } from './source.js';

type ArticleFields = z.infer<typeof ArticleShape>;

/** One broken invariant: where in the article, and what is wrong. */
export interface InvariantIssue {
  path: (string | number)[];
  message: string;
}

const short = (s: string) => JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}...` : s);

function checkUniqueIds(a: ArticleFields, issues: InvariantIssue[]): void {
  const lists = [
    ['sentences', 'sentence', a.sentences],
    ['events', 'event', a.events],
    ['facts', 'fact', a.facts],
  ] as const;
  for (const [path, what, items] of lists) {
    const seen = new Set<string>();
    items.forEach(({ id }, i) => {
      if (seen.has(id)) issues.push({ path: [path, i, 'id'], message: `duplicate ${what} id "${id}"` });
      seen.add(id);
    });
  }
}

function checkSentences(a: ArticleFields, issues: InvariantIssue[]): void {
  const { body } = a;
  a.sentences.forEach((s, i) => {
    if (s.end > body.length || s.start >= s.end) {
      issues.push({
        path: ['sentences', i],
        message: `sentence ${s.id} offsets ${s.start}-${s.end} fall outside the body (${body.length} chars)`,
      });
    } else if (body.slice(s.start, s.end) !== s.text) {
      issues.push({
        path: ['sentences', i, 'text'],
        message: `sentence ${s.id} text ${short(s.text)} is not body.slice(${s.start}, ${s.end}) = ${short(body.slice(s.start, s.end))}`,
      });
    }
  });
}

/** Checks one source: this article, inside the body and its sentence, and the quote its slice. */
function checkSource(
  a: ArticleFields,
  sentences: ReadonlyMap<string, Sentence>,
  issues: InvariantIssue[],
  src: Source,
  path: (string | number)[],
  quote?: string,
): void {
  const { body } = a;
  if (src.articleId !== a.id) {
    issues.push({
      path: [...path, 'articleId'],
      message: `source points at article "${src.articleId}", not this article "${a.id}"`,
    });
  }
  if (src.end > body.length) {
    issues.push({
      path: [...path, 'end'],
      message: `source end ${src.end} is past the end of the body (${body.length} chars)`,
    });
    return;
  }
  const sentence = sentences.get(src.sentenceId);
  if (!sentence) {
    issues.push({
      path: [...path, 'sentenceId'],
      message: `source points at sentence "${src.sentenceId}", which does not exist`,
    });
  } else if (src.start < sentence.start || src.end > sentence.end) {
    issues.push({
      path,
      message: `source ${src.start}-${src.end} is not inside sentence ${sentence.id} (${sentence.start}-${sentence.end})`,
    });
  }
  if (quote !== undefined && body.slice(src.start, src.end) !== quote) {
    issues.push({
      path: [...path.slice(0, -1), 'quote'],
      message: `quote ${short(quote)} is not body.slice(${src.start}, ${src.end}) = ${short(body.slice(src.start, src.end))}`,
    });
  }
}

function checkSources(a: ArticleFields, issues: InvariantIssue[]): void {
  const sentences = new Map(a.sentences.map((s) => [s.id, s]));
  const check = (src: Source, path: (string | number)[], quote?: string) =>
    checkSource(a, sentences, issues, src, path, quote);
  a.people.forEach((p, i) => {
    check(p.source, ['people', i, 'source'], p.quote);
  });
  a.facts.forEach((f, i) => {
    check(f.source, ['facts', i, 'source'], f.quote);
  });
  a.events.forEach((e, i) => {
    e.evidence.forEach((s, j) => {
      check(s, ['events', i, 'evidence', j]);
    });
  });
}

function checkFactSubjects(a: ArticleFields, issues: InvariantIssue[]): void {
  const subjects = new Set([...a.events.map((e) => e.id), ...a.people.map((p) => p.key)]);
  a.facts.forEach((f, i) => {
    if (!subjects.has(f.about)) {
      issues.push({
        path: ['facts', i, 'about'],
        message: `fact ${f.id} is about "${f.about}", which is neither an event id nor a person key of this article`,
      });
    }
  });
}

function checkRepairs(a: ArticleFields, issues: InvariantIssue[]): void {
  const { body } = a;
  a.repairs.forEach((r, i) => {
    if (body.slice(r.start, r.start + r.to.length) !== r.to) {
      issues.push({
        path: ['repairs', i, 'start'],
        message: `repair ${short(r.from)} -> ${short(r.to)}: the body at ${r.start} reads ${short(body.slice(r.start, r.start + r.to.length))}`,
      });
    }
  });
}

/** Checks what types cannot express; returns every broken invariant (empty when the article is sound). */
export function checkArticleInvariants(a: ArticleFields): InvariantIssue[] {
  const issues: InvariantIssue[] = [];
  checkUniqueIds(a, issues);
  checkSentences(a, issues);
  checkSources(a, issues);
  checkFactSubjects(a, issues);
  checkRepairs(a, issues);
  return issues;
}

import type { Article } from '../article.js';
import type { OutcomeReading } from '../corpus.js';
import type { Event } from '../event.js';
import type { Source } from '../source.js';
import { type OutcomeKey, outcomeKey, sameOutcome } from './outcome-key.js';

/** Each outcome an event lists or its facts name, with the sources of its outcome facts (else the event's first sentence). */
function sourcedOutcomes(article: Article, event: Event): { text: string; sources: Source[] }[] {
  const facts = article.facts.filter((f) => f.about === event.id && f.kind === 'outcome');
  return [...new Set([...event.outcomes, ...facts.map((f) => f.text)])].map((text) => {
    const sources = facts.filter((f) => f.text === text).map((f) => f.source);
    return { text, sources: sources.length ? sources : event.evidence.slice(0, 1) };
  });
}

/**
 * One reading per outcome across the articles of a meeting: the same document or decision told by
 * several sources (in either language) is one outcome with every source; the wording most sources
 * give is shown, the others kept as aliases. Outcomes whose numbers differ stay apart.
 */
export function mergeOutcomes(items: readonly { article: Article; event: Event }[]): OutcomeReading[] {
  const out: (OutcomeReading & { key: OutcomeKey })[] = [];
  for (const { article, event } of items) {
    for (const o of sourcedOutcomes(article, event)) {
      const key = outcomeKey(o.text);
      const seen = out.find((r) => sameOutcome(r.key, key));
      if (!seen) {
        out.push({ text: o.text, aliases: [], sources: [...o.sources], key });
        continue;
      }
      seen.sources.push(...o.sources.filter((s) => !seen.sources.some((x) => sameSource(x, s))));
      if (o.text !== seen.text && !seen.aliases.includes(o.text)) seen.aliases.push(o.text);
    }
  }
  return out.map(({ key: _, ...r }) => r);
}

const sameSource = (a: Source, b: Source) => a.articleId === b.articleId && a.start === b.start && a.end === b.end;

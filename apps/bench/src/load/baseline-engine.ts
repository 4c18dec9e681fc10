import type { Article } from '@kizuna/model';
import MiniSearch from 'minisearch';

/**
 * The baseline answers the same questions with MiniSearch at its defaults (no stemming, no
 * folding, no prefix or fuzzy search) over the articles as stored, and autocomplete with a plain
 * scan of the labels. It renders no reply, so its latencies are a floor, not a like-for-like.
 */
export class BaselineEngine {
  private readonly meetings = new MiniSearch<{ id: string; name: string; who: string; where: string }>({
    fields: ['name', 'who', 'where'],
  });
  private readonly people = new MiniSearch<{ id: string; name: string }>({ fields: ['name'] });
  private readonly sentences = new MiniSearch<{ id: string; text: string }>({ fields: ['text'] });
  private readonly labels: { folded: string; name: string }[] = [];

  constructor(articles: readonly Article[]) {
    const seenPeople = new Set<string>();
    for (const a of articles) {
      this.meetings.addAll(
        a.events.map((e) => ({
          id: `${a.id}/${e.id}`,
          name: [e.name, ...e.aliases].join(' '),
          who: e.participants.map((p) => p.name).join(' '),
          where: e.place?.name ?? '',
        })),
      );
      for (const e of a.events) this.labels.push({ folded: fold(e.name), name: e.name });
      for (const p of a.people) {
        if (seenPeople.has(p.name)) continue;
        seenPeople.add(p.name);
        this.people.add({ id: p.name, name: p.name });
        this.labels.push({ folded: fold(p.name), name: p.name });
      }
      this.sentences.addAll(a.sentences.map((s) => ({ id: `${a.id}/${s.id}`, text: s.text })));
    }
  }

  meeting(q: string) {
    return this.meetings.search(q)[0] ?? null;
  }

  person(q: string) {
    return this.people.search(q)[0] ?? null;
  }

  search(q: string) {
    return this.sentences.search(q).slice(0, 5);
  }

  autocomplete(typed: string) {
    const t = fold(typed);
    const out: string[] = [];
    for (const l of this.labels) {
      if (l.folded.includes(t)) out.push(l.name);
      if (out.length === 25) break;
    }
    return out;
  }
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

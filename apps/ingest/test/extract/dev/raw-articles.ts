// Dev harness only: turns raw .txt files into rough articles (naive sentences, no cleaning) and runs
// extract on them, so extraction can be scored before the ingest CLI exists:
//   pnpm exec tsx --conditions=@kizuna/source apps/ingest/test/extract/dev/raw-articles.ts DIR > /tmp/a.json
//   node ../shared/eval/score.mjs --gold GOLD --texts DIR --articles /tmp/a.json
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import * as chrono from 'chrono-node';
import { extract } from '../../../src/extract/index.js';

const dir = process.argv[2] ?? '.';
const seg = new Intl.Segmenter('fr', { granularity: 'sentence' });
const out = [];
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()) {
  const body = readFileSync(join(dir, file), 'utf8').normalize('NFC');
  const sentences: { id: string; text: string; start: number; end: number; paragraph: number }[] = [];
  let offset = 0;
  let paragraph = 0;
  for (const line of body.split('\n')) {
    let pending: { start: number; text: string } | null = null;
    for (const s of seg.segment(line)) {
      const start = offset + s.index;
      if (pending && /(?:\bM|MM|Mme|Dr|Jr|Mr|Lt|Gen|Sen|Col|n°)\.\s*$/u.test(pending.text)) {
        pending = { start: pending.start, text: pending.text + s.segment };
      } else {
        if (pending) push(pending);
        pending = { start, text: s.segment };
      }
    }
    if (pending) push(pending);
    offset += line.length + 1;
    paragraph++;
  }
  function push(p: { start: number; text: string }) {
    const text = p.text.trimEnd();
    const lead = text.length - text.trimStart().length;
    if (!text.trim()) return;
    sentences.push({
      id: `s${sentences.length + 1}`,
      text: text.trimStart(),
      start: p.start + lead,
      end: p.start + text.length,
      paragraph,
    });
  }
  const head = body.slice(0, 300);
  const lang =
    /\b(the|and|of)\b/.test(body.slice(0, 2000)) && !/\b(le|les|des)\b/.test(body.slice(0, 600)) ? 'en' : 'fr';
  const d = chrono.en.strict.parse(head)[0] ?? chrono.fr.strict.parse(head)[0];
  const published =
    d?.start.isCertain('year') && d.start.isCertain('day')
      ? { iso: d.start.date().toISOString().slice(0, 10), text: d.text, year: 'stated' as const }
      : null;
  const dl = /^([A-ZÀ-Ý][A-Za-zÀ-ÿ ]+?)(?:,[^—–\n]*)?\s+[—–]/m.exec(body);
  const id = basename(file, '.txt')
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, '-');
  const x = extract({
    id,
    title: null,
    language: lang,
    body,
    sentences,
    published,
    dateline: dl?.[1] ? { place: dl[1], date: null, agency: null } : null,
  });
  out.push({ id, language: lang, body, sentences, published, source: { file }, ...x });
}
process.stdout.write(JSON.stringify(out));

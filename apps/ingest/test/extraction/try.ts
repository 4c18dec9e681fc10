// Dev helper: prints what extraction finds in the text given as argument (one sentence per line).
//   pnpm exec tsx --conditions=@kizuna/source apps/ingest/test/extraction/try.ts en "Sentence one." "Sentence two."
import { extract, inputFrom } from '../support/extraction.js';

const [language = 'fr', ...lines] = process.argv.slice(2);
const out = extract(
  inputFrom(lines.join('\n'), { language, published: { iso: '2024-06-04', text: '4 June 2024', year: 'stated' } }),
);
for (const p of out.people) console.log('P', p.name, '|', p.role, '|', p.country, '|', p.quote);
for (const e of out.events)
  console.log(
    'E',
    e.kind,
    '|',
    e.name,
    '|',
    e.ordinal,
    '|',
    e.date?.iso,
    e.date?.text,
    '|',
    e.place?.name,
    '|',
    e.participants.map((p) => `${p.name} (${p.role}; ${p.country})`).join(', '),
  );

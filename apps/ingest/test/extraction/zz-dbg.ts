import { resources as r } from '../support/resources.js';
const t = process.argv[2] ?? '';
console.log(JSON.stringify(r.gazetteer.find(t).map((h) => [h.text, h.type, h.country])));
console.log(JSON.stringify(r.titles.find(t).map((h) => [h.text, h.priority])));
for (const w of process.argv.slice(3)) console.log(w, r.isCommonWord(w));

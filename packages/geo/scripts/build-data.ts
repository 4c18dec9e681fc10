// Regenerates data/geo.json and data/cities.tsv from the data packages and data/overlay.json:
// `pnpm --filter @kizuna/geo build:data`.
import { writeFileSync } from 'node:fs';
import { citiesFilePath, geoFilePath } from '../src/geo-file.js';
import { formatCities, formatGeoFile, generateGeoData } from './build/generate.js';

const { file, cities } = generateGeoData();
const json = formatGeoFile(file);
const tsv = formatCities(cities);
writeFileSync(geoFilePath, json);
writeFileSync(citiesFilePath, tsv);
const count = (pick: (c: (typeof file.countries)[number]) => readonly string[]) =>
  file.countries.reduce((n, c) => n + pick(c).length, 0);
const withNames = cities.filter(([, , , , fr, local, ...alt]) => fr || local || alt.length > 0).length;
process.stderr.write(
  `wrote geo.json (${(json.length / 1024).toFixed(0)} KiB) and cities.tsv (${(tsv.length / 1024).toFixed(0)} KiB): ` +
    `${file.countries.length} countries, ${count((c) => c.names)} names and ${count((c) => c.acronyms)} acronyms, ` +
    `${count((c) => c.demonyms.fr)} French and ${count((c) => c.demonyms.en)} English demonym forms, ` +
    `${count((c) => c.prefixes)} prefixes, ${cities.length} cities (${withNames} with other names), ` +
    `${file.guarded.length} guarded names\n`,
);

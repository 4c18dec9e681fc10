// One measurement for load-geo.ts: the module is imported first, so only loading is timed.
import { loadGeo } from '../src/index.js';

const t0 = performance.now();
const geo = loadGeo();
const t1 = performance.now();
geo.cityByName('Paris');
const t2 = performance.now();
geo.phrases();
const t3 = performance.now();
process.stdout.write(JSON.stringify({ load: t1 - t0, cities: t2 - t1, phrases: t3 - t2 }));

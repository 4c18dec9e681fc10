// One measurement for load-geo.ts: the module is imported first, so only loading is timed, in
// wall-clock and in CPU milliseconds (the second is less disturbed by other work on the machine).
import { loadGeo } from '../src/index.js';

const cpu = (since: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
};
const time = (f: () => unknown) => {
  const t = performance.now();
  const c = process.cpuUsage();
  f();
  return { wall: performance.now() - t, cpu: cpu(c) };
};
let geo: ReturnType<typeof loadGeo> | undefined;
const load = time(() => {
  geo = loadGeo();
});
const cities = time(() => geo?.cityByName('Paris'));
const phrases = time(() => geo?.phrases());
process.stdout.write(JSON.stringify({ load, cities, phrases }));

import type { HttpResult } from '../http/http-bench.js';
import type { IngestResult, LoadResult } from '../results.js';
import type { Latency } from '../stats.js';

/** One line of the results table: Kizuna beside its baseline, the ratio, and the goal if any. */
export interface Row {
  metric: string;
  n: string;
  kizuna: string;
  baseline: string;
  /** kizuna / baseline for rates, baseline / kizuna for times: above 1 means Kizuna is better. */
  ratio: string;
  goal: string;
  met: '' | 'yes' | 'NO';
}

const f = (x: number, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : 'n/a');
const ratio = (better: number, worse: number) => (worse > 0 ? `${f(better / worse, 2)}×` : 'n/a');
const met = (ok: boolean | null): Row['met'] => (ok === null ? '' : ok ? 'yes' : 'NO');

export function ingestRows(r: IngestResult): Row[] {
  return [
    {
      metric: 'ingest articles/s',
      n: String(r.articles),
      kizuna: f(r.perSec),
      baseline: f(r.baseline.perSec),
      ratio: ratio(r.perSec, r.baseline.perSec),
      goal: '≥ 300',
      met: met(r.perSec >= 300),
    },
    {
      metric: 'ingest MB/s',
      n: String(r.articles),
      kizuna: f(r.mbPerSec, 3),
      baseline: f(r.baseline.mbPerSec, 2),
      ratio: ratio(r.mbPerSec, r.baseline.mbPerSec),
      goal: '',
      met: '',
    },
    ...storingRows(r),
    {
      metric: 'start-up: resources (loadResources) ms',
      n: '',
      kizuna: f(r.startup.resourcesMs, 0),
      baseline: '0',
      ratio: '',
      goal: '',
      met: '',
    },
    {
      metric: 'start-up: module import ms',
      n: '',
      kizuna: f(r.startup.importMs, 0),
      baseline: '',
      ratio: '',
      goal: '',
      met: '',
    },
  ];
}

export function loadRows(n: number, first: LoadResult, k: LoadResult, b: LoadResult): Row[] {
  const atGoalN = n === 10_000;
  const base = b.loadMs + b.indexMs;
  const loadRow = (r: LoadResult, metric: string): Row => {
    const total = r.loadMs + r.indexMs;
    return {
      metric,
      n: String(n),
      kizuna: `${f(total, 0)} (${f(r.loadMs, 0)} + ${f(r.indexMs, 0)})`,
      baseline: `${f(base, 0)} (${f(b.loadMs, 0)} + ${f(b.indexMs, 0)})`,
      ratio: ratio(base, total),
      goal: atGoalN ? '≤ 2000' : '',
      met: atGoalN ? met(total <= 2000) : '',
    };
  };
  const rssRow = (r: LoadResult, metric: string): Row => ({
    metric,
    n: String(n),
    kizuna: f(r.maxRssMb, 0),
    baseline: f(b.maxRssMb, 0),
    ratio: ratio(b.maxRssMb, r.maxRssMb),
    goal: atGoalN ? '≤ 400' : '',
    met: atGoalN ? met(r.maxRssMb <= 400) : '',
  });
  const rows: Row[] = [
    loadRow(first, 'load + index ms, first start (reads every file, writes the snapshot)'),
    loadRow(k, 'load + index ms, next start (unchanged files from the snapshot)'),
    rssRow(first, 'peak RSS MB, first start'),
    rssRow(k, 'peak RSS MB, next start'),
  ];
  const goals: Record<string, number> = { autocomplete: 5, meeting: 20 };
  const pair = (kl: Latency | undefined, bl: Latency | undefined, metric: string, goal?: number): Row => ({
    metric,
    n: String(n),
    kizuna: kl ? `${f(kl.p50, 2)} / ${f(kl.p99, 2)}` : 'n/a',
    baseline: bl ? `${f(bl.p50, 2)} / ${f(bl.p99, 2)}` : '',
    ratio: kl && bl ? ratio(bl.p99, kl.p99) : '',
    goal: goal ? `p99 ≤ ${goal}` : '',
    met: goal && kl ? met(kl.p99 <= goal) : '',
  });
  for (const cmd of ['meeting', 'person', 'search'] as const) {
    rows.push(pair(k.lookup?.[cmd], b.lookup?.[cmd], `${cmd} lookup p50 / p99 ms`));
    const goal = atGoalN ? goals[cmd] : undefined;
    // the baseline renders no reply: nothing to set beside the whole reply
    rows.push(pair(k.latency?.[cmd], undefined, `/${cmd} whole reply p50 / p99 ms`, goal));
  }
  rows.push(
    pair(
      k.latency?.autocomplete,
      b.latency?.autocomplete,
      'autocomplete p50 / p99 ms',
      atGoalN ? goals.autocomplete : undefined,
    ),
  );
  return rows;
}

/** The store-backed engine beside the in-memory one (next start) and MiniSearch, held to the store's goals at 10k. */
export function storeRows(n: number, s: LoadResult, k: LoadResult | null, b: LoadResult): Row[] {
  const atGoalN = n === 10_000;
  const goal = (text: string, ok: boolean): Pick<Row, 'goal' | 'met'> =>
    atGoalN ? { goal: text, met: met(ok) } : { goal: '', met: '' };
  const versus = (
    metric: string,
    store: string,
    memory: string,
    ours: number,
    theirs: number,
    g: Pick<Row, 'goal' | 'met'>,
  ): Row => ({
    metric,
    n: String(n),
    kizuna: store,
    baseline: memory,
    ratio: ratio(theirs, ours),
    ...g,
  });
  const lat = (l: Latency | undefined) => (l ? `${f(l.p50, 2)} / ${f(l.p99, 2)}` : 'n/a');
  const memStart = k ? k.loadMs + k.indexMs : Number.NaN;
  const rows: Row[] = [
    versus(
      'store: start ms (open + meetings, people, headers; vs in-memory next start)',
      f(s.loadMs, 0),
      f(memStart, 0),
      s.loadMs,
      memStart,
      goal('≤ 500', s.loadMs <= 500),
    ),
    versus(
      'store: peak RSS MB (vs in-memory next start)',
      f(s.maxRssMb, 0),
      k ? f(k.maxRssMb, 0) : '',
      s.maxRssMb,
      k?.maxRssMb ?? Number.NaN,
      goal('≤ 300', s.maxRssMb <= 300),
    ),
  ];
  const goals: Record<string, number> = { meeting: 10, search: 20 };
  for (const cmd of ['meeting', 'person', 'search'] as const) {
    const sl = s.latency?.[cmd];
    const g = goals[cmd];
    rows.push(
      versus(
        `store: /${cmd} whole reply p50 / p99 ms (vs in-memory)`,
        lat(sl),
        lat(k?.latency?.[cmd]),
        sl?.p99 ?? Number.NaN,
        k?.latency?.[cmd]?.p99 ?? Number.NaN,
        g && sl ? goal(`p99 ≤ ${g}`, sl.p99 <= g) : { goal: '', met: '' },
      ),
    );
  }
  for (const cmd of ['meeting', 'search'] as const) {
    const sl = s.lookup?.[cmd];
    rows.push(
      versus(
        `store: ${cmd} lookup p50 / p99 ms (vs MiniSearch)`,
        lat(sl),
        lat(b.lookup?.[cmd]),
        sl?.p99 ?? Number.NaN,
        b.lookup?.[cmd]?.p99 ?? Number.NaN,
        { goal: '', met: '' },
      ),
    );
  }
  const ac = s.latency?.autocomplete;
  rows.push(
    versus(
      'store: autocomplete p50 / p99 ms (vs MiniSearch)',
      lat(ac),
      lat(b.latency?.autocomplete),
      ac?.p99 ?? Number.NaN,
      b.latency?.autocomplete?.p99 ?? Number.NaN,
      ac ? goal('p99 ≤ 5', ac.p99 <= 5) : { goal: '', met: '' },
    ),
  );
  if (s.freshSourceMs !== undefined) {
    rows.push(
      versus(
        'store: new article answered (/source, /search), ms after its write',
        f(s.freshSourceMs, 0),
        '',
        s.freshSourceMs,
        Number.NaN,
        goal('≤ 1000', s.freshSourceMs <= 1000),
      ),
    );
  }
  if (s.freshMs !== undefined) {
    rows.push(
      versus(
        'store: new article in meetings and people, ms after its write',
        f(s.freshMs, 0),
        '',
        s.freshMs,
        Number.NaN,
        goal('≤ 1000', s.freshMs <= 1000),
      ),
    );
  }
  if (s.importPerSec) {
    rows.push(
      versus('store: made from the folder, articles/s (once)', f(s.importPerSec, 0), '', s.importPerSec, Number.NaN, {
        goal: '',
        met: '',
      }),
    );
  }
  return rows;
}

export function httpRows(n: number, k: HttpResult, b: HttpResult): Row[] {
  const errors = k.errors + k.non2xx + k.timeouts;
  return [
    {
      metric: 'HTTP req/s (signed, loopback)',
      n: String(n),
      kizuna: f(k.reqPerSec, 0),
      baseline: f(b.reqPerSec, 0),
      ratio: ratio(k.reqPerSec, b.reqPerSec),
      goal: '≥ 1000',
      met: met(k.reqPerSec >= 1000),
    },
    {
      metric: 'HTTP p50 / p99 ms',
      n: String(n),
      kizuna: `${k.p50Ms} / ${k.p99Ms}`,
      baseline: `${b.p50Ms} / ${b.p99Ms}`,
      ratio: ratio(b.p99Ms, k.p99Ms),
      goal: '',
      met: '',
    },
    {
      metric: 'HTTP errors (socket + non-2xx + timeouts)',
      n: String(n),
      kizuna: `${errors} of ${k.requests}`,
      baseline: `${b.errors + b.non2xx + b.timeouts} of ${b.requests}`,
      ratio: '',
      goal: '0',
      met: met(errors === 0),
    },
  ];
}

/** A corpus size whose Kizuna run did not finish in time: the finding itself. */
export function timedOutRow(n: number, limitMs: number, b: LoadResult | null): Row {
  return {
    metric: 'load + index ms, first or next start',
    n: String(n),
    kizuna: `did not finish in ${(limitMs / 1000).toFixed(0)} s`,
    baseline: b ? `${f(b.loadMs + b.indexMs, 0)} (${f(b.loadMs, 0)} + ${f(b.indexMs, 0)})` : 'n/a',
    ratio: '',
    goal: n === 10_000 ? '≤ 2000' : '',
    met: n === 10_000 ? 'NO' : '',
  };
}

/** The endpoint could not be measured (it did not start): the reason stands in the table. */
export function httpFailedRow(n: number, why: string): Row {
  return {
    metric: 'HTTP req/s (signed, loopback)',
    n: String(n),
    kizuna: why,
    baseline: '',
    ratio: '',
    goal: '≥ 1000',
    met: 'NO',
  };
}

/** Pipeline and writing together: the store's way (kizuna) beside the files' way it replaced. */
function storingRows(r: IngestResult): Row[] {
  const s = r.storing;
  if (!s) return [];
  // a second of pipeline work per `perSec` articles, then the writing
  const endToEnd = (writePerSec: number) => 1 / (1 / r.perSec + 1 / writePerSec);
  return [
    {
      metric: 'ingest + write articles/s (store vs JSON files)',
      n: String(r.articles),
      kizuna: f(endToEnd(s.storePerSec)),
      baseline: f(endToEnd(s.filesPerSec)),
      ratio: ratio(endToEnd(s.storePerSec), endToEnd(s.filesPerSec)),
      goal: '≥ files',
      met: met(s.storePerSec >= s.filesPerSec),
    },
    {
      metric: 'ingest + write articles/s (store + JSON mirror vs JSON files)',
      n: String(r.articles),
      kizuna: f(endToEnd(s.mirrorPerSec)),
      baseline: f(endToEnd(s.filesPerSec)),
      ratio: ratio(endToEnd(s.mirrorPerSec), endToEnd(s.filesPerSec)),
      goal: '≥ files',
      met: met(s.mirrorPerSec >= s.filesPerSec),
    },
    {
      metric: 'putArticle ms (mean / p99)',
      n: String(r.articles),
      kizuna: `${f(s.putMs.mean, 2)} / ${f(s.putMs.p99, 2)}`,
      baseline: '',
      ratio: '',
      goal: '',
      met: '',
    },
  ];
}

import type { HttpResult } from '../http/http-bench.js';
import type { IngestResult, LoadResult } from '../results.js';

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
    {
      metric: 'start-up: lexicons (repair + extract) ms',
      n: '',
      kizuna: f(r.startup.repairLexiconMs + r.startup.extractLexiconMs, 0),
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

export function loadRows(n: number, k: LoadResult, b: LoadResult): Row[] {
  const atGoalN = n === 10_000;
  const total = k.loadMs + k.indexMs;
  const rows: Row[] = [
    {
      metric: 'load + index ms',
      n: String(n),
      kizuna: `${f(total, 0)} (${f(k.loadMs, 0)} + ${f(k.indexMs, 0)})`,
      baseline: `${f(b.loadMs + b.indexMs, 0)} (${f(b.loadMs, 0)} + ${f(b.indexMs, 0)})`,
      ratio: ratio(b.loadMs + b.indexMs, total),
      goal: atGoalN ? '≤ 2000' : '',
      met: atGoalN ? met(total <= 2000) : '',
    },
    {
      metric: 'peak RSS MB',
      n: String(n),
      kizuna: f(k.maxRssMb, 0),
      baseline: f(b.maxRssMb, 0),
      ratio: ratio(b.maxRssMb, k.maxRssMb),
      goal: atGoalN ? '≤ 400' : '',
      met: atGoalN ? met(k.maxRssMb <= 400) : '',
    },
  ];
  const goals: Record<string, number> = { autocomplete: 5, meeting: 20 };
  for (const cmd of ['meeting', 'person', 'search', 'autocomplete'] as const) {
    const kl = k.latency[cmd];
    const bl = b.latency[cmd];
    const goal = atGoalN ? goals[cmd] : undefined;
    rows.push({
      metric: `${cmd === 'autocomplete' ? 'autocomplete' : `/${cmd}`} p50 / p99 ms`,
      n: String(n),
      kizuna: `${f(kl.p50, 2)} / ${f(kl.p99, 2)}`,
      baseline: `${f(bl.p50, 2)} / ${f(bl.p99, 2)}`,
      ratio: ratio(bl.p99, kl.p99),
      goal: goal ? `p99 ≤ ${goal}` : '',
      met: goal ? met(kl.p99 <= goal) : '',
    });
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
    metric: 'load + index ms',
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

import { parseArgs } from 'node:util';
import * as z from 'zod';
import { BenchError } from './child-output.js';

export const BenchArgs = z.object({
  quick: z.boolean(),
  n: z.array(z.int().positive()).min(1),
  seed: z.int(),
  /** Articles at most that go through the real pipeline per corpus; more are clones. */
  realMax: z.int().positive(),
  ingestCount: z.int().positive(),
  queries: z.int().positive(),
  rounds: z.int().positive(),
  httpSeconds: z.int().positive(),
  /** A load/latency child still running after this long is stopped and reported as such. */
  childTimeoutMs: z.int().positive(),
  /** Where to write the results (BENCHMARKS.md), or null to only print them. */
  out: z.string().nullable(),
});
export type BenchArgs = z.infer<typeof BenchArgs>;

export const USAGE = `usage: pnpm bench [--quick] [--n 1000,10000,100000] [--seed 42] [--out FILE | --no-write]

  --quick        small corpus and short runs: about a minute (does not write BENCHMARKS.md unless --out)
  --n LIST       corpus sizes (default 1000,10000,100000; quick: 300)
  --real-max N   generated articles ingested by the real pipeline per corpus (default 10000); more are clones
  --child-timeout S  stop a load/latency run still going after S seconds (default 900; quick: 120)
  --out FILE     write the results there (default: BENCHMARKS.md at the repository root for a full run)
`;

export function parseBenchArgs(argv: readonly string[], repoFile: string): BenchArgs {
  let v: Record<string, string | boolean | undefined>;
  try {
    v = parseArgs({
      args: [...argv],
      options: {
        quick: { type: 'boolean' },
        n: { type: 'string' },
        seed: { type: 'string' },
        'real-max': { type: 'string' },
        out: { type: 'string' },
        'no-write': { type: 'boolean' },
        'http-seconds': { type: 'string' },
        'child-timeout': { type: 'string' },
      },
    }).values;
  } catch (error) {
    throw new BenchError('BAD_USAGE', `${(error as Error).message}\n\n${USAGE}`, { cause: error });
  }
  const quick = v.quick === true;
  const parsed = BenchArgs.safeParse({
    quick,
    n: (typeof v.n === 'string' ? v.n : quick ? '300' : '1000,10000,100000').split(',').map(Number),
    seed: Number(v.seed ?? 42),
    realMax: Number(v['real-max'] ?? 10_000),
    ingestCount: quick ? 30 : 300,
    queries: quick ? 40 : 150,
    rounds: quick ? 2 : 3,
    httpSeconds: Number(v['http-seconds'] ?? (quick ? 3 : 10)),
    childTimeoutMs: Number(v['child-timeout'] ?? (quick ? 120 : 900)) * 1000,
    out: v['no-write'] ? null : typeof v.out === 'string' ? v.out : quick ? null : repoFile,
  });
  if (!parsed.success) throw new BenchError('BAD_USAGE', `${z.prettifyError(parsed.error)}\n\n${USAGE}`);
  return parsed.data;
}

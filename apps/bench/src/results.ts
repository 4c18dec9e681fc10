import * as z from 'zod';

// What each child process reports; the parent validates it (a boundary like any other).

export const WriteResult = z.object({ written: z.number(), rejected: z.number(), ms: z.number() });

export const IngestResult = z.object({
  articles: z.number(),
  rejected: z.number(),
  bytes: z.number(),
  ms: z.number(),
  perSec: z.number(),
  mbPerSec: z.number(),
  baseline: z.object({ perSec: z.number(), mbPerSec: z.number() }),
  startup: z.object({
    importMs: z.number(),
    resourcesMs: z.number(),
    firstArticleMs: z.number(),
  }),
  /** Writing the built articles away: files (before the store) and the store (see store-run). */
  storing: z
    .object({
      filesPerSec: z.number(),
      storePerSec: z.number(),
      mirrorPerSec: z.number(),
      putMs: z.object({ mean: z.number(), p50: z.number(), p99: z.number() }),
    })
    .optional(),
  /** Time per pipeline stage, from the stage list's own timing (`timeStages`), slowest first. */
  stages: z.array(z.object({ stage: z.string(), ms: z.number(), share: z.number() })),
});
export type IngestResult = z.infer<typeof IngestResult>;

const Latency = z.object({ p50: z.number(), p99: z.number(), samples: z.number() });

export const LoadResult = z.object({
  engine: z.enum(['kizuna', 'baseline', 'store']),
  /** Kizuna: a first start reads every file (and writes the snapshot); a next start uses the snapshot. */
  start: z.enum(['first', 'next']).nullable(),
  articles: z.number(),
  events: z.number(),
  loadMs: z.number(),
  indexMs: z.number(),
  maxRssMb: z.number(),
  heapUsedMb: z.number(),
  /** Whole answers: Kizuna's replies as sent (the baseline has no reply: its lookups). */
  latency: z.object({ meeting: Latency, person: Latency, search: Latency, autocomplete: Latency }).nullable(),
  /** The lookup alone (which meeting, person, sentences), like for like with the baseline. */
  lookup: z.object({ meeting: Latency, person: Latency, search: Latency }).nullable(),
  /** The store: articles per second when this run made it (null: it was there). */
  importPerSec: z.number().nullable().optional(),
  /** The store: ms from a new article's write until the engine's meetings and people hold it. */
  freshMs: z.number().optional(),
  /** The store: ms from a new article's write until /source answers it (search reads it at the same time). */
  freshSourceMs: z.number().optional(),
});
export type LoadResult = z.infer<typeof LoadResult>;

import * as z from 'zod';

/** The part of a V8 .cpuprofile this reads (`node --cpu-prof`, or the inspector's Profiler.stop). */
export const CpuProfile = z.object({
  nodes: z.array(
    z.object({
      id: z.number(),
      callFrame: z.object({ functionName: z.string(), url: z.string() }),
      children: z.array(z.number()).optional(),
    }),
  ),
  samples: z.array(z.number()),
  timeDeltas: z.array(z.number()),
});
export type CpuProfile = z.infer<typeof CpuProfile>;

/**
 * The stage a sample belongs to: the innermost frame in the ingest sources names it by its folder
 * (extract/dates, repair, blocks…), so library time (chrono, franc, zod) counts for the stage
 * that called it. Validation through the model package is its own stage.
 */
function stageOf(urls: readonly string[]): string {
  for (const url of urls) {
    if (url.includes('/packages/model/src/parse-article') || url.includes('/packages/model/src/article'))
      return 'validate (model)';
    const m = /\/apps\/ingest\/src\/([^/]+)(?:\/([^/]+)\/)?/.exec(url);
    if (m?.[1]) return m[1] === 'extract' && m[2] ? `extract/${m[2]}` : (m[1] ?? 'other');
  }
  return 'other';
}

/** Share of the sampled time per ingest stage, largest first, with the hottest functions of each. */
export function stageShares(profile: CpuProfile): { stage: string; ms: number; share: number; top: string }[] {
  const parent = new Map<number, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const stages = new Map<string, { us: number; fns: Map<string, number> }>();
  let total = 0;
  for (const [id, us] of self) {
    const node = byId.get(id);
    if (!node || node.callFrame.functionName === '(idle)' || node.callFrame.functionName === '(program)') continue;
    const urls: string[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at))
      urls.push(byId.get(at)?.callFrame.url ?? '');
    // the profiler's own stop (serialising the profile) is not ingest work
    if (urls.includes('node:inspector')) continue;
    const stage = node.callFrame.functionName === '(garbage collector)' ? 'gc' : stageOf(urls);
    const entry = stages.get(stage) ?? { us: 0, fns: new Map() };
    entry.us += us;
    const fn = `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.split('/').slice(-2).join('/')}`;
    entry.fns.set(fn, (entry.fns.get(fn) ?? 0) + us);
    stages.set(stage, entry);
    total += us;
  }
  return [...stages.entries()]
    .map(([stage, { us, fns }]) => ({
      stage,
      ms: us / 1000,
      share: total ? us / total : 0,
      top: [...fns.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '',
    }))
    .sort((a, b) => b.ms - a.ms);
}

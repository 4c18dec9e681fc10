/** The q-quantile (0..1) of samples, nearest-rank. */
export function quantile(samples: readonly number[], q: number): number {
  if (!samples.length) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

export interface Latency {
  p50: number;
  p99: number;
  samples: number;
}

export function latency(samples: readonly number[]): Latency {
  return { p50: quantile(samples, 0.5), p99: quantile(samples, 0.99), samples: samples.length };
}

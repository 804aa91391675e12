export interface LatencySummary {
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly p99Ms: number;
}

export function summarizeLatencies(samplesMs: readonly number[]): LatencySummary {
  if (samplesMs.length === 0) throw new Error('No latency samples: nothing was measured');
  const sorted = [...samplesMs].sort((a, b) => a - b);
  return { p50Ms: percentile(sorted, 0.5), p95Ms: percentile(sorted, 0.95), p99Ms: percentile(sorted, 0.99) };
}

/** Nearest-rank percentile: the smallest sample that at least `fraction` of the samples do not exceed. */
function percentile(ascending: readonly number[], fraction: number): number {
  return ascending[Math.max(0, Math.ceil(fraction * ascending.length) - 1)];
}

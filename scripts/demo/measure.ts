/** Timing helpers for the benchmark: samples in milliseconds, median and 95th percentile. */
import os from 'node:os';

export interface Summary {
  samples: number;
  median: number;
  p95: number;
  max: number;
}

/** Nearest-rank percentile of sorted samples. */
/** A line of a benchmark's results table: what is measured, its target and what was found. */
export interface BenchRow {
  measure: string;
  target: string;
  limitMs: number | null;
  /** Which statistic the target is about. */
  on: 'median' | 'p95';
  summary: Summary | null;
  note?: string;
}

export function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(fraction * sorted.length)));
  return sorted[rank - 1] ?? Number.NaN;
}

export function summarise(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    samples: sorted.length,
    median: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    max: sorted[sorted.length - 1] ?? Number.NaN,
  };
}

export async function time(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

/**
 * Runs every case once to warm caches (SQLite's page cache, V8's compiled code), then `rounds`
 * times in turn, so that no case profits from running right after itself. Samples by case, in
 * the order of `cases`.
 */
export async function measureCases<T>(
  cases: readonly T[],
  rounds: number,
  run: (item: T) => Promise<unknown>,
): Promise<number[][]> {
  for (const item of cases) await run(item);
  const samples = cases.map((): number[] => []);
  for (let round = 0; round < rounds; round++) {
    for (const [index, item] of cases.entries()) samples[index]?.push(await time(() => run(item)));
  }
  return samples;
}

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  sqlite: string;
  /** 1-minute load average when the run started and when it ended: other work skews timings. */
  load: string;
}

export const loadAverage = (): number => os.loadavg()[0] ?? 0;

export function describeMachine(sqliteVersion: string, loadAtStart: number): Machine {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()} (${os.arch()})`,
    node: process.version,
    sqlite: sqliteVersion,
    load: `${loadAtStart.toFixed(2)} at the start, ${loadAverage().toFixed(2)} at the end`,
  };
}

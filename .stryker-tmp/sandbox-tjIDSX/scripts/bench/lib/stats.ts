/** Summary statistics of benchmark samples. */
// @ts-nocheck


/** The `q`-quantile (0–1) of `samples` by nearest rank; `NaN` for no samples. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank]!;
}

export const median = (samples: readonly number[]): number => quantile(samples, 0.5);
export const p99 = (samples: readonly number[]): number => quantile(samples, 0.99);

/** Smallest and largest of `samples`. */
export function range(samples: readonly number[]): { min: number; max: number } {
  return { min: Math.min(...samples), max: Math.max(...samples) };
}

/**
 * The contenders in a different order each round, so none always runs first (or right after another):
 * even rounds rotate the list one step further each time, odd rounds run the previous round backwards.
 */
export function rotation<T>(items: readonly T[], round: number): T[] {
  const shift = Math.floor(round / 2) % items.length;
  const rotated = [...items.slice(shift), ...items.slice(0, shift)];
  return round % 2 === 1 ? rotated.reverse() : rotated;
}

/** Runs `task` until `count` calls are done or `budgetMs` has passed, whichever comes first; returns how many ran. */
export async function boundedLoop(count: number, budgetMs: number, task: (index: number) => Promise<void>): Promise<number> {
  const deadline = performance.now() + budgetMs;
  let done = 0;
  while (done < count && performance.now() < deadline) await task(done++);
  return done;
}

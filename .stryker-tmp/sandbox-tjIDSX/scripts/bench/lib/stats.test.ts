// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { boundedLoop, median, p99, quantile, rotation } from './stats.ts';

describe('quantiles', () => {
  it('takes the nearest rank, whatever the order of the samples', () => {
    const samples = [5, 1, 4, 2, 3];
    expect(median(samples)).toBe(3);
    expect(quantile(samples, 0)).toBe(1);
    expect(quantile(samples, 1)).toBe(5);
    expect(p99(Array.from({ length: 200 }, (_, i) => 200 - i))).toBe(198);
  });

  it('is NaN for no samples rather than a made-up number', () => {
    expect(median([])).toBeNaN();
  });
});

describe('rotation', () => {
  const contenders = ['a', 'b', 'c', 'd'];
  const rounds = Array.from({ length: 8 }, (_, round) => rotation(contenders, round));

  it('runs every contender in every round', () => {
    for (const order of rounds) expect([...order].sort()).toEqual(contenders);
  });

  it('lets each contender go first at least once and each pair meet in both orders', () => {
    expect(new Set(rounds.map((order) => order[0]))).toEqual(new Set(contenders));
    for (const x of contenders) {
      for (const y of contenders) {
        if (x !== y) expect(rounds.some((order) => order.indexOf(x) < order.indexOf(y))).toBe(true);
      }
    }
  });
});

describe('boundedLoop', () => {
  it('stops at the count', async () => {
    const seen: number[] = [];
    expect(await boundedLoop(3, 10_000, async (i) => void seen.push(i))).toBe(3);
    expect(seen).toEqual([0, 1, 2]);
  });

  it('stops when the time budget is spent, even if the count is not reached', async () => {
    const ran = await boundedLoop(1_000_000, 0, async () => undefined);
    expect(ran).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { newId, prefixOfPattern, randomAlphanumeric } from './ids.ts';

describe('server-made ids', () => {
  it('are the prefix and ten letters or digits, different each time', () => {
    const ids = Array.from({ length: 50 }, () => newId('prj_'));
    for (const id of ids) expect(id).toMatch(/^prj_[A-Za-z0-9]{10}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('draw every letter and digit equally often (no character favoured by how bytes map onto 62)', () => {
    const counts = new Map<string, number>();
    for (const character of randomAlphanumeric(124_000)) counts.set(character, (counts.get(character) ?? 0) + 1);
    expect(counts.size).toBe(62);
    // 2,000 of each expected, give or take 44 (one standard deviation); a character favoured by one byte value in 249 comes ~2,490 times.
    for (const [character, count] of counts) expect([character, Math.abs(count - 2_000) < 250]).toEqual([character, true]);
  });

  it('take their prefix from an id pattern that starts with one, and none from any other', () => {
    expect(prefixOfPattern('^prj_[A-Za-z0-9]+$')).toBe('prj_');
    for (const pattern of ['^[A-Za-z0-9]+$', 'x^prj_[A-Za-z0-9]+$', '^PRJ_[A-Z]+$', 42, undefined])
      expect(prefixOfPattern(pattern)).toBeUndefined();
  });
});

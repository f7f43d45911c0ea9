import { describe, expect, it } from 'vitest';
import { type Outcome, type RunContext, renderDocument, replaceSections } from './document.ts';

const run = (commit: string, started: string): RunContext => ({
  started,
  commit,
  uncommitted: false,
  loadBefore: '0.50 / 0.40 / 0.30',
  loadAfter: '1.00 / 0.60 / 0.40',
  cores: 2,
  machine: '| what | value |\n| --- | --- |\n| CPU | 2 × test |',
});

const outcome = (file: string, title: string, measured: string, met: boolean, seconds = 10): Outcome => ({
  file,
  seconds,
  section: {
    title,
    method: `how ${file} measures`,
    results: `${file} results ${measured}`,
    verdicts: [
      { target: `${file} first target`, measured, met },
      { target: `${file} second target`, measured, met: true },
    ],
  },
  error: undefined,
});

const full = renderDocument(
  [outcome('client-size', 'Client size', '8.52 kB', true), outcome('client-overhead', 'Client overhead per request', '1.26×', false, 120)],
  run('aaaaaaa', '2026-11-30 04:47'),
);

describe('pnpm bench <name>: one section measured again', () => {
  const updated = replaceSections(
    full,
    [outcome('client-overhead', 'Client overhead per request', '1.08×', true, 95)],
    run('bbbbbbb', '2026-11-30 08:40'),
  );

  it('replaces that section, its target rows and its script row, and says when it was measured', () => {
    expect(updated).toContain('client-overhead results 1.08×');
    expect(updated).not.toContain('client-overhead results 1.26×');
    expect(updated).toContain('| Client overhead per request | client-overhead first target | 1.08× | met |');
    expect(updated).not.toContain('1.26×');
    expect(updated).toContain('| scripts/bench/client-overhead.ts | 95.0 | ok |');
    expect(updated).toMatch(
      /## Client overhead per request\n\n\*Measured again alone by `pnpm bench client-overhead` on 2026-11-30 08:40 UTC at commit bbbbbbb, in 95 s;/,
    );
  });

  it('keeps everything else as the full run wrote it, in the same order', () => {
    const others = (text: string) =>
      text.split('\n').filter((line) => line !== '' && !/client-overhead|Client overhead|Measured again/.test(line));
    expect(others(updated)).toEqual(others(full));
    expect(updated).toContain('at commit aaaaaaa');
    expect(updated.indexOf('| Client size | client-size first target')).toBeLessThan(updated.indexOf('| Client overhead per request |'));
    expect(updated.split('\n').filter((line) => line.startsWith('| Client overhead per request |'))).toHaveLength(2);
  });

  it('measured again twice reads as measured once, the latest', () => {
    const twice = replaceSections(
      updated,
      [outcome('client-overhead', 'Client overhead per request', '1.07×', true, 90)],
      run('ccccccc', '2026-11-30 09:00'),
    );
    expect(twice.match(/Measured again alone/g)).toHaveLength(1);
    expect(twice).toContain('at commit ccccccc, in 90 s');
    expect(twice).not.toContain('1.08×');
  });

  it('leaves a section as it was when its benchmark fails this time', () => {
    const failed: Outcome = { file: 'client-overhead', seconds: 3, section: undefined, error: 'fixture server did not start' };
    expect(replaceSections(full, [failed], run('bbbbbbb', '2026-11-30 08:40'))).toBe(full);
  });

  it('adds a benchmark the file does not have yet, before the per-benchmark table', () => {
    const added = replaceSections(
      full,
      [outcome('client-instructions', 'Instructions', '1.15×', true, 300)],
      run('bbbbbbb', '2026-11-30 08:40'),
    );
    expect(added.indexOf('## Instructions')).toBeGreaterThan(added.indexOf('## Client overhead per request'));
    expect(added.indexOf('## Instructions')).toBeLessThan(added.indexOf('## Per benchmark'));
    expect(added).toContain('| Instructions | client-instructions first target | 1.15× | met |\n');
    expect(added).toMatch(
      /\| scripts\/bench\/client-overhead\.ts \| 120\.0 \| ok \|\n\| scripts\/bench\/client-instructions\.ts \| 300\.0 \| ok \|/,
    );
  });

  it('replaces the block of a benchmark that failed in the full run once it is measured again', () => {
    const failed: Outcome = { file: 'client-overhead', seconds: 3, section: undefined, error: 'fixture server did not start' };
    const withFailure = renderDocument(
      [outcome('client-size', 'Client size', '8.52 kB', true), failed],
      run('aaaaaaa', '2026-11-30 04:47'),
    );
    const rerun = replaceSections(
      withFailure,
      [outcome('client-overhead', 'Client overhead per request', '1.08×', true)],
      run('bbbbbbb', '2026-11-30 08:40'),
    );
    expect(rerun).not.toContain('This benchmark failed');
    expect(rerun.match(/## Client overhead per request/g)).toHaveLength(1);
    expect(rerun).toContain('| scripts/bench/client-overhead.ts | 10.0 | ok |');
  });

  it('refuses a file that is not the report of a full run, saying what to do', () => {
    expect(() => replaceSections('', [outcome('scale', 'Scale', '2×', true)], run('bbbbbbb', '2026-11-30 08:40'))).toThrow(
      /docs\/benchmarks\.md is not a report of a full `pnpm bench`.*run the full `pnpm bench` first/,
    );
  });
});

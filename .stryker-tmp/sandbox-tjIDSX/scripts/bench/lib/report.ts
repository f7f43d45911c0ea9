/** What a benchmark hands back, and the Markdown it becomes in docs/benchmarks.md. */
// @ts-nocheck

import { exitOnError } from '../../lib/tool.ts';

/** One target of issue 7 and how this run fared against it. */
export interface Verdict {
  /** The target as the issue states it, e.g. `client ≤ 1.10× raw fetch (median, sequential)`. */
  target: string;
  /** What was measured, e.g. `1.07×`. */
  measured: string;
  met: boolean;
  /** Why a miss is a miss (or what qualifies a hit); empty when the numbers say it all. */
  explanation?: string;
}

/** The result of one benchmark: its section of the report. */
export interface Section {
  title: string;
  /** How it was measured, in Markdown. */
  method: string;
  /** Results: tables and remarks, in Markdown. */
  results: string;
  verdicts: Verdict[];
}

/** A Markdown table. */
export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

/** A number with `digits` decimals, or `n/a`. */
export function num(value: number, digits = 0): string {
  return Number.isFinite(value) ? value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }) : 'n/a';
}

/** A ratio as `1.07×`. */
export const times = (value: number): string => `${num(value, 2)}×`;

/** The Markdown of a section, as it stands in docs/benchmarks.md. */
export function renderSection(section: Section): string {
  const verdicts = section.verdicts.map(
    (v) => `- ${v.met ? '**met**' : '**missed**'}: ${v.target} — measured ${v.measured}.${v.explanation ? ` ${v.explanation}` : ''}`,
  );
  return [
    `## ${section.title}`,
    `**Method.** ${section.method}`,
    section.results,
    ...(verdicts.length ? ['**Targets.**', verdicts.join('\n')] : []),
  ].join('\n\n');
}

/**
 * Runs a benchmark when its file is the entry point (`pnpm tsx scripts/bench/x.ts`) and prints its
 * section; `pnpm bench` imports the same function and writes every section to docs/benchmarks.md.
 */
export function runWhenMain(moduleUrl: string, run: () => Promise<Section>): void {
  if (moduleUrl !== `file://${process.argv[1]}`) return;
  run()
    .then((section) => console.log(renderSection(section)))
    .catch(exitOnError);
}

/**
 * docs/benchmarks.md as a whole: written from every benchmark by a full `pnpm bench`, or with some
 * sections measured again by `pnpm bench <name…>`, the rest kept as the last full run wrote them.
 */
import { num, renderSection, table, type Section } from './report.ts';

/** One benchmark's run: its script's name (`client-overhead`), how long it took, and its section or why it failed. */
export interface Outcome {
  file: string;
  seconds: number;
  section: Section | undefined;
  error: string | undefined;
}

/** Where and when a run happened, as its header says. */
export interface RunContext {
  /** `2026-11-30 04:47`, UTC. */
  started: string;
  commit: string;
  uncommitted: boolean;
  /** Load averages at the start and at the end, and the machine's cores. */
  loadBefore: string;
  loadAfter: string;
  cores: number;
  machine: string;
}

const targetRows = (outcome: Outcome): string[][] =>
  (outcome.section?.verdicts ?? []).map((v) => [outcome.section!.title, v.target, v.measured, v.met ? 'met' : '**missed**']);

const scriptRow = (outcome: Outcome): string[] => [
  `scripts/bench/${outcome.file}.ts`,
  num(outcome.seconds, 1),
  outcome.error ? 'failed' : 'ok',
];

const workingTree = (run: RunContext): string =>
  run.uncommitted
    ? ' with uncommitted changes in the working tree (the benchmarks read the working tree; the pipeline section alone measures a clean clone of the commit)'
    : '';

/** The whole report of a full run. */
export function renderDocument(outcomes: readonly Outcome[], run: RunContext): string {
  const totalSeconds = outcomes.reduce((sum, o) => sum + o.seconds, 0);
  const sections = outcomes.map((o) =>
    o.section ? renderSection(o.section) : `## ${o.file}\n\n**This benchmark failed** and measured nothing:\n\n\`\`\`\n${o.error}\n\`\`\``,
  );
  return `${[
    '# Benchmarks',
    `Written by \`pnpm bench\` (scripts/bench/index.ts) on ${run.started} UTC at commit ${run.commit}${workingTree(run)}; the whole run took ${num(totalSeconds, 0)} s. ` +
      'Each benchmark is a script under scripts/bench/ that also runs alone, e.g. `pnpm tsx scripts/bench/client-overhead.ts` (it prints its section instead of writing this file); ' +
      '`pnpm bench <name…>` measures only those again and replaces their sections here, each then saying when it was measured.',
    '**Read the ratios, not the absolute numbers.** The machine is shared with other engineers and CI, so absolute times and req/s drift from run to run (by a factor of two or more under load); ' +
      'every ratio below compares contenders measured side by side in the same run, interleaved or alternated round by round after a warm-up, so load that comes and goes hits them alike. ' +
      `Load average (1 / 5 / 15 min) at the start of this run: ${run.loadBefore}; at the end: ${run.loadAfter} (on ${run.cores} cores).`,
    '## Machine',
    run.machine,
    '## Targets',
    table(['benchmark', 'target', 'measured', ''], outcomes.flatMap(targetRows)),
    ...sections,
    '## Per benchmark',
    table(['script', 'wall time (s)', 'outcome'], outcomes.map(scriptRow)),
  ].join('\n\n')}\n`;
}

const tableLine = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
const firstCell = (line: string): string | undefined => /^\| (.*?) \|/.exec(line)?.[1];

/** Throws unless `report` is one a full run wrote (its targets and per-benchmark tables are what a rerun updates). */
export function checkFullReport(report: string): void {
  if (!/^## Targets$/m.test(report) || !/^## Per benchmark$/m.test(report))
    throw new Error(
      'docs/benchmarks.md is not a report of a full `pnpm bench` (no targets or per-benchmark table); run the full `pnpm bench` first.',
    );
}

/**
 * `previous` (a report written by a full run) with the sections of `outcomes` measured again: each
 * replaces its section (found by its title), its rows of the targets table and its row of the
 * per-benchmark table, and says when it was measured; a benchmark the report does not have yet is
 * added before the per-benchmark table. A failed benchmark changes nothing (its error is the caller's
 * to show). Throws when `previous` is not a report of a full run.
 */
export function replaceSections(previous: string, outcomes: readonly Outcome[], run: RunContext): string {
  checkFullReport(previous);
  // Every block starts at a level-2 heading; the first is the title and the header.
  const blocks = previous.split(/\n(?=## )/);
  const measured = outcomes.filter((o): o is Outcome & { section: Section } => o.section !== undefined);
  for (const outcome of measured) {
    const provenance =
      `*Measured again alone by \`pnpm bench ${outcome.file}\` on ${run.started} UTC at commit ${run.commit}${workingTree(run)}, in ${num(outcome.seconds, 0)} s; ` +
      `load average at the start ${run.loadBefore}, at the end ${run.loadAfter} (on ${run.cores} cores). The other sections are from the run the header names.*`;
    const section = `${renderSection(outcome.section).replace('\n\n', `\n\n${provenance}\n\n`)}\n`;
    // A benchmark that failed in the last run has a block under its script's name instead.
    const headings = [`## ${outcome.section.title}\n`, `## ${outcome.file}\n`];
    const at = blocks.findIndex((block) => headings.some((heading) => block.startsWith(heading)));
    if (at >= 0) blocks[at] = section;
    else
      blocks.splice(
        blocks.findIndex((block) => block.startsWith('## Per benchmark\n')),
        0,
        section,
      );
  }
  const rerunTitles = new Set(measured.map((o) => o.section.title));
  const lastRowAt = (lines: string[]): number => lines.reduce((end, line, i) => (line.startsWith('|') ? i + 1 : end), 0);
  return blocks
    .map((block) => {
      if (block.startsWith('## Targets\n')) {
        const lines = block.split('\n');
        const kept = lines.filter((line) => !rerunTitles.has(firstCell(line) ?? ''));
        const firstRemoved = lines.findIndex((line) => rerunTitles.has(firstCell(line) ?? ''));
        kept.splice(firstRemoved < 0 ? lastRowAt(kept) : firstRemoved, 0, ...measured.flatMap(targetRows).map(tableLine));
        return kept.join('\n');
      }
      if (block.startsWith('## Per benchmark\n')) {
        const lines = block.split('\n');
        for (const outcome of measured) {
          const at = lines.findIndex((line) => firstCell(line) === `scripts/bench/${outcome.file}.ts`);
          if (at >= 0) lines[at] = tableLine(scriptRow(outcome));
          else lines.splice(lastRowAt(lines), 0, tableLine(scriptRow(outcome)));
        }
        return lines.join('\n');
      }
      return block;
    })
    .join('\n');
}

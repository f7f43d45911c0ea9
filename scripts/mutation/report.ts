/**
 * docs/mutation.md from Stryker's JSON results: per area, the score per file and every surviving mutant,
 * with why it is equivalent (equivalent.ts) or marked as not yet killed. Each area's section is replaced
 * when that area runs again; the summary table at the top is rebuilt from the sections.
 */
import type { Area } from './areas.ts';
import type { Equivalent } from './equivalent.ts';

/** The part of Stryker's JSON report (mutation-testing-report-schema) read here. */
export interface StrykerReport {
  files: Record<string, { source: string; mutants: StrykerMutant[] }>;
}
interface Position {
  line: number;
  column: number;
}
interface StrykerMutant {
  mutatorName: string;
  replacement?: string;
  location: { start: Position; end: Position };
  status: 'Killed' | 'Survived' | 'NoCoverage' | 'Timeout' | 'CompileError' | 'RuntimeError' | 'Ignored' | 'Pending';
}

interface Counts {
  killed: number;
  undetected: number;
  equivalent: number;
}

export interface RunFacts {
  node: string;
  stryker: string;
  date: string;
}

const detected = new Set(['Killed', 'Timeout']);
/** The statuses of a mutant no test noticed. */
export const undetected = new Set(['Survived', 'NoCoverage']);

/** The text of `source` between two of Stryker's 1-based positions. */
function slice(source: string, { start, end }: StrykerMutant['location']): string {
  const lines = source.split('\n');
  const offset = (at: Position) => lines.slice(0, at.line - 1).reduce((sum, line) => sum + line.length + 1, 0) + at.column - 1;
  return source.slice(offset(start), offset(end));
}

const oneLine = (code: string): string => code.replace(/\s+/g, ' ').trim();
const shown = (code: string): string => {
  const line = oneLine(code);
  return `\`${(line.length > 90 ? `${line.slice(0, 87)}…` : line).replaceAll('`', "'")}\``;
};
const percent = ({ killed, undetected }: Counts): string =>
  killed + undetected === 0 ? '–' : `${((100 * killed) / (killed + undetected)).toFixed(1)}%`;
const withoutEquivalents = ({ killed, undetected, equivalent }: Counts): string =>
  percent({ killed, undetected: undetected - equivalent, equivalent: 0 });

/** A file's (or, in bold, the area's) row of the per-file table. */
const countsRow = (label: string, counts: Counts, bold = ''): string =>
  `| ${label} | ${counts.killed + counts.undetected} | ${counts.killed} | ${counts.undetected} | ${counts.equivalent} | ${bold}${percent(counts)}${bold} | ${bold}${withoutEquivalents(counts)}${bold} |`;

const marker = (area: string) => ({ start: `<!-- mutation:area ${area} `, end: `<!-- /mutation:area ${area} -->` });

/** The area's section of docs/mutation.md, and the lines of `equivalents` for its files that match no survivor. */
export function renderArea(
  area: Area,
  report: StrykerReport,
  equivalents: Equivalent[],
  facts: RunFacts,
): { section: string; stale: Equivalent[] } {
  const used = new Set<Equivalent>();
  const total: Counts = { killed: 0, undetected: 0, equivalent: 0 };
  let ignored = 0;
  const rows: string[] = [];
  const survivors: string[] = [];
  for (const [file, { source, mutants }] of Object.entries(report.files).sort(([a], [b]) => a.localeCompare(b))) {
    const counts: Counts = { killed: 0, undetected: 0, equivalent: 0 };
    for (const mutant of mutants.sort(
      (a, b) => a.location.start.line - b.location.start.line || a.location.start.column - b.location.start.column,
    )) {
      if (detected.has(mutant.status)) counts.killed++;
      if (mutant.status === 'Ignored') ignored++;
      if (!undetected.has(mutant.status)) continue;
      counts.undetected++;
      const original = oneLine(slice(source, mutant.location));
      const replacement = oneLine(mutant.replacement ?? '');
      const equivalent = equivalents.find(
        (e) =>
          e.file === file && e.mutator === mutant.mutatorName && oneLine(e.original) === original && oneLine(e.replacement) === replacement,
      );
      if (equivalent) {
        used.add(equivalent);
        counts.equivalent++;
      }
      const what = `${file}:${mutant.location.start.line} ${mutant.mutatorName} ${shown(original)} → ${shown(replacement)}`;
      const status = mutant.status === 'NoCoverage' ? ' (no test runs it)' : '';
      survivors.push(`- ${what}${status}: ${equivalent ? `equivalent — ${equivalent.why}` : '**not yet killed**'}`);
    }
    rows.push(countsRow(file, counts));
    total.killed += counts.killed;
    total.undetected += counts.undetected;
    total.equivalent += counts.equivalent;
  }
  const { start, end } = marker(area.name);
  const section = [
    `${start}${JSON.stringify({ title: area.title, ...total })} -->`,
    `## ${area.title}`,
    '',
    `\`pnpm mutation ${area.name}\` on ${facts.date}: Stryker ${facts.stryker} on Node ${facts.node}; the tests run: ${area.tests.map((t) => `\`${t}\``).join(', ')}.`,
    '',
    '| File | Mutants | Killed | Survived | Equivalent | Score | Without equivalents |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    countsRow(`**${area.name}**`, total, '**'),
    '',
    ...(ignored === 0
      ? []
      : [`Not run: ${ignored} mutants of code that runs once, when a module loads (Stryker's \`ignoreStatic\`; see areas.ts).`, '']),
    survivors.length === 0 ? 'No mutant survives.' : `Survivors:\n\n${survivors.join('\n')}`,
    end,
  ].join('\n');
  const files = new Set(Object.keys(report.files));
  return { section, stale: equivalents.filter((e) => files.has(e.file) && !used.has(e)) };
}

const header = `# Mutation testing

Written by \`pnpm mutation [area…]\` (scripts/mutation/) from Stryker's JSON results; do not edit by hand.
A mutant is a small change to the code (a condition negated, a string emptied, a call removed); the tests
kill it when one of them fails. The score is killed (timeouts included) over killed and survived (no test
runs it included), Stryker's mutation score; "without equivalents" leaves out the survivors that change
nothing anyone can observe, each listed with why (scripts/mutation/equivalent.ts). Stryker runs one
mutant at a time (concurrency 1: the machine, 2 cores, is shared); a mutant whose tests outlast Stryker's
time limit counts as killed, as Stryker counts it, and on a busy machine a few of those are slowness.`;

/** docs/mutation.md with each area's fresh section in place of its previous one, and the summary table rebuilt. */
export function updateReport(previous: string, all: Area[], sections: Map<string, string>): string {
  const parts = all.map(({ name }) => {
    const { start, end } = marker(name);
    const from = previous.indexOf(start);
    const to = previous.indexOf(end);
    return sections.get(name) ?? (from >= 0 && to > from ? previous.slice(from, to + end.length) : undefined);
  });
  const summary = all.map(({ name, title }, i) => {
    const part = parts[i];
    if (!part) return `| ${name} | ${title} | not run yet | | | | |`;
    const facts = JSON.parse(part.slice(part.indexOf('{'), part.indexOf(' -->'))) as Counts;
    return `| ${name} | ${title} | ${facts.killed + facts.undetected} | ${facts.undetected} | ${facts.equivalent} | ${percent(facts)} | ${withoutEquivalents(facts)} |`;
  });
  return [
    header,
    '',
    '| Area | Code | Mutants | Survived | Equivalent | Score | Without equivalents |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
    ...summary,
    '',
    ...parts.flatMap((part) => (part ? [part, ''] : [])),
  ].join('\n');
}

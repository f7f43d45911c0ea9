/** Runs the Spectral ruleset on an OpenAPI document and reports findings naming where they are. */
import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { Document, type ISpectralDiagnostic, type RulesetDefinition, Spectral } from '@stoplight/spectral-core';
import spectralParsers from '@stoplight/spectral-parsers';
import { ruleset } from './ruleset.ts';

export interface Finding {
  rule: string;
  message: string;
  /** Where in the document: its JSON path (`paths./projects.get.responses`), or `file:line:col` for a single-file document. */
  where: string;
}

/** Lints one self-contained OpenAPI file (YAML or JSON) with Cantila's ruleset (or another, e.g. `onlyRules(…)`). */
export async function lintFile(
  file: string,
  { locate = byLine, rules = ruleset }: { locate?: (d: ISpectralDiagnostic) => string; rules?: RulesetDefinition } = {},
): Promise<Finding[]> {
  const spectral = new Spectral();
  spectral.setRuleset(rules);
  const text = await readFile(file, 'utf8');
  const document = file.endsWith('.json')
    ? new Document(text, spectralParsers.Json, resolve(file))
    : new Document(text, spectralParsers.Yaml, resolve(file));
  return (await spectral.run(document)).map((d) => ({ rule: String(d.code), message: d.message, where: locate(d) }));
}

const byLine = (d: ISpectralDiagnostic): string =>
  `${d.source ? relative(process.cwd(), d.source) : '(document)'}:${d.range.start.line + 1}:${d.range.start.character + 1}`;
/** Where a finding is in a bundled document: its JSON path, which leads to the source file in one step. */
export const byPath = (d: ISpectralDiagnostic): string => d.path.join('.') || '(root)';

export function formatFinding(finding: Finding): string {
  return `${finding.rule}  ${finding.message}  [${finding.where}]`;
}

/** Runs the Spectral ruleset on an OpenAPI document and reports findings naming where they are. */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { Document, Spectral, type ISpectralDiagnostic } from '@stoplight/spectral-core';
import spectralParsers from '@stoplight/spectral-parsers';
import { bundleSpec } from '../../scripts/bundle.ts';
import { ruleset } from './ruleset.ts';

export interface Finding {
  rule: string;
  message: string;
  /** Where in the document: its JSON path (`paths./projects.get.responses`), or `file:line:col` for a single-file document. */
  where: string;
}

/** Lints one self-contained OpenAPI file (YAML or JSON) with Cantila's ruleset. */
export async function lintFile(file: string, locate: (d: ISpectralDiagnostic) => string = byLine): Promise<Finding[]> {
  const spectral = new Spectral();
  spectral.setRuleset(ruleset);
  const text = await readFile(file, 'utf8');
  const document = file.endsWith('.json')
    ? new Document(text, spectralParsers.Json, resolve(file))
    : new Document(text, spectralParsers.Yaml, resolve(file));
  return (await spectral.run(document)).map((d) => ({ rule: String(d.code), message: d.message, where: locate(d) }));
}

const byLine = (d: ISpectralDiagnostic): string =>
  `${d.source ? relative(process.cwd(), d.source) : '(document)'}:${d.range.start.line + 1}:${d.range.start.character + 1}`;
const byPath = (d: ISpectralDiagnostic): string => d.path.join('.') || '(root)';

/**
 * Lints the hand-written spec as its tools see it: bundled by Redocly into one document (with the
 * Markdown guides inlined), since Spectral resolves `$ref`s across many files unreliably. Findings
 * name the operation and the JSON path, which lead to the source file in one step.
 */
export async function lintSpec(specPath: string): Promise<Finding[]> {
  const dir = await mkdtemp(join(tmpdir(), 'cantila-lint-'));
  try {
    const bundled = join(dir, 'openapi.yaml');
    await writeFile(bundled, (await bundleSpec(specPath)).yaml);
    return await lintFile(bundled, byPath);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export function formatFinding(finding: Finding): string {
  return `${finding.rule}  ${finding.message}  [${finding.where}]`;
}

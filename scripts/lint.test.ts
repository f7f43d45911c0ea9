import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { bundledSpecPath, loadSpecModel } from '@cantila/spec-model';
import { formatFinding, lintFile } from '../spec/lint/lint.ts';
import { type customRules, onlyRules } from '../spec/lint/ruleset.ts';
import { specRoot } from './lib/paths.ts';
import { redoclyLint } from './lib/redocly-lint.ts';
import { lintSpec } from './lib/spectral-lint.ts';

describe('the lint gate on spec/', () => {
  it('Spectral (spectral:oas, OWASP, Cantila rules) finds nothing', async () => {
    const findings = await lintSpec(specRoot);
    expect(findings.map(formatFinding)).toEqual([]);
  });

  it('Redocly lint passes, examples validated against their schemas', async () => {
    const report = await redoclyLint(specRoot);
    expect(report.passed, report.output).toBe(true);
  });
});

describe('breaking any operation fails the gate with a message naming it', () => {
  let dir: string;
  const authenticated = loadSpecModel().operations.filter((op) => op.scope !== null);

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cantila-lint-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  /** Applies `breakIt` to every authenticated operation of the bundled spec, lints it with `rule` alone (the fixtures prove the whole ruleset holds it), returns its messages. */
  async function lintBroken(rule: keyof typeof customRules, breakIt: (operation: any) => void): Promise<string[]> {
    const spec = JSON.parse(readFileSync(bundledSpecPath, 'utf8'));
    for (const op of authenticated) breakIt(spec.paths[op.path][op.method]);
    const file = join(dir, `${rule}.json`);
    await writeFile(file, JSON.stringify(spec));
    return (await lintFile(file, { rules: onlyRules([rule]) })).map((f) => f.message);
  }

  const namesEveryOperation = (messages: string[]) => {
    for (const op of authenticated)
      expect(
        messages.some((m) => m.startsWith(`${op.key} (${op.operationId})`)),
        op.key,
      ).toBe(true);
  };

  it('without its scope', async () => {
    namesEveryOperation(await lintBroken('cantila-operation-scope', (operation) => delete operation.security));
  });

  it('without the act-as header', async () => {
    namesEveryOperation(
      await lintBroken('cantila-act-as-header', (operation) => {
        operation.parameters = operation.parameters.filter((p: { $ref?: string }) => p.$ref !== '#/components/parameters/ActAs');
      }),
    );
  });

  it('without its 403', async () => {
    namesEveryOperation(await lintBroken('cantila-auth-errors', (operation) => delete operation.responses['403']));
  });
});

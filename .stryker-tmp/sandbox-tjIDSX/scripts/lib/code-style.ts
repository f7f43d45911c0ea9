/** Biome, the formatter and linter of every hand-written TypeScript, JavaScript and JSON file (configured in biome.json). */
// @ts-nocheck

import { runTool } from './tool.ts';

export interface CodeStyleResult {
  passed: boolean;
  /** Biome's findings, each naming the file, the line and the rule. */
  output: string;
}

/** Checks formatting and lint rules on `paths` (the whole repository by default); a warning fails it too. */
export async function checkCodeStyle(paths: readonly string[] = ['.']): Promise<CodeStyleResult> {
  const result = await runTool('biome', ['ci', '--error-on-warnings', '--colors=off', ...paths]);
  return { passed: result.code === 0, output: `${result.stdout}\n${result.stderr}`.trim() };
}

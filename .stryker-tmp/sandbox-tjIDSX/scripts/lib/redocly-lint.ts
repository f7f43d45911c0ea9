/** The Redocly half of the lint gate: `redocly lint` with redocly.yaml's rules (recommended-strict, examples validated). */
// @ts-nocheck

import { runTool } from './tool.ts';

export interface RedoclyReport {
  passed: boolean;
  /** Redocly's own report: each problem with its file, line and a code frame. */
  output: string;
}

export async function redoclyLint(file: string): Promise<RedoclyReport> {
  const { code, stdout, stderr } = await runTool('redocly', ['lint', file, '--format=stylish']);
  return { passed: code === 0, output: [stdout, stderr].filter(Boolean).join('\n') };
}

// @ts-nocheck
import { expect, it } from 'vitest';
import { runTool } from './lib/tool.ts';

it('every TypeScript file of the repository typechecks under strict settings', async () => {
  const { code, stdout, stderr } = await runTool('tsc', ['-p', 'tsconfig.json', '--noEmit']);
  expect(`${stdout}${stderr}`, 'tsc -p tsconfig.json reported errors').toBe('');
  expect(code).toBe(0);
});

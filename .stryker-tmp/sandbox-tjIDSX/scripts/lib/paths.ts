// @ts-nocheck
import { fileURLToPath } from 'node:url';

/** Absolute paths of the files every step of the pipeline reads or writes. */
const at = (relative: string): string => fileURLToPath(new URL(`../../${relative}`, import.meta.url));

export const repoRoot = at('');
export const specRoot = at('spec/openapi.yaml');
export const bundledYaml = at('docs/openapi.yaml');
export const bundledJson = at('docs/openapi.json');
export const bundledYaml30 = at('docs/openapi.3.0.yaml');
export const bundledJson30 = at('docs/openapi.3.0.json');
export const clientGeneratedDir = at('packages/client/src/generated');
export const docsHtml = at('docs/dist/index.html');

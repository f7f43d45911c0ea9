#!/usr/bin/env node
// @ts-nocheck
// Runs the TypeScript CLI through tsx, so the bin works right after `pnpm install`, with no build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli.ts');

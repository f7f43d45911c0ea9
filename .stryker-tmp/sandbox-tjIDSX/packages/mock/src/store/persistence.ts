/** `--state file.json`: the whole state read at start (when the file exists) and written at stop. */
// @ts-nocheck

import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { Store } from './store.ts';

export function loadStateFile(store: Store, path: string): void {
  if (!existsSync(path)) return;
  try {
    store.load(JSON.parse(readFileSync(path, 'utf8')));
  } catch (error) {
    throw new Error(`--state ${path}: ${(error as Error).message}`);
  }
}

/** Writes to a temporary file first, so a stop mid-write never leaves half a state file. */
export function saveStateFile(store: Store, path: string): void {
  writeFileSync(`${path}.tmp`, `${JSON.stringify(store.save(), null, 2)}\n`);
  renameSync(`${path}.tmp`, path);
}

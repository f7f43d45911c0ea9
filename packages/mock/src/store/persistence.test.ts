import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newProject, useStore } from '../../test/support/store.ts';
import { loadStateFile, saveStateFile } from './persistence.ts';

const under = useStore();
const { call } = under;
const fileIn = (dir = mkdtempSync(join(tmpdir(), 'cantila-state-'))): string => join(dir, 'state.json');

describe('--state file', () => {
  it('writes the whole state as indented JSON, leaving no temporary file, and reads it back', () => {
    const path = fileIn();
    const id = call('POST /projects', {}, newProject).body.id;
    saveStateFile(under.store, path);
    const text = readFileSync(path, 'utf8');
    expect(text).toBe(`${JSON.stringify(under.store.save(), null, 2)}\n`);
    expect(readdirSync(join(path, '..'))).toEqual(['state.json']);
    under.store.reset();
    loadStateFile(under.store, path);
    expect(call('GET /projects/{project}', { project: id }).body.name).toBe('my-new-app');
  });

  it('starts from the seed when the file does not exist yet', () => {
    const path = fileIn();
    loadStateFile(under.store, path);
    expect(existsSync(path)).toBe(false);
    expect(call('GET /projects').body.data.map((p: { name: string }) => p.name)).toEqual(['web-shop']);
  });

  it.each([
    ['not JSON', '{"version": 1,'],
    ['not a state', '{"version": 2}'],
  ])('refuses a file that is %s, naming the file', (_, text) => {
    const path = fileIn();
    writeFileSync(path, text);
    expect(() => loadStateFile(under.store, path)).toThrow(new RegExp(`^--state ${path}: \\S`));
  });
});

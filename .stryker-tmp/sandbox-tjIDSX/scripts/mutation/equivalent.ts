/**
 * Surviving mutants no test can kill because they change nothing anyone can observe, each with why.
 * A mutant is named by its file, Stryker's mutator, the code it replaces and what it puts instead (not
 * by line, so that edits elsewhere in the file keep the name). docs/mutation.md lists each survivor with
 * its line from here, or as not yet killed; a line here that no survivor matches any more is reported
 * by `pnpm mutation` as stale.
 */
// @ts-nocheck

export interface Equivalent {
  file: string;
  mutator: string;
  original: string;
  replacement: string;
  why: string;
}

export const equivalents: Equivalent[] = [];

/** `pnpm contract` / `cantila-contract`: runs the contract against a server, prints the table, writes JUnit, exits 1 on any violation. */
// @ts-nocheck

import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { redactorFor } from './redact.ts';
import { junitXml } from './report/junit.ts';
import { resultTable } from './report/table.ts';
import { runContract } from './run.ts';
import { readTarget, UsageError, usage } from './target.ts';

// pnpm runs scripts in the package's directory; a relative --junit means the directory `pnpm contract` was typed in.
const invokedFrom = process.env.INIT_CWD ?? process.cwd();

async function main(): Promise<number> {
  // `pnpm contract -- --help` hands the script a leading `--`.
  const args = process.argv.slice(2);
  if (args[0] === '--') args.shift();
  let target: ReturnType<typeof readTarget>;
  try {
    target = readTarget(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`cantila-contract: ${error.message}\n\n${usage}\n`);
    return 2;
  }
  if (target === 'help') {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  const redact = redactorFor([target.apiKey, ...target.scopedKeys.values()]);
  process.stdout.write(`Contract run against ${redact(target.baseUrl)}${target.includeWrites ? ' (writes included)' : ' (reads only)'}\n`);
  // Ctrl-C stops the run and lets it delete what it created; a second one ends the process at once.
  const interrupt = new AbortController();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      process.stderr.write(`cantila-contract: ${signal}: stopping, deleting what the run created (again to quit at once)\n`);
      interrupt.abort();
    });
  }
  try {
    const results = await runContract(target, interrupt.signal);
    process.stdout.write(resultTable(results, redact));
    if (target.junit) writeFileSync(resolve(invokedFrom, target.junit), junitXml(results, redact));
    return results.some((r) => r.verdict === 'fail') ? 1 : 0;
  } catch (error) {
    process.stderr.write(`cantila-contract: ${redact((error as Error).message)}\n`);
    return 1;
  }
}

process.exitCode = await main();

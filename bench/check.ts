/**
 * `npm run bench:check`: fails (exit 1) when a measured ratio or size in bench/results.json is over
 * its budget in bench/budgets.json. `--targets` checks against issue 6's targets instead.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Budgets, judge, type Results, summarise } from './summary.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const results = JSON.parse(readFileSync(path.join(here, 'results.json'), 'utf8')) as Results;
const budgets = JSON.parse(readFileSync(path.join(here, 'budgets.json'), 'utf8')) as Budgets;
const useTargets = process.argv.includes('--targets');

process.stdout.write(summarise(results, budgets));
const failed = judge(results, budgets, useTargets).filter(
  (v) => v.status === 'over' || v.status === 'missing',
);
if (failed.length > 0) {
  process.stdout.write(
    `\nbench:check failed (${useTargets ? 'targets' : 'budgets'}):\n${failed
      .map((v) =>
        v.status === 'missing'
          ? `  ${v.name}: not in results.json (run \`npm run bench\`)`
          : `  ${v.name}: ${v.value} ${v.unit} > ${v.limit}`,
      )
      .join('\n')}\nSee bench/README.md for how to raise a budget.\n`,
  );
  process.exit(1);
}
process.stdout.write(`\nbench:check: every ${useTargets ? 'target' : 'budget'} holds.\n`);

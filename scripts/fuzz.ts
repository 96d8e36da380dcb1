/**
 * `npm run fuzz`: the long bad-input campaign, 100,000 cases per public entry (see
 * test/fuzz/harness.ts), printing counts by outcome and error code. Exits 1 on any bug.
 * Flags: `--runs N`, `--seed N`, `--entry <name substring>`.
 */
import fc from 'fast-check';
import { loadYaml } from '../src/cli/yamlModule.js';
import { describeArgs, ENTRIES, runCase } from '../test/fuzz/harness.js';

// The CLI loader entry parses YAML: load the parser as the CLI does before reading a file.
await loadYaml();

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
}
const runs = Number(flag('--runs') ?? 100_000);
const seed = Number(flag('--seed') ?? Date.now() % 2 ** 31);
const only = flag('--entry');
const CHUNK = 1000;

process.stdout.write(`fuzz: ${runs} cases per entry, seed ${seed}\n\n`);
let bugs = 0;
const started = performance.now();
for (const [index, entry] of ENTRIES.entries()) {
  if (only !== undefined && !entry.name.includes(only)) continue;
  const counts = new Map<string, number>();
  const examples: string[] = [];
  const t0 = performance.now();
  for (let done = 0; done < runs; done += CHUNK) {
    const batch = fc.sample(entry.args, {
      numRuns: Math.min(CHUNK, runs - done),
      seed: seed + index * 1_000_003 + done,
    });
    for (const args of batch) {
      const outcome = runCase(entry, args);
      const key = outcome.kind === 'error' ? `error:${outcome.code}` : outcome.kind;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      if (outcome.kind === 'bug') {
        bugs++;
        if (examples.length < 3)
          examples.push(
            `  BUG ${outcome.reason.split('\n').slice(0, 4).join(' | ')}\n    args: ${describeArgs(args)}`,
          );
      }
    }
  }
  const seconds = ((performance.now() - t0) / 1000).toFixed(1);
  const summary = [...counts]
    .sort((x, y) => y[1] - x[1])
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  process.stdout.write(`${entry.name.padEnd(40)} ${seconds.padStart(6)} s  ${summary}\n`);
  for (const e of examples) process.stdout.write(`${e}\n`);
}
process.stdout.write(
  `\n${bugs === 0 ? 'no bugs' : `${bugs} BUG(S)`} in ${((performance.now() - started) / 1000).toFixed(0)} s (seed ${seed})\n`,
);
process.exit(bugs === 0 ? 0 : 1);

/**
 * `npm run fuzz`: the long bad-input campaign, 100,000 cases per public entry (see
 * test/fuzz/harness.ts), then the fault classes of issue 9 (test/fuzz/classes.ts: files on disk,
 * Decimal settings, YAML tags, sizes and depths, hostile throwables, option shapes, text safety),
 * 1,000 probes each. Prints counts per entry and per class, and the totals: probes, classes,
 * escapes (a broken promise; the target is 0). Exits 1 on any escape.
 * Flags: `--runs N` (per entry), `--class-runs N` (per class), `--seed N`, `--entry <substring>`
 * (entries and classes whose name contains it).
 */
import fc from 'fast-check';
import { loadYaml } from '../src/cli/yamlModule.js';
import { CLASSES, cleanUpClasses, runClass } from '../test/fuzz/classes.js';
import { describeArgs, ENTRIES, runCase } from '../test/fuzz/harness.js';

// The CLI loader entry parses YAML: load the parser as the CLI does before reading a file.
await loadYaml();

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
}
const runs = Number(flag('--runs') ?? 100_000);
const classRuns = Number(flag('--class-runs') ?? 1000);
const seed = Number(flag('--seed') ?? Date.now() % 2 ** 31);
const only = flag('--entry');
const CHUNK = 1000;

process.stdout.write(`fuzz: ${runs} cases per entry, ${classRuns} probes per class, seed ${seed}\n\n`);
let escapes = 0;
let probes = 0;
let classes = 0;
const started = performance.now();
for (const [index, entry] of ENTRIES.entries()) {
  if (only !== undefined && !entry.name.includes(only)) continue;
  classes++;
  const counts = new Map<string, number>();
  const examples: string[] = [];
  const t0 = performance.now();
  for (let done = 0; done < runs; done += CHUNK) {
    const batch = fc.sample(entry.args, {
      numRuns: Math.min(CHUNK, runs - done),
      seed: seed + index * 1_000_003 + done,
    });
    for (const args of batch) {
      probes++;
      const outcome = runCase(entry, args);
      const key = outcome.kind === 'error' ? `error:${outcome.code}` : outcome.kind;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      if (outcome.kind === 'bug') {
        escapes++;
        if (examples.length < 3)
          examples.push(
            `  ESCAPE ${outcome.reason.split('\n').slice(0, 4).join(' | ')}\n    args: ${describeArgs(args)}`,
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

process.stdout.write('\nissue 9 fault classes (tag:outcome counts)\n');
for (const [index, cls] of CLASSES.entries()) {
  if (only !== undefined && !cls.name.includes(only)) continue;
  classes++;
  const t0 = performance.now();
  const report = await runClass(cls, classRuns, seed + 7_919 * (index + 1));
  probes += report.probes;
  escapes += report.escapes;
  const seconds = ((performance.now() - t0) / 1000).toFixed(1);
  const summary = [...report.counts]
    .sort((x, y) => (x[0] < y[0] ? -1 : 1))
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  process.stdout.write(
    `${cls.name.padEnd(50)} ${seconds.padStart(6)} s  ${report.probes} probes, ${report.escapes} escapes\n    ${summary}\n`,
  );
  if (report.unreached.length > 0) process.stdout.write(`    not reached: ${report.unreached.join(', ')}\n`);
  for (const e of report.examples) process.stdout.write(`  ESCAPE ${e}\n`);
}
cleanUpClasses();
process.stdout.write(
  `\nprobes ${probes}, classes ${classes}, escapes ${escapes} in ${((performance.now() - started) / 1000).toFixed(0)} s (seed ${seed})\n`,
);
process.exit(escapes === 0 ? 0 : 1);

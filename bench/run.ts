/**
 * `npm run bench`: times the engine against the plain-number reference (bench/floatReference.ts) in
 * the same run, measures the CLI's cold start and the gzip size of every built entry, writes
 * bench/results.json and prints a summary. `npm run bench:check` compares results.json with
 * bench/budgets.json. Flags: `--no-build` (use dist/ as it is), `--quick` (shorter timings).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { Bench } from 'tinybench';
import { D } from '../src/decimal.js';
import {
  BUNDLED_TABLES,
  breakeven,
  compare,
  curve,
  defaultScenario,
  envelopeAt,
  type ScenarioInput,
  simulate,
} from '../src/index.js';
import {
  type FloatCandidate,
  type FloatDistribution,
  floatBreakevenOnly,
  floatCompare,
  floatCurve,
  floatEnvelope,
  floatSimulate,
} from './floatReference.js';
import { type Metric, type Results, summarise } from './summary.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const QUICK = args.has('--quick');

const metrics: Record<string, Metric> = {};
const notes: string[] = [];
const put = (name: string, value: number, unit: string, note?: string) => {
  metrics[name] = note === undefined ? { value, unit } : { value, unit, note };
};

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

// ---------------------------------------------------------------------------------------------
// 1. Build (for sizes and the CLI), unless told not to.
if (!args.has('--no-build')) {
  const built = spawnSync('npm', ['run', '-s', 'build'], { cwd: ROOT, encoding: 'utf8' });
  if (built.status !== 0) {
    notes.push('`npm run build` failed: sizes and CLI use whatever dist/ holds.');
    process.stderr.write(`${built.stdout}\n${built.stderr}\n`);
  }
}

// ---------------------------------------------------------------------------------------------
// 2. Timings: each engine task next to its float twin, in the same Bench, several rounds.
const scenario = defaultScenario();
const volumes10k = Array.from({ length: 10_000 }, (_, i) => (i + 1) * 1000);
const logVolumes10k = Array.from({ length: 10_000 }, (_, i) =>
  Math.round(1000 * Math.exp((Math.log(1e6) * i) / 9999)),
);
const sweepVolumes = Array.from({ length: 100 }, (_, i) => (i + 1) * 10_000);

function variant(topK: number, epochs: number): ScenarioInput {
  const s = defaultScenario();
  return {
    ...s,
    strategies: {
      ...s.strategies,
      fineTune: { ...s.strategies.fineTune!, training: { datasetTokens: 10_000_000, epochs } },
      rag: { ...s.strategies.rag!, topK },
    },
  };
}
const sweepScenarios = Array.from({ length: 100 }, (_, i) => variant((i % 10) + 1, Math.floor(i / 10) + 1));

// Monte Carlo: the default scenario with three uncertain inputs (volume, RAG's cache hit rate, epochs).
const MC_INPUTS: { path: string; exact: Record<string, unknown>; float: FloatDistribution }[] = [
  {
    path: 'workload.requestsPerMonth',
    exact: { dist: 'triangular', low: 50_000, mode: 115_000, high: 400_000 },
    float: { dist: 'triangular', low: 50_000, mode: 115_000, high: 400_000, decimals: 0 },
  },
  {
    path: 'strategies.rag.generation.cachedPrefixHitRate',
    exact: { dist: 'uniform', low: '0.3', high: '0.9' },
    float: { dist: 'uniform', low: 0.3, high: 0.9, decimals: 6 },
  },
  {
    path: 'strategies.fineTune.training.epochs',
    exact: { dist: 'discrete', values: [1, 2, 3, 4] },
    float: { dist: 'discrete', values: [1, 2, 3, 4] },
  },
];
const mcScenario = {
  ...scenario,
  uncertainty: Object.fromEntries(MC_INPUTS.map((i) => [i.path, i.exact])),
} as ScenarioInput;
const MC_SAMPLES = 10_000;

// The reference must compute the same numbers, or the ratios mean nothing.
{
  // Same seed, same sampling: the float P50 of every cost within 1e-9 of the exact one.
  const exact = simulate(mcScenario, { samples: 2000, seed: 11 });
  const float = floatSimulate(
    scenario,
    BUNDLED_TABLES,
    MC_INPUTS.map((i) => ({ path: i.path, dist: i.float })),
    2000,
    11,
  );
  exact.strategies.forEach((s, k) => {
    const want = s.monthlyCost!.p50.toNumber();
    if (Math.abs(want - float.costs[k]![1]) / want > 1e-9) {
      throw new Error(
        `float Monte Carlo disagrees with the engine on ${s.strategy}: ${want} vs ${float.costs[k]![1]}`,
      );
    }
  });
}
{
  const exact = compare(scenario);
  const float = floatCompare(scenario, BUNDLED_TABLES);
  exact.strategies.forEach((s, i) => {
    const f = float.strategies[i]!;
    const rel = Math.abs(s.monthlyTotal.toNumber() - f.monthlyTotal) / s.monthlyTotal.toNumber();
    if (rel > 1e-9 || s.lines.length !== f.lines.length) {
      throw new Error(`float reference disagrees with the engine on ${s.strategy}`);
    }
  });
}

// Issue 12: twelve candidates (the four strategies and eight variants of them), the envelope over
// 1,000 volumes and every pairwise crossover. The float twin builds the same twelve models.
const variants: {
  name: string;
  kind: 'fineTune' | 'rag' | 'promptOnly' | 'hybrid';
  change: Record<string, unknown>;
}[] = [
  { name: 'ft-1-epoch', kind: 'fineTune', change: { training: { datasetTokens: 10_000_000, epochs: 1 } } },
  { name: 'ft-quarterly', kind: 'fineTune', change: { retrainEveryMonths: 3 } },
  { name: 'rag-top3', kind: 'rag', change: { topK: 3 } },
  { name: 'rag-top8', kind: 'rag', change: { topK: 8 } },
  { name: 'po-1000', kind: 'promptOnly', change: { fewShotTokens: 1000 } },
  { name: 'po-6000', kind: 'promptOnly', change: { fewShotTokens: 6000 } },
  { name: 'hy-top1', kind: 'hybrid', change: { topK: 1 } },
  { name: 'hy-top5', kind: 'hybrid', change: { topK: 5 } },
];
const envelopeScenario = {
  ...scenario,
  candidates: Object.fromEntries(
    variants.map((v) =>
      v.kind === 'hybrid'
        ? [v.name, { kind: 'hybrid', fineTune: 'fineTune', rag: 'rag', ...v.change }]
        : [v.name, { extends: v.kind, ...v.change }],
    ),
  ),
} as ScenarioInput;
const floatCandidates: FloatCandidate[] = [
  ...(['fineTune', 'rag', 'promptOnly', 'hybrid'] as const).map((kind) => ({ scenario, kind })),
  ...variants.map((v) => ({
    kind: v.kind,
    scenario: {
      ...scenario,
      strategies: {
        ...scenario.strategies,
        [v.kind]: { ...(scenario.strategies[v.kind] as object), ...v.change },
      },
    },
  })),
];
const volumes1k = Array.from({ length: 1000 }, (_, i) => Math.round(1000 * 1.0139 ** i));
const volumes1kDec = volumes1k.map((v) => new D(v));
{
  // The float twin must find the same cheapest candidate at every volume, and so must the envelope.
  const exact = curve(envelopeScenario, { volumes: volumes1k }).points;
  const ids = compare(envelopeScenario).run.candidates.map((c) => c.id);
  const float = floatEnvelope(floatCandidates, BUNDLED_TABLES, volumes1k);
  exact.forEach((p, i) => {
    let best = ids[0]!;
    for (const id of ids) if (p.monthly[id]!.lt(p.monthly[best]!)) best = id;
    const fromEnvelope = envelopeAt(compare(envelopeScenario).envelope, volumes1kDec[i]!)!;
    if (!p.monthly[fromEnvelope]!.eq(p.monthly[best]!)) {
      throw new Error(`the envelope disagrees with the curve at ${volumes1k[i]}: ${fromEnvelope} vs ${best}`);
    }
    if (best !== ids[float.cheapest[i]!]) {
      throw new Error(`float envelope disagrees at ${volumes1k[i]}: ${best} vs ${ids[float.cheapest[i]!]}`);
    }
  });
}

let sink: unknown;
const tasks: Record<
  string,
  { engine: () => unknown; reference: () => unknown; what: string; unit: 'µs' | 'ms' }
> = {
  compare: {
    unit: 'µs',
    what: 'compare(defaultScenario()): validate, 4 strategies, line items, 6 breakevens, 6 multiples',
    engine: () => compare(scenario),
    reference: () => floatCompare(scenario, BUNDLED_TABLES),
  },
  breakeven: {
    unit: 'µs',
    what: 'breakeven(defaultScenario()): fine-tune vs RAG',
    engine: () => breakeven(scenario),
    reference: () => floatBreakevenOnly(scenario, BUNDLED_TABLES),
  },
  curve10k: {
    unit: 'ms',
    what: 'curve(default, { volumes }) with 10,000 volumes',
    engine: () => curve(scenario, { volumes: volumes10k }),
    reference: () => floatCurve(scenario, BUNDLED_TABLES, volumes10k),
  },
  curveRange10k: {
    unit: 'ms',
    what: 'curve(default, { range: 1,000 → 1e9, 10,000 points }): log spacing computed in Decimal',
    engine: () => curve(scenario, { range: { from: 1000, to: 1_000_000_000, points: 10_000 } }),
    reference: () => floatCurve(scenario, BUNDLED_TABLES, logVolumes10k),
  },
  monteCarlo10k: {
    unit: 'ms',
    what: 'simulate(default + 3 uncertain inputs, 10,000 samples): costs, 6 breakevens, 6 multiples, P10/P50/P90',
    engine: () => simulate(mcScenario, { samples: MC_SAMPLES, seed: 1 }),
    reference: () =>
      floatSimulate(
        scenario,
        BUNDLED_TABLES,
        MC_INPUTS.map((i) => ({ path: i.path, dist: i.float })),
        MC_SAMPLES,
        1,
      ),
  },
  envelope12x1k: {
    unit: 'ms',
    what: '12 candidates: compare (validate, 12 models, 66 breakevens, the exact envelope), then the cheapest at each of 1,000 volumes read off the envelope',
    engine: () => {
      const envelope = compare(envelopeScenario).envelope;
      return volumes1kDec.map((v) => envelopeAt(envelope, v));
    },
    reference: () => floatEnvelope(floatCandidates, BUNDLED_TABLES, volumes1k),
  },
  sweep10x10x100: {
    unit: 'ms',
    what: '10 topK × 10 epochs × 100 volumes: the model re-run per combination, volumes via curve',
    engine: () => {
      for (const s of sweepScenarios) sink = curve(s, { volumes: sweepVolumes });
    },
    reference: () => {
      for (const s of sweepScenarios) sink = floatCurve(s, BUNDLED_TABLES, sweepVolumes);
    },
  },
};

const rounds = QUICK ? 1 : 3;
const perRound: Record<string, { engine: number[]; reference: number[] }> = {};
for (let round = 0; round < rounds; round++) {
  const bench = new Bench({
    time: QUICK ? 150 : 400,
    warmupTime: QUICK ? 50 : 100,
    iterations: 5,
    throws: true,
  });
  for (const [name, t] of Object.entries(tasks)) {
    bench.add(`${name}:reference`, () => {
      sink = t.reference();
    });
    bench.add(`${name}:engine`, () => {
      sink = t.engine();
    });
  }
  await bench.run();
  for (const task of bench.tasks) {
    const [name, side] = task.name.split(':') as [string, 'engine' | 'reference'];
    const result = task.result;
    if (result.state !== 'completed') throw new Error(`${task.name}: ${result.state}`);
    perRound[name] ??= { engine: [], reference: [] };
    perRound[name][side].push(result.latency.p50); // ms
  }
}
void sink;

for (const [name, t] of Object.entries(tasks)) {
  const engineMs = median(perRound[name]!.engine);
  const referenceMs = median(perRound[name]!.reference);
  const scale = t.unit === 'µs' ? 1000 : 1;
  put(`${name}.engine`, engineMs * scale, t.unit, t.what);
  put(`${name}.reference`, referenceMs * scale, t.unit, 'float reference');
  put(`${name}.ratio`, engineMs / referenceMs, '×', 'engine ÷ float reference, same run');
}

// ---------------------------------------------------------------------------------------------
// 3. CLI cold start: `node dist/cli.cjs compare` against `node -e 0`, interleaved.
const cli = path.join(ROOT, 'dist/cli.cjs');
if (existsSync(cli)) {
  const runs = QUICK ? 5 : 15;
  const time = (argv: string[]): number => {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, argv, { cwd: ROOT, stdio: 'ignore' });
    if (r.status !== 0) throw new Error(`${argv.join(' ')} exited ${r.status}`);
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  const bare: number[] = [];
  const full: number[] = [];
  time(['-e', '0']);
  time([cli, 'compare']);
  for (let i = 0; i < runs; i++) {
    bare.push(time(['-e', '0']));
    full.push(time([cli, 'compare']));
  }
  const b = median(bare);
  const f = median(full);
  put('cli.nodeBaseline', b, 'ms', '`node -e 0`');
  put('cli.compare', f, 'ms', '`node dist/cli.cjs compare`');
  put('cli.overhead', f - b, 'ms', 'cli − node -e 0');
  put('cli.ratio', f / b, '×', 'cli ÷ node -e 0');
} else {
  notes.push('CLI cold start: dist/cli.cjs absent (run `npm run build`), not measured.');
}

// ---------------------------------------------------------------------------------------------
// 4. Sizes: each entry bundled with everything it imports, minified, gzipped (what a user ships).
async function bundledGzip(entry: string, external: string[] = []): Promise<{ raw: number; gzip: number }> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    external,
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}
for (const entry of ['index', 'core', 'pricing']) {
  const file = path.join(ROOT, `dist/${entry}.js`);
  if (!existsSync(file)) {
    notes.push(`size of dist/${entry}.js: absent, not measured.`);
    continue;
  }
  const size = await bundledGzip(file);
  put(`size.${entry}.gzip`, size.gzip / 1024, 'KB', `dist/${entry}.js bundled with its imports, minified`);
  put(`size.${entry}.min`, size.raw / 1024, 'KB', 'minified, before gzip');
}
if (existsSync(path.join(ROOT, 'dist/core.js'))) {
  const own = await bundledGzip(path.join(ROOT, 'dist/core.js'), ['decimal.js', 'zod', 'zod/*']);
  put('size.coreOwnCode.gzip', own.gzip / 1024, 'KB', 'dist/core.js without decimal.js and zod');
}
if (existsSync(cli)) {
  const code = readFileSync(cli);
  put(
    'size.cli.gzip',
    gzipSync(code, { level: 9 }).length / 1024,
    'KB',
    'dist/cli.cjs as shipped (already one file)',
  );
}

// ---------------------------------------------------------------------------------------------
// 5. Write and summarise.
const results: Results = {
  generatedAt: new Date().toISOString(),
  machine: { node: process.version, cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? 'unknown' },
  metrics,
  notes,
};
writeFileSync(path.join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);

process.stdout.write(
  summarise(results, JSON.parse(readFileSync(path.join(ROOT, 'bench/budgets.json'), 'utf8'))),
);

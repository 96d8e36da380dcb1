import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { groupThousands } from '../../src/_lib/formatExact.js';
import { planSweep, sweepPoints } from '../../src/analysis/sweep.js';
import { findTooWide, INPUT_LIMITS, maxBracketDepth } from '../../src/cli/inputLimits.js';
import type { LoadedScenario } from '../../src/cli/loadScenarios.js';
import { parseVary } from '../../src/cli/parseVary.js';
import { getBundledPricing } from '../../src/pricing/bundledPricing.js';
import { renderJsonReport, streamJsonReport } from '../../src/report/renderJsonReport.js';
import { defaultScenario } from '../../src/scenario/defaultScenario.js';
import { buildCli, SCENARIOS } from './helpers/cli.js';
import { runMain } from './helpers/runMain.js';

const EXAMPLE = join(SCENARIOS, 'example.yaml');
const scratch = () => mkdtempSync(join(tmpdir(), 'tor-limits-'));

/** Runs `fn`, returning its result and the milliseconds it took. */
async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const result = await fn();
  return [result, performance.now() - t0];
}

describe('sweeps: streamed, bounded, or refused up front', () => {
  it('table format above 10,000 points is refused before any point is priced (200,000 overflowed the stack)', async () => {
    const [result, ms] = await timed(() =>
      runMain([
        'sweep',
        EXAMPLE,
        '-p',
        'base',
        '--vary',
        'requestsPerMonth=1e3..1e9:log:100000',
        '--vary',
        'rag.topK=1,2',
      ]),
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^error \[usage\] at --format: the sweep has \d{3},\d{3} points; -f table shows at most 10,000: use -f csv or -f json/,
    );
    expect(ms).toBeLessThan(3000);
  });

  it('more than 1,000,000 points is refused with the number allowed', async () => {
    const result = await runMain([
      'sweep',
      '--vary',
      'requestsPerMonth=1..1e9:log:100000',
      '--vary',
      'rag.topK=1..20:step:1',
      '-f',
      'csv',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/the sweep has 1,277,940 points; at most 1,000,000 are allowed/);
  });

  it('a 1,000,000-point plan yields its first rows without pricing the rest (streaming)', () => {
    const loaded: LoadedScenario[] = [{ profile: null, scenario: defaultScenario() }];
    const axes = [parseVary('requestsPerMonth=1e3..1e9:lin:100000'), parseVary('rag.topK=1..10:step:1')];
    const plan = planSweep(loaded, axes, undefined);
    expect(plan.total).toBe(1_000_000);
    const t0 = performance.now();
    const first = sweepPoints(loaded, plan, { pricing: getBundledPricing() }).next();
    expect(first.done).toBe(false);
    expect(first.value!.length).toBe(10_000);
    expect(performance.now() - t0).toBeLessThan(5000);
  });

  it('property: streamed JSON is byte-identical to the whole document, for any batching', () => {
    const shapes = new Map<string, number>();
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
        fc.array(fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 4 }), { maxLength: 4 }),
        (head, batches) => {
          const n = batches.flat().length;
          const shape = n === 0 ? 'empty' : n === 1 ? 'one' : 'many';
          shapes.set(shape, (shapes.get(shape) ?? 0) + 1);
          const { points: _ignored, schemaVersion: _v, ...body } = head;
          const streamed = [...streamJsonReport(body, 'points', batches)].join('');
          expect(streamed).toBe(renderJsonReport({ ...body, points: batches.flat() }));
        },
      ),
      { numRuns: 300, seed: 11 },
    );
    for (const shape of ['empty', 'one', 'many']) expect(shapes.get(shape)).toBeGreaterThan(10);
  });

  it('a streamed JSON sweep parses and has every point', async () => {
    const result = await runMain([
      'sweep',
      EXAMPLE,
      '-p',
      'base',
      '--vary',
      'requestsPerMonth=1e3..1e9:log:30',
      '--vary',
      'rag.topK=3,5',
      '-f',
      'json',
    ]);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.points).toHaveLength(60);
    // The first axis given (the volume) varies fastest: documented in docs/cli.md.
    expect(
      json.points.slice(0, 2).map((p: { values: Record<string, string> }) => p.values['rag.topK']),
    ).toEqual(['3', '3']);
  });
});

describe('--vary: huge or malformed values are usage errors', () => {
  it.each([
    ['rag.topK=1e999999999..1e999999999:lin:2', 'more than 21 integer digits'],
    ['requestsPerMonth=1..1e25:log:3', 'more than 21 integer digits'],
    ['rag.churnPerMonth=1e-99..0.5:lin:3', 'more than 30 decimals'],
    ['requestsPerMonth=1e3..1e9:log', 'a malformed range'],
    ['requestsPerMonth=1e3..', 'a malformed range'],
  ])('%s', async (spec, message) => {
    const [result, ms] = await timed(() => runMain(['sweep', '--vary', spec]));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr.startsWith('error [usage] at --vary: ')).toBe(true);
    expect(ms).toBeLessThan(2000);
  });
});

describe('input sizes are capped before parsing', () => {
  it('a scenario mapping with 100,000 keys is refused in linear time (it took a minute)', async () => {
    const dir = scratch();
    const many = join(dir, 'many.yaml');
    writeFileSync(many, `workload:\n${Array.from({ length: 100_000 }, (_, i) => `  k${i}: 1`).join('\n')}\n`);
    const [big, ms] = await timed(() => runMain(['compare', many]));
    expect(big.code).toBe(1);
    expect(big.stderr).toBe(
      `error [invalid_input] at ${many}: the file is larger than 1 MiB, the limit for a scenario file\n`,
    );
    expect(ms).toBeLessThan(1000);
    const some = join(dir, 'some.yaml');
    writeFileSync(some, `workload:\n${Array.from({ length: 5000 }, (_, i) => `  k${i}: 1`).join('\n')}\n`);
    const wide = await runMain(['compare', some]);
    expect(wide.stderr).toBe(
      `error [invalid_input] at workload: ${some}: a mapping with 5,000 keys, more than 1,000, the limit for a scenario file\n`,
    );
  });

  it('deep scenario nesting is refused, flow or block', async () => {
    const dir = scratch();
    const flow = join(dir, 'flow.yaml');
    writeFileSync(flow, `workload: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`);
    expect((await runMain(['compare', flow])).stderr).toContain('nested more than 64 levels deep');
    const block = join(dir, 'block.yaml');
    let text = '';
    for (let i = 0; i < 70; i++) text += `${' '.repeat(i)}a${i}:\n`;
    writeFileSync(block, `${text}${' '.repeat(70)}x: 1\n`);
    expect((await runMain(['compare', block])).stderr).toContain('nested more than 64 levels deep');
  });

  it('run files: size, depth, width and digits each refused with the limit (a 1,000,000-digit number never finished)', async () => {
    const dir = scratch();
    const good = join(dir, 'good.json');
    expect((await runMain(['compare', join(SCENARIOS, 'single.json'), '-f', 'json', '-o', good])).code).toBe(
      0,
    );
    const run = JSON.parse((await runMain(['compare', join(SCENARIOS, 'single.json'), '-f', 'json'])).stdout);
    const cases: [string, () => string, string][] = [
      [
        'huge',
        () => {
          const f = join(dir, 'huge.json');
          writeFileSync(f, '{}');
          truncateSync(f, INPUT_LIMITS.runFileBytes + 1);
          return f;
        },
        'the file is larger than 64 MiB, the limit for a saved run',
      ],
      [
        'deep',
        () => {
          const f = join(dir, 'deep.json');
          writeFileSync(f, `${'['.repeat(200_000)}${']'.repeat(200_000)}`);
          return f;
        },
        'nested more than 64 levels deep, the limit for a saved run',
      ],
      [
        'wide',
        () => {
          const f = join(dir, 'wide.json');
          const copy = structuredClone(run);
          copy.runs[0].strategies[0].lines = Array.from({ length: 150_000 }, () => 0);
          writeFileSync(f, JSON.stringify(copy));
          return f;
        },
        '`runs[0].strategies[0].lines` has 150,000 entries, more than 100,000, the limit for a saved run',
      ],
      [
        'digits',
        () => {
          const f = join(dir, 'digits.json');
          const copy = structuredClone(run);
          copy.runs[0].strategies[0].monthlyTotal = '9'.repeat(1_000_000);
          writeFileSync(f, JSON.stringify(copy));
          return f;
        },
        'a number with more than 200 characters',
      ],
    ];
    for (const [name, make, message] of cases) {
      const file = make();
      const [result, ms] = await timed(() => runMain(['diff', good, file]));
      expect(result.code, name).toBe(1);
      expect(result.stderr, name).toMatch(/^error \[invalid_run_file\] at /);
      expect(result.stderr, name).toContain(message);
      expect(ms, name).toBeLessThan(3000);
    }
  });

  it('property: the depth and width measures agree with a direct count', () => {
    const kinds = new Set<string>();
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const text = JSON.stringify(value);
        const depthOf = (v: unknown): number =>
          v !== null && typeof v === 'object'
            ? 1 + Math.max(0, ...Object.values(v as object).map(depthOf))
            : 0;
        kinds.add(Array.isArray(value) ? 'array' : typeof value);
        expect(maxBracketDepth(text, true)).toBe(depthOf(value));
        const width = (v: unknown): number =>
          v !== null && typeof v === 'object'
            ? Math.max(Object.keys(v as object).length, ...Object.values(v as object).map(width))
            : 0;
        const w = width(value);
        expect(findTooWide(value, w)).toBeUndefined();
        if (w > 0) expect(findTooWide(value, w - 1)?.size).toBe(w);
      }),
      { numRuns: 300, seed: 5 },
    );
    expect(kinds.has('array') && kinds.has('object')).toBe(true);
  });
});

describe('digit grouping is linear', () => {
  it('groups 1,000,000 digits in well under a second', () => {
    const t0 = performance.now();
    const grouped = groupThousands(`-${'9'.repeat(1_000_000)}.5`);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(grouped.length).toBe(1 + 1_000_000 + 333_333 + 2);
  });

  it('property: the same as the textbook regular expression', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^-?\d{1,40}(\.\d{1,5})?$/), (plain) => {
        const negative = plain.startsWith('-');
        const [int = '', frac] = (negative ? plain.slice(1) : plain).split('.');
        const expected = `${negative ? '-' : ''}${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${frac === undefined ? '' : `.${frac}`}`;
        expect(groupThousands(plain)).toBe(expected);
      }),
      { numRuns: 300, seed: 1 },
    );
  });
});

describe('Ctrl-C while writing', () => {
  let cli = '';
  beforeAll(async () => {
    cli = await buildCli();
  }, 120_000);

  it('removes the temp file of a long --out and dies of the signal', async () => {
    const dir = scratch();
    const out = join(dir, 'out.csv');
    const child = spawn(
      process.execPath,
      [
        cli,
        'sweep',
        EXAMPLE,
        '-p',
        'base',
        '--vary',
        'requestsPerMonth=1e3..1e9:lin:100000',
        '--vary',
        'rag.topK=1..10:step:1',
        '-f',
        'csv',
        '-o',
        out,
      ],
      { stdio: 'ignore' },
    );
    const exited = new Promise<[number | null, NodeJS.Signals | null]>((done) =>
      child.on('exit', (code, signal) => done([code, signal])),
    );
    const deadline = Date.now() + 30_000;
    while (!readdirSync(dir).some((n) => n.endsWith('.tmp')) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(readdirSync(dir).some((n) => n.endsWith('.tmp'))).toBe(true);
    child.kill('SIGINT');
    const [, signal] = await exited;
    expect(signal).toBe('SIGINT');
    expect(readdirSync(dir)).toEqual([]);
  }, 60_000);
});

/**
 * The fault classes of issue 9, as fuzz targets: each class generates probes of its kind (files on
 * disk, user Decimal settings, YAML tags, sizes and depths, hostile throwables, option shapes, control
 * characters) and judges each one. An "escape" is a probe where the promise of the class failed.
 * Shared by the short run in `npm test` (test/fuzz/classes.test.ts) and `npm run fuzz`.
 */
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { escapeControl } from '../../src/_lib/escapeControl.js';
import { CliError } from '../../src/cli/cliError.js';
import { parseScenarioText } from '../../src/cli/parseScenarioText.js';
import * as api from '../../src/index.js';
import { neutraliseCell } from '../../src/report/renderCsv.js';
import { runMain } from '../cli/helpers/runMain.js';
import { badValue } from './harness.js';

/** What one probe came to: the promise held (`ok` or a typed refusal), or it escaped. */
export type ProbeOutcome =
  | { readonly kind: 'ok'; readonly tag: string }
  | { readonly kind: 'refused'; readonly tag: string }
  | { readonly kind: 'escape'; readonly tag: string; readonly reason: string };

export interface FaultClass<TProbe> {
  readonly name: string;
  readonly arb: fc.Arbitrary<TProbe>;
  readonly run: (probe: TProbe) => Promise<ProbeOutcome>;
  /** Tags every long enough run must reach (the generators demonstrably hit each case). */
  readonly mustReach: readonly string[];
}

const ok = (tag: string): ProbeOutcome => ({ kind: 'ok', tag });
const refused = (tag: string): ProbeOutcome => ({ kind: 'refused', tag });
const escaped = (tag: string, reason: string): ProbeOutcome => ({ kind: 'escape', tag, reason });

let root: string | undefined;
function scratch(): string {
  root ??= mkdtempSync(join(tmpdir(), 'tor-fuzz-classes-'));
  const dir = mkdtempSync(join(root, 'p-'));
  return dir;
}

/** Removes the probes' directories (call once at the end of a run). */
export function cleanUpClasses(): void {
  if (root !== undefined) rmSync(root, { recursive: true, force: true });
  root = undefined;
}

function scenarioText(): string {
  return JSON.stringify(api.defaultScenario());
}

// ---------------------------------------------------------------------------------------------
// 1. Files: --out never loses a file.

type FileTarget =
  | 'input'
  | 'input-relative'
  | 'input-symlink'
  | 'input-hardlink'
  | 'prices-file'
  | 'prices-folder'
  | 'regular'
  | 'symlink'
  | 'dangling'
  | 'fifo'
  | 'chardev'
  | 'directory'
  | 'missing-dir'
  | 'empty';

const fileClass: FaultClass<{ target: FileTarget; mode: number; command: string; format: string }> = {
  name: 'files: --out never loses a file',
  arb: fc.record({
    target: fc.constantFrom<FileTarget>(
      'input',
      'input-relative',
      'input-symlink',
      'input-hardlink',
      'prices-file',
      'prices-folder',
      'regular',
      'symlink',
      'dangling',
      'fifo',
      'chardev',
      'directory',
      'missing-dir',
      'empty',
    ),
    mode: fc.constantFrom(0o600, 0o640, 0o644, 0o755),
    command: fc.constantFrom('compare', 'explain', 'breakeven', 'diff'),
    format: fc.constantFrom('table', 'csv', 'json'),
  }),
  mustReach: [
    'input',
    'input-symlink',
    'input-hardlink',
    'prices-file',
    'prices-folder',
    'fifo',
    'symlink',
    'dangling',
    'regular',
    'directory',
  ],
  async run({ target, mode, command, format }) {
    const dir = scratch();
    const input = join(dir, 'in.json');
    const text = scenarioText();
    writeFileSync(input, text);
    const run2 = join(dir, 'run2.json');
    let args: string[];
    if (command === 'diff') {
      const saved = await runMain(['compare', input, '-f', 'json', '-o', join(dir, 'run.json')]);
      if (saved.code !== 0) return escaped(target, `could not save a run: ${saved.stderr}`);
      writeFileSync(run2, readFileSync(join(dir, 'run.json')));
      args = ['diff', join(dir, 'run.json'), run2, '-f', format];
    } else args = [command, input, '-f', format];
    const inputs = command === 'diff' ? [join(dir, 'run.json'), run2] : [input];
    const primary = inputs[0]!;
    const before = inputs.map((f) => readFileSync(f, 'utf8'));
    let out: string;
    switch (target) {
      case 'input':
        out = primary;
        break;
      case 'input-relative':
        mkdirSync(join(dir, 'sub'));
        // Not path.join, which would fold `sub/..` away before the CLI sees it.
        out = `${dir}/sub/../${primary.slice(dir.length + 1)}`;
        break;
      case 'input-symlink':
        out = join(dir, 'link');
        symlinkSync(primary, out);
        break;
      case 'input-hardlink':
        out = join(dir, 'hard');
        linkSync(primary, out);
        break;
      case 'prices-file':
      case 'prices-folder':
        // A user's price table (`--prices FILE` or `--prices DIR`) is an input as much as the scenario.
        if (command === 'diff') args.splice(0, args.length, 'compare', input, '-f', format);
        mkdirSync(join(dir, 'quotes'));
        out = join(dir, 'quotes', 'vendor-2026-11-15.json');
        writeFileSync(out, '{"kept": true}');
        inputs.push(out);
        before.push('{"kept": true}');
        args.push('--prices', target === 'prices-file' ? out : join(dir, 'quotes'));
        break;
      case 'regular':
        out = join(dir, 'out.txt');
        writeFileSync(out, 'old');
        chmodSync(out, mode);
        break;
      case 'symlink':
        writeFileSync(join(dir, 'real.txt'), 'old');
        out = join(dir, 'link.txt');
        symlinkSync('real.txt', out);
        break;
      case 'dangling':
        out = join(dir, 'dangling.txt');
        symlinkSync(join(dir, 'made.txt'), out);
        break;
      case 'fifo':
        out = join(dir, 'pipe');
        if (spawnSync('mkfifo', [out]).status !== 0) return ok('fifo-unavailable');
        break;
      case 'chardev':
        out = join(dir, 'null');
        // A private copy of /dev/null: a regression could never replace the machine's.
        if (spawnSync('mknod', [out, 'c', '1', '3']).status !== 0) return ok('chardev-unavailable');
        break;
      case 'directory':
        out = dir;
        break;
      case 'missing-dir':
        out = join(dir, 'no', 'such', 'x.txt');
        break;
      case 'empty':
        out = '';
        break;
    }
    let result: Awaited<ReturnType<typeof runMain>>;
    if (target === 'fifo') {
      // A reader for the FIFO, started before the write (which blocks until one opens it).
      const { spawn } = await import('node:child_process');
      const child = spawn('sh', ['-c', `cat "${out}" > "${join(dir, 'captured')}"`]);
      const done = new Promise((r) => child.on('exit', r));
      result = await runMain([...args, '-o', out]);
      if (result.code !== 0) child.kill();
      await done;
    } else result = await runMain([...args, '-o', out]);
    // The promises of the class, whatever happened.
    for (const [i, f] of inputs.entries()) {
      if (readFileSync(f, 'utf8') !== before[i]) return escaped(target, `the input ${f} was changed`);
    }
    const temps = readdirSync(dir).filter((n) => n.endsWith('.tmp'));
    if (temps.length > 0) return escaped(target, `temp file left: ${temps.join(', ')}`);
    if (result.stderr.includes('.tmp')) return escaped(target, `a temp file named in: ${result.stderr}`);
    const expectRefusal = [
      'input',
      'prices-file',
      'prices-folder',
      'input-relative',
      'input-symlink',
      'input-hardlink',
      'directory',
      'missing-dir',
      'empty',
    ];
    if (expectRefusal.includes(target)) {
      if (result.code === 0) return escaped(target, 'not refused');
      if (!/^error \[(write_failed|usage)\] at /.test(result.stderr))
        return escaped(target, `unexpected error: ${result.stderr}`);
      return refused(target);
    }
    if (result.code !== 0) return escaped(target, `failed: ${result.stderr}`);
    const st = lstatSync(out);
    if (target === 'fifo' && !st.isFIFO()) return escaped(target, 'the FIFO was replaced');
    if (target === 'chardev' && !st.isCharacterDevice()) return escaped(target, 'the device was replaced');
    if ((target === 'symlink' || target === 'dangling') && !st.isSymbolicLink())
      return escaped(target, 'the link was replaced');
    if (target === 'regular' && (statSync(out).mode & 0o7777) !== mode)
      return escaped(target, `mode ${(statSync(out).mode & 0o7777).toString(8)} ≠ ${mode.toString(8)}`);
    return ok(target);
  },
};

// ---------------------------------------------------------------------------------------------
// 2. Numbers: nothing a user configures changes a result.

let baseline: string | undefined;
const numberClass: FaultClass<{ precision: number; rounding: number; exp: number; via: string }> = {
  name: 'numbers: user Decimal settings change nothing',
  arb: fc.record({
    precision: fc.integer({ min: 1, max: 100 }),
    rounding: fc.integer({ min: 0, max: 8 }),
    exp: fc.integer({ min: 0, max: 9 }),
    via: fc.constantFrom('global', 'result-constructor', 'exports'),
  }),
  mustReach: ['global', 'result-constructor', 'exports'],
  async run({ precision, rounding, exp, via }) {
    baseline ??= JSON.stringify(api.compare(api.defaultScenario()));
    const settings = { precision, rounding: rounding as Decimal.Rounding, toExpPos: exp, toExpNeg: -exp };
    try {
      if (via === 'global') Decimal.set(settings);
      else if (via === 'result-constructor') {
        const ctor = api.compare(api.defaultScenario()).strategies[0]!.monthlyTotal
          .constructor as typeof Decimal;
        try {
          ctor.set(settings);
        } catch {
          // Refused, as it should be.
        }
      } else {
        for (const value of Object.values(api)) {
          if (typeof value === 'function' && 'set' in value && 'precision' in value)
            return escaped(via, 'a Decimal constructor is exported');
        }
      }
      const now = JSON.stringify(api.compare(api.defaultScenario()));
      return now === baseline ? ok(via) : escaped(via, `results changed under ${JSON.stringify(settings)}`);
    } finally {
      Decimal.set({ defaults: true });
    }
  },
};

// ---------------------------------------------------------------------------------------------
// 3. YAML tags outside the core schema, at every depth.

const TAGS = [
  '!!set',
  '!!omap',
  '!!pairs',
  '!!binary',
  '!!timestamp',
  '!custom',
  '!<tag:x.com,2000:y>',
  '!!js/function',
  '!!merge',
];
const tagClass: FaultClass<{ tag: string; kind: string; depth: number }> = {
  name: 'yaml: non-core tags refused at every depth',
  arb: fc.record({
    tag: fc.constantFrom(...TAGS),
    kind: fc.constantFrom('mapping', 'list', 'scalar', 'key'),
    depth: fc.integer({ min: 0, max: 10 }),
  }),
  mustReach: ['mapping', 'list', 'scalar', 'key'],
  async run({ tag, kind, depth }) {
    const leaf =
      kind === 'mapping'
        ? `${tag} { x: 1 }`
        : kind === 'list'
          ? `${tag} [1]`
          : kind === 'scalar'
            ? `${tag} aGk=`
            : `{ ${tag} k: 1 }`;
    let text = leaf;
    for (let i = 0; i < depth; i++) text = i % 2 === 0 ? `{ a${i}: ${text} }` : `[ ${text} ]`;
    try {
      parseScenarioText(`profiles:\n  p: ${text}\n`, 'f.yaml');
      return escaped(kind, `accepted ${tag}`);
    } catch (error) {
      if (error instanceof CliError && error.code === 'unsupported_tag') return refused(kind);
      return escaped(kind, `wrong error: ${String(error)}`);
    }
  },
};

// ---------------------------------------------------------------------------------------------
// 4. Sizes and depths: refused with the limit, fast; never a stack overflow or a hang.

const sizeClass: FaultClass<{ what: string; n: number }> = {
  name: 'sizes: limits refused fast, never a crash',
  arb: fc.oneof(
    fc.record({ what: fc.constant('yaml-depth'), n: fc.integer({ min: 1, max: 200_000 }) }),
    fc.record({ what: fc.constant('yaml-keys'), n: fc.integer({ min: 1, max: 60_000 }) }),
    fc.record({ what: fc.constant('run-depth'), n: fc.integer({ min: 1, max: 200_000 }) }),
    fc.record({ what: fc.constant('run-digits'), n: fc.integer({ min: 1, max: 1_000_000 }) }),
    fc.record({ what: fc.constant('api-depth'), n: fc.integer({ min: 1, max: 20_000 }) }),
    fc.record({ what: fc.constant('api-keys'), n: fc.integer({ min: 1, max: 50_000 }) }),
    fc.record({ what: fc.constant('vary-exponent'), n: fc.integer({ min: 15, max: 999_999_999 }) }),
  ),
  mustReach: ['yaml-depth', 'yaml-keys', 'run-depth', 'run-digits', 'api-depth', 'api-keys', 'vary-exponent'],
  async run({ what, n }) {
    const t0 = performance.now();
    const dir = scratch();
    let outcome: ProbeOutcome;
    const cli = async (args: string[]) => {
      const r = await runMain(args);
      if (r.code === 0) return ok(what);
      return /^error \[[a-z_]+\] /.test(r.stderr) && !r.stderr.includes('internal')
        ? refused(what)
        : escaped(what, r.stderr.slice(0, 200));
    };
    if (what === 'yaml-depth') {
      const f = join(dir, 's.yaml');
      writeFileSync(f, `workload: ${'['.repeat(n)}${']'.repeat(n)}\n`);
      outcome = await cli(['validate', f]);
    } else if (what === 'yaml-keys') {
      const f = join(dir, 's.yaml');
      writeFileSync(f, `workload:\n${Array.from({ length: n }, (_, i) => `  k${i}: 1`).join('\n')}\n`);
      outcome = await cli(['validate', f]);
    } else if (what === 'run-depth' || what === 'run-digits') {
      const good = join(dir, 'good.json');
      await runMain(['compare', '-f', 'json', '-o', good]);
      const f = join(dir, 'bad.json');
      if (what === 'run-depth') writeFileSync(f, `${'['.repeat(n)}${']'.repeat(n)}`);
      else {
        const run = JSON.parse(readFileSync(good, 'utf8'));
        run.runs[0].strategies[0].monthlyTotal = '9'.repeat(n);
        writeFileSync(f, JSON.stringify(run));
      }
      outcome = await cli(['diff', good, f]);
    } else if (what === 'api-depth' || what === 'api-keys') {
      const s = api.defaultScenario() as unknown as Record<string, unknown>;
      if (what === 'api-depth') {
        let v: unknown = 1;
        for (let i = 0; i < n; i++) v = { a: v };
        s.extra = v;
      } else s.workload = Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, 1]));
      const r = api.safeCompare(s);
      outcome = r.success
        ? escaped(what, 'accepted an unknown field')
        : r.error instanceof api.TuneOrRagError
          ? refused(what)
          : escaped(what, 'not our error');
    } else {
      outcome = await cli(['sweep', '--vary', `rag.topK=1e${n}..1e${n}:lin:2`]);
    }
    const ms = performance.now() - t0;
    if (outcome.kind !== 'escape' && ms > 5000) return escaped(what, `took ${ms.toFixed(0)} ms (n = ${n})`);
    return outcome;
  },
};

// ---------------------------------------------------------------------------------------------
// 5. Hostile throwables: safe forms never throw; throwing forms throw our error with the path.

function trapped(): object {
  const handler: ProxyHandler<object> = {};
  const proxy: object = new Proxy({}, handler);
  for (const trap of [
    'get',
    'has',
    'ownKeys',
    'getPrototypeOf',
    'getOwnPropertyDescriptor',
    'apply',
  ] as const) {
    (handler as Record<string, unknown>)[trap] = () => {
      throw proxy;
    };
  }
  return proxy;
}

const THROWABLES: Record<string, () => unknown> = {
  proxy: trapped,
  lookAlike: () => ({ name: 'TuneOrRagError', code: 'invalid_input', path: '', message: 'fake' }),
  getters: () =>
    Object.defineProperty({}, 'name', {
      get() {
        throw new Error('trap');
      },
    }),
  null: () => null,
  symbol: () => Symbol('x'),
  typeError: () => new TypeError('boom'),
};

const throwableClass: FaultClass<{ kind: string; where: string; fn: string }> = {
  name: 'throwables: safe forms never throw',
  arb: fc.record({
    kind: fc.constantFrom(...Object.keys(THROWABLES)),
    where: fc.constantFrom(
      'workload',
      'strategies',
      'name',
      'strategies.rag',
      'options',
      'options.requestsPerMonth',
      'scenario-proxy',
    ),
    fn: fc.constantFrom('Compare', 'Breakeven', 'Multiple', 'Curve', 'Horizon'),
  }),
  mustReach: Object.keys(THROWABLES),
  async run({ kind, where, fn }) {
    const thrown = THROWABLES[kind]!;
    let scenario: unknown = api.defaultScenario();
    let options: unknown;
    if (where === 'scenario-proxy') scenario = trapped();
    else if (where === 'options') options = trapped();
    else if (where === 'options.requestsPerMonth')
      options = Object.defineProperty({}, 'requestsPerMonth', {
        enumerable: true,
        get() {
          throw thrown();
        },
      });
    else {
      const keys = where.split('.');
      let parent = scenario as Record<string, unknown>;
      for (const k of keys.slice(0, -1)) parent = parent[k] as Record<string, unknown>;
      Object.defineProperty(parent, keys[keys.length - 1]!, {
        enumerable: true,
        get() {
          throw thrown();
        },
      });
    }
    const safe = (api as unknown as Record<string, (s: unknown, o?: unknown) => api.SafeResult<unknown>>)[
      `safe${fn}`
    ]!;
    const throwing = (api as unknown as Record<string, (s: unknown, o?: unknown) => unknown>)[
      fn.toLowerCase()
    ]!;
    let result: api.SafeResult<unknown>;
    try {
      result = safe(scenario, options);
    } catch (error) {
      return escaped(kind, `safe${fn} threw ${typeof error}`);
    }
    if (result.success || !(result.error instanceof api.TuneOrRagError))
      return escaped(kind, `safe${fn} did not fail with our error`);
    try {
      throwing(scenario, options);
      return escaped(kind, `${fn.toLowerCase()} returned`);
    } catch (error) {
      if (!(error instanceof api.TuneOrRagError))
        return escaped(kind, `${fn.toLowerCase()} threw a foreign value`);
      const expected = where === 'scenario-proxy' ? '' : where;
      if (where !== 'options' && error.path !== expected)
        return escaped(kind, `path ${error.path} ≠ ${expected}`);
    }
    return refused(kind);
  },
};

// ---------------------------------------------------------------------------------------------
// 6. Option shapes: our error naming an option path, or a real result.

const shapeClass: FaultClass<{ key: string; value: unknown }> = {
  name: 'options: wrong shapes are our error',
  arb: fc.record({
    key: fc.constantFrom(
      'pricing',
      'volumes',
      'range',
      'months',
      'between',
      'requestsPerMonth',
      'sparse-volumes',
      'helper',
      'registry-arg',
    ),
    value: badValue,
  }),
  mustReach: ['pricing', 'volumes', 'range', 'months', 'between', 'sparse-volumes', 'helper', 'registry-arg'],
  async run({ key, value }) {
    try {
      if (key === 'registry-arg') {
        // Every function that takes a registry: ours at `registry`, or (a real registry) a result.
        api.listVendors(value as never);
        api.resolvePriceTable(value as never, 'openai', '2025-06-01');
        api.extendPricingRegistry(value as never, []);
        return ok(key);
      }
      if (key === 'helper') {
        const { logSpacedVolumes } = await import('../../src/core.js');
        logSpacedVolumes(value as never, new Decimal(10), 3);
        api.formatDecimal(value as never);
        return ok(key);
      }
      const options: Record<string, unknown> =
        key === 'sparse-volumes'
          ? {
              volumes: (() => {
                const v = [1000, 2000, 3000];
                delete v[1];
                return v;
              })(),
            }
          : { [key]: value };
      const fn = key === 'months' ? api.horizon : key === 'between' ? api.breakeven : api.curve;
      const r = fn(api.defaultScenario(), options as never) as unknown;
      return JSON.stringify(r).includes('NaN') ? escaped(key, 'NaN in a result') : ok(key);
    } catch (error) {
      if (!(error instanceof api.TuneOrRagError)) return escaped(key, `threw ${String(error).slice(0, 120)}`);
      if (key === 'registry-arg' && error.path !== 'registry') return escaped(key, `path ${error.path}`);
      if (
        key !== 'helper' &&
        key !== 'registry-arg' &&
        !error.path.startsWith('options') &&
        error.path !== ''
      )
        return escaped(key, `path ${error.path} is not an option`);
      return refused(key);
    }
  },
};

// ---------------------------------------------------------------------------------------------
// 7. Text safety: control characters never reach a terminal or document raw; CSV starters.

const CONTROL = fc.constantFrom(
  '\u001b[2J',
  '\u001b]0;x\u0007',
  '\r',
  '\u0000',
  '\u009b31m',
  '\u202e',
  '\u0008',
  '\u007f',
);
const textClass: FaultClass<{ name: string; format: string; csvLead: string }> = {
  name: 'text: control characters escaped, CSV neutralised',
  arb: fc.record({
    name: fc.tuple(fc.string({ maxLength: 6 }), CONTROL, fc.string({ maxLength: 6 })).map((p) => p.join('')),
    format: fc.constantFrom('table', 'markdown', 'error', 'csv-cell'),
    csvLead: fc.constantFrom(' ', '\n', '\t ', '  '),
  }),
  mustReach: ['table', 'markdown', 'error', 'csv-cell'],
  async run({ name, format, csvLead }) {
    if (format === 'csv-cell') {
      const cell = `${csvLead}=1+1${name}`;
      return neutraliseCell(cell).startsWith("'")
        ? ok(format)
        : escaped(format, `not neutralised: ${JSON.stringify(cell)}`);
    }
    const dir = scratch();
    const f = join(dir, 's.json');
    writeFileSync(f, JSON.stringify({ ...api.defaultScenario(), name, profiles: { base: {} } }));
    const r =
      format === 'error'
        ? await runMain(['compare', f, '-p', `x${name}`])
        : await runMain(['compare', f, '-f', format]);
    for (const text of [r.stdout, r.stderr.slice(0, -1)]) {
      if (escapeControl(text, text === r.stdout && format !== 'error') !== text)
        return escaped(format, `raw control character in ${format}: ${JSON.stringify(text.slice(0, 80))}`);
    }
    return r.code === 0 ? ok(format) : refused(format);
  },
};

// biome-ignore lint/suspicious/noExplicitAny: each class has its own probe type.
export const CLASSES: readonly FaultClass<any>[] = [
  fileClass,
  numberClass,
  tagClass,
  sizeClass,
  throwableClass,
  shapeClass,
  textClass,
];

/** The counts of one class's run: by tag and outcome, and the first few escapes. */
export interface ClassReport {
  readonly name: string;
  readonly probes: number;
  readonly counts: ReadonlyMap<string, number>;
  readonly escapes: number;
  readonly examples: readonly string[];
  readonly unreached: readonly string[];
}

/** Runs `runs` probes of a class (seeded) and counts what happened. */
export async function runClass(cls: FaultClass<unknown>, runs: number, seed: number): Promise<ClassReport> {
  const counts = new Map<string, number>();
  const examples: string[] = [];
  let escapes = 0;
  const probes = fc.sample(cls.arb, { numRuns: runs, seed });
  for (const probe of probes) {
    let outcome: ProbeOutcome;
    try {
      outcome = await cls.run(probe);
    } catch (error) {
      outcome = escaped(
        'crash',
        `the probe crashed: ${String((error as Error)?.stack ?? error).slice(0, 300)}`,
      );
    }
    const key = `${outcome.tag}:${outcome.kind}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    if (outcome.kind === 'escape') {
      escapes++;
      if (examples.length < 3)
        examples.push(`${outcome.reason}\n    probe: ${JSON.stringify(probe)?.slice(0, 300)}`);
    }
  }
  const reached = new Set([...counts.keys()].map((k) => k.split(':')[0]));
  return {
    name: cls.name,
    probes: probes.length,
    counts,
    escapes,
    examples,
    unreached: cls.mustReach.filter((t) => !reached.has(t)),
  };
}

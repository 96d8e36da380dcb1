/**
 * The bad-input campaign, shared by the short run in `npm test` (test/fuzz/publicApi.test.ts) and the
 * long one (`npm run fuzz`, scripts/fuzz.ts): generators of hostile inputs, one entry per public
 * function, and the judge of each call. The promise under test: a throwing function either returns
 * a finite, deterministic result or throws a TuneOrRagError with a known code and a path; a `safe…`
 * function never throws; no input is mutated.
 */

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Decimal from 'decimal.js';
import fc from 'fast-check';
import YAML from 'yaml';
import { CliError } from '../../src/cli/cliError.js';
import { loadScenarios } from '../../src/cli/loadScenarios.js';
import {
  BUNDLED_TABLES,
  breakeven,
  compare,
  compareWith,
  createPricingRegistry,
  curve,
  type Dec,
  defaultScenario,
  type ErrorCode,
  extendPricingRegistry,
  getBundledPricing,
  horizon,
  isTuneOrRagError,
  multiple,
  parsePriceTable,
  parseScenario,
  safeBreakeven,
  safeCompare,
  safeCreatePricingRegistry,
  safeCurve,
  safeHorizon,
  safeMultiple,
  safeParsePriceTable,
  safeParseScenario,
  TuneOrRagError,
} from '../../src/index.js';

// Keyed by every ErrorCode, so the compiler asks for a new code here.
const CODES: Readonly<Record<ErrorCode, true>> = {
  invalid_input: true,
  unknown_vendor: true,
  unknown_model: true,
  fine_tuning_not_offered: true,
  option_not_offered: true,
  missing_price: true,
  no_price_at_date: true,
  invalid_price_table: true,
  unit_mismatch: true,
  capacity_exceeded: true,
  context_window_exceeded: true,
  offering_ended: true,
  offering_not_yet_available: true,
};
export const ERROR_CODES: readonly ErrorCode[] = Object.keys(CODES) as ErrorCode[];

// biome-ignore lint/suspicious/noExplicitAny: hostile inputs are untyped by nature.
type Loose = any;

// ---------------------------------------------------------------------------------------------
// Hostile values.

function deep(depth: number, asArray: boolean): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = asArray ? [value] : { a: value };
  return value;
}

/** An object with an own `__proto__` key, as `JSON.parse` makes it. */
function withOwnKey(
  key: string,
  value: unknown,
  base: Record<string, unknown> = {},
): Record<string, unknown> {
  const out = { ...base };
  Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  return out;
}

let fixedValues: unknown[] | undefined;
/** The named bad values of issue 6, built once (the huge ones are large). */
export function badValues(): unknown[] {
  fixedValues ??= [
    -1,
    -0.5,
    0.5,
    1.5,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    JSON.parse('1e309'),
    2 ** 53,
    2 ** 53 + 2,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    '1e3',
    '1e309',
    '-0',
    '-1',
    '+1',
    '0x10',
    ' 12',
    '12 ',
    '1_000',
    '',
    'NaN',
    'Infinity',
    '١٢٣',
    '１２３',
    '١٢٣.٤',
    '0.1e1',
    '9'.repeat(400),
    '9'.repeat(100_000),
    'x'.repeat(100_000),
    '\u0000',
    '\ud800',
    null,
    true,
    false,
    [],
    {},
    [1, 2],
    deep(5000, true),
    deep(5000, false),
    JSON.parse('{"__proto__": {"polluted": true}}'),
    withOwnKey('__proto__', { polluted: true }),
    { constructor: { prototype: { polluted: true } } },
    { toString: 'not a function', valueOf: 1 },
    Object.create(null),
    new Decimal('NaN'),
    new Decimal('Infinity'),
    new Decimal('-1'),
    new Decimal('-0'),
    new Decimal('1e-50'),
    new Decimal('1e21'),
    new Decimal('1e999999999'),
    new Decimal('1e-999999999'),
    1n,
    Symbol('s'),
    new Date(Number.NaN),
  ];
  return fixedValues;
}

export const badValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.nat({ max: 10_000 }).map((i) => badValues()[i % badValues().length]) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.integer({ min: -1e6, max: 1e12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
);

// ---------------------------------------------------------------------------------------------
// Valid bases and one-field mutations.

function scenarioBases(): Loose[] {
  const d = defaultScenario() as Loose;
  return [
    d,
    { ...d, strategies: { fineTune: d.strategies.fineTune, rag: d.strategies.rag } },
    {
      ...d,
      asOf: undefined,
      strategies: { promptOnly: { ...d.strategies.promptOnly, batch: true, prices: { input: '1.5' } } },
    },
    {
      ...d,
      strategies: {
        rag: {
          ...d.strategies.rag,
          rerank: { vendor: 'cohere', model: 'rerank-v3.5', candidates: 20 },
          generation: {
            vendor: 'anthropic',
            model: 'claude-sonnet-4-5',
            cachedPrefixHitRate: '0.5',
            cacheTtl: '1h',
          },
        },
      },
    },
    {
      ...d,
      asOf: undefined,
      strategies: {
        fineTune: {
          vendor: 'aws-bedrock',
          model: 'cohere-command-light',
          training: { datasetTokens: 1_000_000 },
          serving: {
            mode: 'capacity',
            option: 'pt-no-commit',
            autoscale: { requestsPerCopyPerMonth: 100_000, minCopies: 1, maxCopies: 5 },
          },
          prices: { training: '0.004' },
        },
      },
    },
    {
      ...d,
      asOf: undefined,
      strategies: {
        fineTune: {
          vendor: 'together',
          model: 'llama-3.1-8b-instruct',
          variant: 'lora',
          training: { datasetTokens: 1_000_000, epochs: 2 },
          serving: {
            mode: 'capacity',
            option: 'h100-80gb',
            copies: 2,
            activeHoursPerMonth: 200,
            sessionsPerMonth: 20,
          },
        },
      },
    },
    {
      ...d,
      asOf: undefined,
      strategies: {
        rag: {
          ...d.strategies.rag,
          chunkOverlapTokens: 64,
          vectorDb: { vendor: 'supabase', plan: 'pro', instance: 'small' },
        },
      },
    },
  ].map((s) => JSON.parse(JSON.stringify(s)));
}

/** Every path to a node (object, array or leaf) below the root. */
function nodePaths(
  value: unknown,
  prefix: (string | number)[] = [],
  out: (string | number)[][] = [],
): (string | number)[][] {
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      const p = [...prefix, Array.isArray(value) ? Number(key) : key];
      out.push(p);
      nodePaths(child, p, out);
    }
  }
  return out;
}

/** Values a field may well accept: edge counts and rates that drive the model into corners. */
export const plausibleValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    0,
    1,
    2,
    3,
    12,
    1200,
    10_000,
    2 ** 53 - 1,
    '0',
    '1',
    '0.5',
    '0.999',
    '1.0',
    '999999999999999999999',
  ),
  fc.nat({ max: 10_000_000 }),
  fc.nat({ max: 1000 }).map(String),
  fc.double({ min: 0, max: 1, noNaN: true }),
);

type Mutation =
  | { readonly kind: 'replace'; readonly value: unknown }
  | { readonly kind: 'delete' }
  | { readonly kind: 'addKey'; readonly key: string; readonly value: unknown };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 6, arbitrary: badValue.map((value) => ({ kind: 'replace' as const, value })) },
  { weight: 4, arbitrary: plausibleValue.map((value) => ({ kind: 'replace' as const, value })) },
  { weight: 1, arbitrary: fc.constant({ kind: 'delete' as const }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('addKey' as const),
      key: fc.constantFrom(
        '__proto__',
        'constructor',
        'prototype',
        'toString',
        'hasOwnProperty',
        'extra',
        'valueOf',
      ),
      value: badValue,
    }),
  },
);

/** `base` with the mutation applied at `path` (the base is cloned, never touched). */
function mutate(base: unknown, path: readonly (string | number)[], mutation: Mutation): unknown {
  const root = structuredClone(base) as Loose;
  let parent: Loose = root;
  for (const key of path.slice(0, -1)) parent = parent[key];
  const last = path[path.length - 1]!;
  if (mutation.kind === 'replace') {
    Object.defineProperty(parent, last, {
      value: mutation.value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  } else if (mutation.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else {
    const target = parent[last];
    if (target !== null && typeof target === 'object') {
      Object.defineProperty(target, mutation.key, {
        value: mutation.value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } else {
      Object.defineProperty(parent, last, {
        value: mutation.value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  return root;
}

function nearValid(bases: readonly unknown[], maxMutations: number): fc.Arbitrary<unknown> {
  return fc.constantFrom(...bases).chain((base) => {
    const paths = nodePaths(base);
    return fc
      .array(fc.tuple(fc.constantFrom(...paths), mutationArb), { minLength: 1, maxLength: maxMutations })
      .map((changes) => {
        let out: unknown = base;
        for (const [path, m] of changes) {
          try {
            out = mutate(out, path, m);
          } catch {
            // An earlier change removed the path: keep what we have.
          }
        }
        return out;
      });
  });
}

let bases: Loose[] | undefined;
const scenarios = () => {
  bases ??= scenarioBases();
  return bases;
};

/** Seven valid scenarios (JSON data) covering every strategy and serving mode the fuzz starts from. */
export function validScenarios(): unknown[] {
  return structuredClone(scenarios());
}

/** A scenario argument: valid, one or two fields broken, or any JSON at all. */
export const scenarioArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom(0, 1, 2, 3, 4, 5, 6).map((i) => structuredClone(scenarios()[i])) },
  { weight: 6, arbitrary: fc.constant(null).chain(() => nearValid(scenarios(), 2)) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
  { weight: 1, arbitrary: badValue },
);

const volumeArb = fc.oneof(fc.nat({ max: 5_000_000 }), badValue);

const requestsOption = fc.option(volumeArb, { nil: undefined });
const betweenArb = fc.oneof(
  fc.constant(undefined),
  fc.tuple(
    fc.constantFrom('fineTune', 'rag', 'promptOnly', 'hybrid'),
    fc.constantFrom('fineTune', 'rag', 'promptOnly', 'hybrid'),
  ),
  fc.tuple(badValue, badValue),
  badValue,
);

function options(extra: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<Loose> {
  return fc.oneof(
    { weight: 2, arbitrary: fc.constant(undefined) },
    {
      weight: 3,
      arbitrary: fc.record({ requestsPerMonth: requestsOption, ...extra }, { requiredKeys: [] }),
    },
    {
      weight: 1,
      arbitrary: badValue.filter((v) => v === undefined || (typeof v === 'object' && v !== null)),
    },
  );
}

const curveOptions = options({
  volumes: fc.oneof(fc.array(volumeArb, { maxLength: 20 }), badValue),
  range: fc.oneof(
    fc.record({
      from: volumeArb,
      to: volumeArb,
      points: fc.oneof(fc.integer({ min: -5, max: 200 }), badValue),
    }),
    badValue,
  ),
});
const horizonOptions = options({ months: fc.oneof(fc.integer({ min: -2, max: 1300 }), badValue) });
const pairOptions = options({ between: betweenArb });

// Price tables.
let tableBases: unknown[] | undefined;
const tables = () => {
  // A few small tables, so mutations land on every kind of field.
  tableBases ??= BUNDLED_TABLES.filter((t) =>
    ['openai', 'pinecone', 'supabase', 'cohere', 'aws-bedrock', 'modal'].includes(t.vendor),
  ).map((t) => JSON.parse(JSON.stringify(t)));
  return tableBases;
};
export const priceTableArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 1, arbitrary: fc.constant(null).chain(() => fc.constantFrom(...tables())) },
  { weight: 6, arbitrary: fc.constant(null).chain(() => nearValid(tables(), 2)) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
  { weight: 1, arbitrary: badValue },
);
const fileNameArb = fc.oneof(
  fc.constantFrom('pricing/x/2025-01-01.json', 'pricing/openai/2025-04-16.json', 'table', ''),
  fc.string({ maxLength: 30 }),
);

// The CLI's scenario loader: file text (JSON or YAML), profiles and `--set` overrides.
const ALIAS_BOMB = [
  'a: &a ["x","x","x","x","x","x","x","x","x","x"]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]',
  'f: [*e,*e,*e,*e,*e,*e,*e,*e,*e,*e]',
].join('\n');

function toText(value: unknown, asYaml: boolean): string {
  try {
    return asYaml ? YAML.stringify(value) : (JSON.stringify(value) ?? 'null');
  } catch {
    return '{}';
  }
}

export const scenarioTextArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(scenarioArb, fc.boolean()).map(([v, y]) => toText(v, y)) },
  {
    weight: 2,
    arbitrary: fc.tuple(fc.constantFrom(0, 1, 2, 3, 4, 5, 6), fc.boolean()).map(([i, y]) => {
      const s = scenarios()[i];
      const profiles = {
        cheap: { workload: { requestsPerMonth: 1000 } },
        big: { strategies: { rag: { topK: 10 } } },
      };
      return toText({ ...s, profiles }, y);
    }),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      ALIAS_BOMB,
      '{"workload": {"requestsPerMonth": 1, "requestsPerMonth": 2}}',
      'workload:\n  requestsPerMonth: 1\n  requestsPerMonth: 2\n',
      '{"__proto__": {"polluted": true}, "workload": {}}',
      'constructor:\n  prototype:\n    polluted: true\n',
      'base: &b {requestsPerMonth: 1}\nworkload:\n  <<: *b\n',
      '!!js/function "function () {}"',
      'workload: !custom 1',
      '--- {}\n--- {}\n',
      'profiles:\n  __proto__:\n    polluted: true\n',
      'profiles: 3\n',
      'profiles:\n  p: 3\n',
      '',
      '\ufeff{}',
      '[',
      'a: b: c',
      'x: "\\ud800"',
      `${'['.repeat(10_000)}${']'.repeat(10_000)}`,
      `${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}`,
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
);

const setArb = fc.oneof(
  fc.constantFrom(
    'rag.topK=8',
    'requestsPerMonth=1e6',
    'fine-tune.training.epochs=2',
    'rag.churnPerMonth=0.1',
    'rag=null',
    'name="2026"',
    '__proto__.polluted=1',
    'constructor.prototype.polluted=1',
    'rag.__proto__=1',
    'workload.requestsPerMonth.x=1',
    '=1',
    'a..b=1',
    'requestsPerMonth=-1',
    'requestsPerMonth=1e400',
    'requestsPerMonth=1e-400',
  ),
  fc
    .tuple(
      fc.constantFrom('rag.topK', 'requestsPerMonth', 'asOf', 'hybrid.topK', 'x'),
      fc.string({ maxLength: 12 }),
    )
    .map(([k, v]) => `${k}=${v}`),
);

let scratch: string | undefined;
function scratchFile(): string {
  scratch ??= path.join(mkdtempSync(path.join(tmpdir(), 'tune-or-rag-fuzz-')), 'scenario.yaml');
  return scratch;
}

/** What the CLI does before the engine: read and merge, then compare each loaded scenario. */
function loadAndCompare(
  text: string,
  profile: readonly string[] | undefined,
  set: readonly string[],
): unknown {
  const file = scratchFile();
  writeFileSync(file, text);
  const loaded = loadScenarios(file, { ...(profile ? { profile } : {}), set }, defaultScenario);
  return loaded.map((l) => compare(l.scenario));
}

// ---------------------------------------------------------------------------------------------
// Entries and the judge.

export interface Entry {
  readonly name: string;
  /** `safe…` forms must never throw. */
  readonly safe: boolean;
  readonly args: fc.Arbitrary<readonly unknown[]>;
  readonly call: (args: readonly unknown[]) => unknown;
}

const a = (x: unknown) => x as Loose;

export const ENTRIES: readonly Entry[] = [
  { name: 'parseScenario', safe: false, args: fc.tuple(scenarioArb), call: ([s]) => parseScenario(s) },
  { name: 'safeParseScenario', safe: true, args: fc.tuple(scenarioArb), call: ([s]) => safeParseScenario(s) },
  {
    name: 'compare',
    safe: false,
    args: fc.tuple(scenarioArb, options({})),
    call: ([s, o]) => compare(a(s), a(o)),
  },
  {
    name: 'safeCompare',
    safe: true,
    args: fc.tuple(scenarioArb, options({})),
    call: ([s, o]) => safeCompare(s, a(o)),
  },
  {
    name: 'breakeven',
    safe: false,
    args: fc.tuple(scenarioArb, pairOptions),
    call: ([s, o]) => breakeven(a(s), a(o)),
  },
  {
    name: 'safeBreakeven',
    safe: true,
    args: fc.tuple(scenarioArb, pairOptions),
    call: ([s, o]) => safeBreakeven(s, a(o)),
  },
  {
    name: 'multiple',
    safe: false,
    args: fc.tuple(scenarioArb, pairOptions),
    call: ([s, o]) => multiple(a(s), a(o)),
  },
  {
    name: 'safeMultiple',
    safe: true,
    args: fc.tuple(scenarioArb, pairOptions),
    call: ([s, o]) => safeMultiple(s, a(o)),
  },
  {
    name: 'curve',
    safe: false,
    args: fc.tuple(scenarioArb, curveOptions),
    call: ([s, o]) => curve(a(s), a(o)),
  },
  {
    name: 'safeCurve',
    safe: true,
    args: fc.tuple(scenarioArb, curveOptions),
    call: ([s, o]) => safeCurve(s, a(o)),
  },
  {
    name: 'horizon',
    safe: false,
    args: fc.tuple(scenarioArb, horizonOptions),
    call: ([s, o]) => horizon(a(s), a(o)),
  },
  {
    name: 'safeHorizon',
    safe: true,
    args: fc.tuple(scenarioArb, horizonOptions),
    call: ([s, o]) => safeHorizon(s, a(o)),
  },
  {
    name: 'compareWith (core, no bundled pricing)',
    safe: false,
    args: fc.tuple(scenarioArb, fc.boolean()),
    call: ([s, withPricing]) => compareWith(s, withPricing ? { pricing: getBundledPricing() } : {}),
  },
  {
    name: 'parsePriceTable',
    safe: false,
    args: fc.tuple(priceTableArb, fileNameArb),
    call: ([t, f]) => parsePriceTable(t, a(f)),
  },
  {
    name: 'safeParsePriceTable',
    safe: true,
    args: fc.tuple(priceTableArb, fileNameArb),
    call: ([t, f]) => safeParsePriceTable(t, a(f)),
  },
  {
    name: 'safeCreatePricingRegistry',
    safe: true,
    args: fc.tuple(fc.oneof(fc.array(priceTableArb, { maxLength: 3 }), badValue)),
    call: ([t]) => safeCreatePricingRegistry(a(t)),
  },
  {
    name: 'createPricingRegistry',
    safe: false,
    args: fc.oneof(
      fc.tuple(fc.array(priceTableArb, { maxLength: 3 })),
      fc.tuple(badValue),
      fc.tuple(
        fc.array(priceTableArb, { maxLength: 2 }),
        fc.record({ names: fc.oneof(fc.array(fc.string()), badValue) }),
      ),
    ),
    call: ([t, o]) => createPricingRegistry(a(t), a(o)),
  },
  {
    name: 'cli loadScenarios → compare',
    safe: false,
    args: fc.tuple(
      scenarioTextArb,
      fc.option(
        fc.array(fc.constantFrom('cheap', 'big', 'nope', '__proto__', 'cheap,big'), { maxLength: 2 }),
        {
          nil: undefined,
        },
      ),
      fc.array(setArb, { maxLength: 2 }),
    ),
    call: ([t, p, sets]) => loadAndCompare(a(t), a(p), a(sets)),
  },
  {
    name: 'extendPricingRegistry',
    safe: false,
    args: fc.tuple(fc.oneof(fc.array(priceTableArb, { maxLength: 2 }), badValue)),
    call: ([t]) => extendPricingRegistry(getBundledPricing(), a(t)),
  },
];

export type Outcome =
  | { readonly kind: 'ok' }
  | { readonly kind: 'error'; readonly code: string }
  | { readonly kind: 'bug'; readonly reason: string; readonly error?: unknown };

/** JSON of a value, or null when it cannot be serialised (deep nesting, BigInt, cycles). */
function snapshot(value: unknown): string | null {
  try {
    return (
      JSON.stringify(value, (_k, v) =>
        typeof v === 'bigint' ? `${v}n` : typeof v === 'symbol' ? String(v) : v,
      ) ?? 'undefined'
    );
  } catch {
    return null;
  }
}

/** The first NaN, Infinity or non-finite Decimal in a result, by path. */
function findNonFinite(value: unknown, path = '$', seen = new Set<unknown>()): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? null : `${path} = ${value}`;
  if (Decimal.isDecimal(value)) return (value as Dec).isFinite() ? null : `${path} = ${String(value)}`;
  if (value === null || typeof value !== 'object' || seen.has(value)) return null;
  seen.add(value);
  if (value instanceof Map) {
    for (const [k, v] of value) {
      const found = findNonFinite(v, `${path}.get(${String(k)})`, seen);
      if (found) return found;
    }
    return null;
  }
  for (const [k, v] of Object.entries(value)) {
    const found = findNonFinite(v, `${path}.${k}`, seen);
    if (found) return found;
  }
  return null;
}

function judgeError(error: unknown): Outcome {
  if (error instanceof CliError) {
    if (typeof error.code !== 'string' || typeof error.path !== 'string') {
      return { kind: 'bug', reason: `CliError without code or path: ${error.message}`, error };
    }
    return { kind: 'error', code: `cli:${error.code}` };
  }
  if (!(error instanceof TuneOrRagError) || !isTuneOrRagError(error)) {
    return {
      kind: 'bug',
      reason: `threw a non-TuneOrRagError: ${String((error as Error)?.stack ?? error)}`,
      error,
    };
  }
  if (!ERROR_CODES.includes(error.code)) return { kind: 'bug', reason: `unknown code ${error.code}`, error };
  // An empty path means the argument itself (e.g. `parseScenario(42)`).
  if (typeof error.path !== 'string')
    return { kind: 'bug', reason: `error without a path: ${error.message}`, error };
  if (error.cause !== undefined && !isTuneOrRagError(error.cause)) {
    // toSafe wraps foreign errors (bugs) as invalid_input with a cause.
    return {
      kind: 'bug',
      reason: `wrapped foreign error: ${String((error.cause as Error)?.stack ?? error.cause)}`,
      error,
    };
  }
  return { kind: 'error', code: error.code };
}

function judgeData(data: unknown, again: () => unknown): Outcome {
  const bad = findNonFinite(data);
  if (bad) return { kind: 'bug', reason: `non-finite value in the result: ${bad}` };
  const first = snapshot(data);
  if (first === null) return { kind: 'bug', reason: 'result is not JSON-serialisable' };
  const second = snapshot(again());
  if (first !== second) return { kind: 'bug', reason: 'non-deterministic: two calls gave different JSON' };
  return { kind: 'ok' };
}

/** Calls one entry with `args` and judges what happened. */
export function runCase(entry: Entry, args: readonly unknown[]): Outcome {
  const before = args.map(snapshot);
  let outcome: Outcome;
  try {
    const result = entry.call(args) as Loose;
    if (entry.safe) {
      if (result?.success === false) outcome = judgeError(result.error);
      else if (result?.success === true)
        outcome = judgeData(result.data, () => (entry.call(args) as Loose).data);
      else outcome = { kind: 'bug', reason: 'safe form returned neither success nor failure' };
    } else {
      outcome = judgeData(result, () => entry.call(args));
    }
  } catch (error) {
    outcome = entry.safe
      ? { kind: 'bug', reason: `safe form threw: ${String(error)}`, error }
      : judgeError(error);
  }
  if (outcome.kind !== 'bug') {
    const after = args.map(snapshot);
    if (before.some((b, i) => b !== after[i])) return { kind: 'bug', reason: 'the input was mutated' };
    if (({} as Loose).polluted !== undefined) return { kind: 'bug', reason: 'Object.prototype was polluted' };
  }
  return outcome;
}

/** A short, printable form of arguments for a failure report. */
export function describeArgs(args: readonly unknown[]): string {
  const text = snapshot(args) ?? '[not serialisable]';
  return text.length > 600 ? `${text.slice(0, 600)}… (${text.length} chars)` : text;
}

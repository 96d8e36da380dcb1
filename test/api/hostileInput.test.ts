import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareWith, logSpacedVolumes } from '../../src/core.js';
import {
  breakeven,
  compare,
  curve,
  defaultScenario,
  extendPricingRegistry,
  formatDecimal,
  getBundledPricing,
  horizon,
  isTuneOrRagError,
  listPriceRows,
  listVendors,
  multiple,
  parsePriceTable,
  parseScenario,
  resolvePriceTable,
  type ScenarioInput,
  safeBreakeven,
  safeCompare,
  safeCurve,
  safeHorizon,
  safeMultiple,
  safeParseScenario,
  TuneOrRagError,
  toPlainString,
} from '../../src/index.js';

// Issue 9, "The API": every public function gives our error with the offending option's path, or a
// real result; a `safe…` form never throws, whatever is thrown at it.

/** The code and path of what `fn` throws; fails if it returns or throws anything but our error. */
function ours(fn: () => unknown): { code: string; path: string } {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(TuneOrRagError);
    const e = error as TuneOrRagError;
    return { code: e.code, path: e.path };
  }
  throw new Error('did not throw');
}

/** A proxy whose every trap throws (itself, for good measure). */
function trapped(): object {
  const handler: ProxyHandler<object> = {};
  const proxy: object = new Proxy({}, handler);
  for (const trap of [
    'get',
    'has',
    'ownKeys',
    'getPrototypeOf',
    'getOwnPropertyDescriptor',
    'defineProperty',
    'set',
    'deleteProperty',
    'isExtensible',
    'preventExtensions',
    'setPrototypeOf',
    'apply',
    'construct',
  ] as const) {
    (handler as Record<string, unknown>)[trap] = () => {
      throw proxy;
    };
  }
  return proxy;
}

const THROWABLES: Record<string, () => unknown> = {
  'a proxy with throwing traps': trapped,
  'a look-alike { name: TuneOrRagError }': () => ({
    name: 'TuneOrRagError',
    code: 'invalid_input',
    path: '',
  }),
  'an object with throwing getters': () =>
    Object.defineProperties(
      {},
      Object.fromEntries(
        ['name', 'message', 'code', 'stack', 'toString', 'valueOf', Symbol.toPrimitive].map((k) => [
          k,
          {
            get() {
              throw new Error('trap');
            },
          },
        ]),
      ),
    ),
  null: () => null,
  undefined: () => undefined,
  'a symbol': () => Symbol('thrown'),
  'a TypeError': () => new TypeError('boom'),
};

const SAFE = { safeCompare, safeBreakeven, safeMultiple, safeCurve, safeHorizon, safeParseScenario } as const;
const THROWING = { compare, breakeven, multiple, curve, horizon, parseScenario } as const;

/** The default scenario with a getter at `path` that throws `value`. */
function withThrowingGetter(path: readonly string[], value: () => unknown): ScenarioInput {
  const s = defaultScenario() as unknown as Record<string, unknown>;
  let parent = s;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string, unknown>;
  Object.defineProperty(parent, path[path.length - 1]!, {
    enumerable: true,
    get() {
      throw value();
    },
  });
  return s as unknown as ScenarioInput;
}

describe('options of the wrong shape are our error, with the option path (regressions)', () => {
  it.each([
    [
      'compare(s, { pricing: {} })',
      () => compare(defaultScenario(), { pricing: {} as never }),
      'options.pricing',
    ],
    [
      'compare(s, { pricing: null })',
      () => compare(defaultScenario(), { pricing: null as never }),
      'options.pricing',
    ],
    [
      'compareWith(s, { pricing: null })',
      () => compareWith(defaultScenario(), { pricing: null as never }),
      'options.pricing',
    ],
    [
      'a registry with bogus tables',
      () =>
        compare(defaultScenario(), {
          pricing: { vendors: new Map([['openai', 5]]), dataVersion: '', contentHash: '' } as never,
        }),
      'options.pricing',
    ],
    [
      'a sparse volumes array',
      () => {
        // A hole, as `[1000, , 5000]` makes it.
        const volumes = [1000, 5000, 5000];
        delete volumes[1];
        return curve(defaultScenario(), { volumes });
      },
      'options.volumes[1]',
    ],
    ['options: 5', () => compare(defaultScenario(), 5 as never), 'options'],
    [
      'range.points: "3"',
      () => curve(defaultScenario(), { range: { from: 1, to: 9, points: '3' as never } }),
      'options.range.points',
    ],
    ['months: "3"', () => horizon(defaultScenario(), { months: '3' as never }), 'options.months'],
    ['logSpacedVolumes(NaN, …)', () => logSpacedVolumes(new Decimal(Number.NaN), new Decimal(10), 3), 'from'],
    ['logSpacedVolumes(1, Infinity)', () => logSpacedVolumes(new Decimal(1), new Decimal(Infinity), 3), 'to'],
    ['logSpacedVolumes(1, 10, 2.5)', () => logSpacedVolumes(new Decimal(1), new Decimal(10), 2.5), 'points'],
    ['formatDecimal(NaN)', () => formatDecimal(new Decimal(Number.NaN)), 'value'],
    ['formatDecimal(1e999999999)', () => formatDecimal(new Decimal('1e999999999')), 'value'],
    ['formatDecimal(1, -1)', () => formatDecimal(new Decimal(1), -1), 'decimals'],
    [
      'formatDecimal(1, 2, "sideways")',
      () => formatDecimal(new Decimal(1), 2, 'sideways' as never),
      'rounding',
    ],
    ['toPlainString(5)', () => toPlainString(5 as never), 'value'],
    ['extendPricingRegistry(null, [])', () => extendPricingRegistry(null as never, []), 'registry'],
    ['listVendors({})', () => listVendors({} as never), 'registry'],
    [
      'resolvePriceTable(null, …)',
      () => resolvePriceTable(null as never, 'openai', '2025-06-01'),
      'registry',
    ],
    [
      'resolvePriceTable(registry, 5, …)',
      () => resolvePriceTable(getBundledPricing(), 5 as never, '2025-06-01'),
      'vendor',
    ],
  ])('%s', (_name, fn, path) => {
    expect(ours(fn)).toEqual({ code: 'invalid_input', path });
  });

  it('price tables of the wrong shape, or proxies, are invalid_price_table, never a TypeError', () => {
    expect(ours(() => listPriceRows(null as never)).code).toBe('invalid_price_table');
    expect(ours(() => parsePriceTable(trapped())).code).toBe('invalid_price_table');
    expect(listPriceRows(getBundledPricing().vendors.get('openai')![0]!).length).toBeGreaterThan(10);
  });

  it('logSpacedVolumes reads a user Decimal by value, whatever its constructor settings', () => {
    const User = Decimal.clone({ precision: 2 });
    expect(logSpacedVolumes(new User(1000), new User(1_000_000), 4).map(String)).toEqual([
      '1000',
      '10000',
      '100000',
      '1000000',
    ]);
  });
});

describe('hostile throwables', () => {
  it('a look-alike is not ours; a real error from another copy of the library is', () => {
    expect(isTuneOrRagError({ name: 'TuneOrRagError', code: 'invalid_input', path: '' })).toBe(false);
    expect(isTuneOrRagError(trapped())).toBe(false);
    const copy = Object.assign(Object.create(Error.prototype), { code: 'invalid_input', path: 'x' });
    Object.defineProperty(copy, Symbol.for('tune-or-rag.TuneOrRagError'), { value: true });
    expect(isTuneOrRagError(copy)).toBe(true);
  });

  it('a thrown look-alike comes back wrapped in our error, not passed through (regression)', () => {
    const lookAlike = THROWABLES['a look-alike { name: TuneOrRagError }']!;
    const result = safeCompare(withThrowingGetter(['workload'], lookAlike));
    expect(result.success).toBe(false);
    expect(result.error).toBeInstanceOf(TuneOrRagError);
    expect(result.error?.path).toBe('workload');
  });

  it('property: every safe form, any throwable planted anywhere: a failure result naming the path', () => {
    const paths: string[][] = [];
    const walk = (v: unknown, p: string[]) => {
      if (v !== null && typeof v === 'object' && !Array.isArray(v))
        for (const [k, c] of Object.entries(v)) {
          paths.push([...p, k]);
          walk(c, [...p, k]);
        }
    };
    walk(defaultScenario(), []);
    const seen = new Map<string, number>();
    fc.assert(
      fc.property(
        fc.constantFrom(...(Object.keys(SAFE) as (keyof typeof SAFE)[])),
        fc.constantFrom(...Object.keys(THROWABLES)),
        fc.constantFrom(...paths),
        (name, kind, path) => {
          seen.set(kind, (seen.get(kind) ?? 0) + 1);
          const scenario = withThrowingGetter(path, THROWABLES[kind]!);
          const result = (SAFE[name] as (s: unknown) => { success: boolean; error?: unknown })(scenario);
          expect(result.success).toBe(false);
          expect(result.error).toBeInstanceOf(TuneOrRagError);
          expect((result.error as TuneOrRagError).path).toBe(path.join('.'));
          // The throwing form throws the same: ours, with the path.
          expect(
            ours(() =>
              (
                THROWING[
                  name.replace(/^safe(.)/, (_m, c: string) => c.toLowerCase()) as keyof typeof THROWING
                ] as (s: unknown) => unknown
              )(scenario),
            ),
          ).toEqual({
            code: 'invalid_input',
            path: path.join('.'),
          });
        },
      ),
      { numRuns: 300, seed: 9 },
    );
    for (const kind of Object.keys(THROWABLES)) expect(seen.get(kind) ?? 0).toBeGreaterThan(15);
  });

  it('property: a scenario or options that is itself a trapping proxy never makes a safe form throw', () => {
    const forms = new Map<string, number>();
    fc.assert(
      fc.property(
        fc.constantFrom(...(Object.keys(SAFE) as (keyof typeof SAFE)[])),
        fc.boolean(),
        (name, asOptions) => {
          forms.set(name, (forms.get(name) ?? 0) + 1);
          const call = SAFE[name] as (s: unknown, o?: unknown) => { success: boolean; error?: unknown };
          const result =
            asOptions && name !== 'safeParseScenario' ? call(defaultScenario(), trapped()) : call(trapped());
          expect(result.success).toBe(false);
          expect(result.error).toBeInstanceOf(TuneOrRagError);
        },
      ),
      { numRuns: 100, seed: 2 },
    );
    expect(forms.size).toBe(Object.keys(SAFE).length);
  });
});

import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { add, clampAtZero, constant, evaluate, linear, staircase } from '../../src/_lib/piecewise.js';
import { computeCurve, logSpacedVolumes } from '../../src/analysis/computeCurve.js';
import { D } from '../../src/decimal.js';
import { modelOf } from '../helpers/strategyModel.js';

const d = (x: string | number) => new D(x);
const plain = (xs: readonly { toFixed: () => string }[]) => xs.map((x) => x.toFixed());

describe('logSpacedVolumes', () => {
  it.each([
    // Ratio 100^(1/2) = 10.
    [1, 100, 3, ['1', '10', '100']],
    // Ratio 1000^(1/3) = 10.
    [1, 1000, 4, ['1', '10', '100', '1000']],
    // Ratio 10^(1/4) = 1.778…: 10, 17.78, 31.62, 56.23, 100 → rounded half-even.
    [10, 100, 5, ['10', '18', '32', '56', '100']],
    // Ratio 3^(1/4) = 1.316…: 1, 1.32, 1.73, 2.28, 3 → 1, 1, 2, 2, 3: duplicates dropped.
    [1, 3, 5, ['1', '2', '3']],
    // A one-point range.
    [7, 7, 2, ['7']],
  ] as const)('from %d to %d in %d points: %j', (from, to, points, expected) => {
    expect(plain(logSpacedVolumes(d(from), d(to), points))).toEqual(expected);
  });

  it('ends exactly at `to`, however the ratio rounds', () => {
    // 1e12 / 3 is not a power the ratio hits exactly.
    const volumes = logSpacedVolumes(d(3), d('1000000000000'), 97);
    expect(volumes.at(-1)!.toFixed()).toBe('1000000000000');
    expect(volumes[0]!.toFixed()).toBe('3');
  });

  it('takes a Decimal from another constructor, ignoring its settings', () => {
    const Other = Decimal.clone({ precision: 2 });
    expect(plain(logSpacedVolumes(new Other(1), new Other(1000), 4))).toEqual(['1', '10', '100', '1000']);
  });

  it.each([
    ['from', () => logSpacedVolumes(d(0), d(10), 3)],
    ['from', () => logSpacedVolumes(d('1.5'), d(10), 3)],
    ['to', () => logSpacedVolumes(d(1), d(Number.NaN), 3)],
    ['to', () => logSpacedVolumes(d(1), d('1e21'), 3)],
    ['to', () => logSpacedVolumes(d(10), d(9), 3)],
    ['points', () => logSpacedVolumes(d(1), d(10), 1)],
    ['points', () => logSpacedVolumes(d(1), d(10), 100_001)],
    ['points', () => logSpacedVolumes(d(1), d(10), 2.5)],
    ['from', () => logSpacedVolumes(10 as never, d(10), 3)],
  ])('refuses a bad %s with invalid_input', (path, run) => {
    expect(run).toThrow(expect.objectContaining({ code: 'invalid_input', path }));
  });

  describe('properties', () => {
    it('strictly increasing whole numbers from `from` to `to`, at most `points` of them', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: 1_000_000 }),
          fc.integer({ min: 0, max: 1_000_000 }),
          fc.integer({ min: 2, max: 200 }),
          (from, span, points) => {
            const volumes = logSpacedVolumes(d(from), d(from + span), points);
            expect(volumes[0]!.eq(from)).toBe(true);
            expect(volumes.at(-1)!.eq(from + span)).toBe(true);
            expect(volumes.length).toBeLessThanOrEqual(points);
            for (let i = 1; i < volumes.length; i++) {
              expect(volumes[i]!.isInteger()).toBe(true);
              expect(volumes[i]!.gt(volumes[i - 1]!)).toBe(true);
            }
          },
        ),
      );
    });
  });
});

describe('computeCurve', () => {
  it('prices every strategy at each volume; null above a capacity ceiling', () => {
    const points = computeCurve(
      [modelOf('fineTune', linear(d(100), d('0.001'))), modelOf('rag', linear(d(10), d('0.01')), '5000')],
      [d(1000), d(5000), d(10_000)],
      d(170),
    );
    // Fine-tune 100 + 0.001 R: 101, 105, 110. RAG 10 + 0.01 R: 20, 60, then above its 5,000 ceiling.
    expect(
      points.map((p) => [
        p.requestsPerMonth.toFixed(),
        p.monthly.fineTune?.toFixed(),
        p.monthly.rag?.toFixed() ?? null,
      ]),
    ).toEqual([
      ['1000', '101', '20'],
      ['5000', '105', '60'],
      ['10000', '110', null],
    ]);
    // 170 tokens a request.
    expect(plain(points.map((p) => p.workloadTokensPerMonth))).toEqual(['170000', '850000', '1700000']);
  });

  it('volumes in any order, across breakpoints', () => {
    // 10 + max(0, R − 100): flat to 100, then +1 a request.
    const bent = add(constant(d(10)), clampAtZero(linear(d(-100), d(1))));
    const points = computeCurve([modelOf('a', bent)], [50, 150, 100, 0, 1000, 99].map(d), d(1));
    expect(points.map((p) => p.monthly.a!.toFixed())).toEqual(['10', '60', '10', '10', '910', '10']);
  });

  it('a capacity staircase steps at the first volume past each copy', () => {
    // $100 a copy, one copy per 1,000 requests, 1 to 3 copies.
    const steps = staircase(d(1000), d(100), 1, 3);
    const points = computeCurve(
      [modelOf('a', steps, '3000')],
      [0, 1000, 1001, 2000, 2001, 3000, 3001].map(d),
      d(1),
    );
    expect(points.map((p) => p.monthly.a?.toFixed() ?? null)).toEqual([
      '100',
      '100',
      '200',
      '200',
      '300',
      '300',
      null,
    ]);
  });

  describe('properties', () => {
    it('each point equals evaluating the cost function there', () => {
      const fn = add(
        add(constant(d(50)), clampAtZero(linear(d(-300), d('0.5')))),
        staircase(d(700), d(25), 1, 20),
      );
      fc.assert(
        fc.property(fc.array(fc.integer({ min: 0, max: 20_000 }), { minLength: 1, maxLength: 30 }), (rs) => {
          const volumes = rs.map(d);
          const points = computeCurve([modelOf('a', fn)], volumes, d(1));
          points.forEach((p, i) => {
            expect(p.monthly.a!.eq(evaluate(fn, volumes[i]!))).toBe(true);
          });
        }),
      );
    });
  });
});

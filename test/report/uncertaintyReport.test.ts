import { describe, expect, it } from 'vitest';
import type { SensitivityPoint } from '../../src/analysis/sensitivityWith.js';
import { D } from '../../src/decimal.js';
import { describeDistribution, describePoint, shortPath } from '../../src/report/uncertaintyReport.js';

const d = (x: string | number) => new D(x);

describe('shortPath', () => {
  it.each([
    ['strategies.rag.topK', 'rag.topK'],
    ['workload.requestsPerMonth', 'requestsPerMonth'],
    ['candidates.rt.embeddingTuning.epochs', 'candidates.rt.embeddingTuning.epochs'],
    ['uncertainty', 'uncertainty'],
  ])('%s → %s', (path, expected) => {
    expect(shortPath(path)).toBe(expected);
  });
});

describe('describeDistribution', () => {
  it.each([
    [
      { dist: 'triangular', low: d(50_000), mode: d(115_000), high: d(400_000) },
      'triangular 50,000 / 115,000 / 400,000',
    ],
    [{ dist: 'range', low: d(1), base: d(3), high: d(6) }, 'range 1 / 3 / 6 (triangular)'],
    [{ dist: 'uniform', low: d('0.3'), high: d('0.9') }, 'uniform 0.30 to 0.90'],
    [{ dist: 'lognormal', low: d(150), high: d(600) }, 'log-normal, P10 150, P90 600'],
    [{ dist: 'discrete', values: [d(1), d(2)], weights: [d(1), d(1)] }, 'one of 1, 2'],
    [{ dist: 'discrete', values: [d(1), d(2)], weights: [d(3), d(1)] }, 'one of 1, 2 (weights 3, 1)'],
  ] as const)('%j → %s', (dist, expected) => {
    expect(describeDistribution(dist as never)).toBe(expected);
  });
});

describe('describePoint', () => {
  const label = (id: string) => id.toUpperCase();
  const point = (breakeven: object) => ({ breakeven }) as unknown as SensitivityPoint;

  it('a crossover as a whole volume (half to even), never with the cheaper side, or equal', () => {
    expect(describePoint(point({ kind: 'crossover', requestsPerMonth: d('115787.4') }), label)).toBe(
      '115,787',
    );
    expect(describePoint(point({ kind: 'crossover', requestsPerMonth: d('2.5') }), label)).toBe('2');
    expect(describePoint(point({ kind: 'never', cheaper: 'rag' }), label)).toBe('never (RAG cheaper)');
    expect(describePoint(point({ kind: 'equal' }), label)).toBe('equal');
  });
});

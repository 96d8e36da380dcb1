import { describe, expect, it } from 'vitest';
import {
  cheapestOf,
  defaultPair,
  planSweep,
  type SweepAxis,
  type SweepInput,
  sweepPoints,
  sweepWith,
} from '../../src/analysis/sweep.js';
import { D } from '../../src/decimal.js';
import { isTuneOrRagError } from '../../src/errors.js';
import type { ScenarioInput } from '../../src/scenario/scenarioSchema.js';
import { fineTuneVsPromptOnly } from '../helpers/fineTuneVsPromptOnly.js';
import { testRegistry } from '../helpers/testTables.js';

const pricing = testRegistry();

/** The shared fixture, its costs worked by hand: test/helpers/fineTuneVsPromptOnly.ts. */
const scenario = (): ScenarioInput => fineTuneVsPromptOnly();

const modelAxis: SweepAxis = {
  path: 'prompt-only.model',
  field: 'strategies.promptOnly.model',
  values: ['big', 'small'],
  volume: false,
};
const volumeAxis: SweepAxis = {
  path: 'requestsPerMonth',
  field: 'workload.requestsPerMonth',
  values: ['1000', '2000', '4000'],
  volume: true,
};

describe('cheapestOf', () => {
  it('the lowest monthly total, first in order on a tie, skipping candidates over capacity', () => {
    expect(cheapestOf({ a: D(3), b: D(2), c: D(5) })).toBe('b');
    expect(cheapestOf({ a: D('6.4'), b: D('6.40') })).toBe('a');
    expect(cheapestOf({ a: null, b: D(9) })).toBe('b');
    expect(cheapestOf({ a: null, b: null })).toBeNull();
    expect(cheapestOf({})).toBeNull();
  });
});

describe('defaultPair', () => {
  it('fine-tune vs RAG when both are there, whatever their places', () => {
    expect(defaultPair(['promptOnly', 'rag', 'hybrid', 'fineTune'])).toEqual(['fineTune', 'rag']);
  });
  it('else the first two candidates, else none', () => {
    expect(defaultPair(['promptOnly', 'hybrid', 'rag'])).toEqual(['promptOnly', 'hybrid']);
    expect(defaultPair(['rag'])).toBeNull();
    expect(defaultPair([])).toBeNull();
  });
});

describe('planSweep', () => {
  const inputs: SweepInput[] = [
    { profile: 'low', scenario: scenario() },
    {
      profile: 'high',
      scenario: { ...scenario(), candidates: { tuned: { extends: 'fineTune', label: 'Tuned copy' } } },
    },
  ];

  it('counts points over every profile and lists every candidate, first seen first', () => {
    const plan = planSweep(inputs, [modelAxis, volumeAxis]);
    // 2 models × 3 volumes × 2 profiles.
    expect(plan.total).toBe(12);
    expect(plan.scenarioName).toBe('scenario');
    expect(plan.strategies).toEqual(['fineTune', 'promptOnly', 'tuned']);
    // A strategy keeps its kind's short label (strategyKinds.ts); a named candidate uses its own.
    expect(plan.candidates.map((c) => [c.id, c.kind, c.label, c.shortLabel])).toEqual([
      ['fineTune', 'fineTune', 'Fine-tune', 'Fine-tune'],
      ['promptOnly', 'promptOnly', 'Prompt-only', 'Prompt-only'],
      ['tuned', 'fineTune', 'Tuned copy', 'Tuned copy'],
    ]);
    // No RAG: the first two candidates.
    expect(plan.between).toEqual(['fineTune', 'promptOnly']);
  });

  it('keeps the pair it is given', () => {
    expect(planSweep(inputs, [volumeAxis], ['promptOnly', 'tuned']).between).toEqual(['promptOnly', 'tuned']);
  });

  it('throws the scenario’s own invalid_input when a profile does not parse', () => {
    const bad = { ...scenario(), workload: { ...scenario().workload, outputTokens: -1 } };
    expect(() => planSweep([{ profile: null, scenario: bad }], [volumeAxis])).toThrow(
      expect.objectContaining({ code: 'invalid_input', path: 'workload.outputTokens' }),
    );
  });
});

describe('sweepWith', () => {
  const result = sweepWith([{ profile: null, scenario: scenario() }], [modelAxis, volumeAxis], { pricing });
  const rows = result.points.map((p) => [
    ...p.values,
    p.monthly.fineTune!.toFixed(),
    p.monthly.promptOnly!.toFixed(),
    p.cheapest,
    p.multiple?.kind,
  ]);

  it('prices every point exactly, the model varying slowest and the volume fastest', () => {
    // fine-tune 4.5 + 0.00095 V; prompt-only 0.0032 V (big) or 0.0007 V (small).
    expect(rows).toEqual([
      ['big', '1000', '5.45', '3.2', 'promptOnly', 'ratio'],
      // 4.5 + 1.9 = 6.4 = 2,000 × 0.0032: a tie goes to the first candidate.
      ['big', '2000', '6.4', '6.4', 'fineTune', 'equal'],
      ['big', '4000', '8.3', '12.8', 'fineTune', 'ratio'],
      ['small', '1000', '5.45', '0.7', 'promptOnly', 'ratio'],
      ['small', '2000', '6.4', '1.4', 'promptOnly', 'ratio'],
      ['small', '4000', '8.3', '2.8', 'promptOnly', 'ratio'],
    ]);
    expect(result.points.map((p) => p.requestsPerMonth.toFixed())).toEqual(
      volumeAxis.values.concat(volumeAxis.values),
    );
    // 1,000 requests × 800 tokens.
    expect(result.points[0]!.workloadTokensPerMonth.toFixed()).toBe('800000');
  });

  it('gives the pair’s multiple at each point', () => {
    const m = result.points[0]!.multiple!;
    // 5.45 ÷ 3.2 = 1.703125.
    expect(m.kind === 'ratio' && [m.cheaper, m.dearer, m.times.toFixed()]).toEqual([
      'promptOnly',
      'fineTune',
      '1.703125',
    ]);
    const n = result.points[5]!.multiple!;
    // 8.3 ÷ 2.8 = 2.964285714… (40 significant digits).
    expect(n.kind === 'ratio' && n.times.toFixed(6)).toBe('2.964286');
  });

  it('gives the pair’s breakeven once per point of the other axes', () => {
    const big = result.points[0]!.breakeven!;
    expect(big.kind).toBe('crossovers');
    // 4.5 ÷ (0.0032 − 0.00095) = 2,000.
    if (big.kind === 'crossovers')
      expect(big.crossovers.map((c) => c.requestsPerMonth.toFixed())).toEqual(['2000']);
    const small = result.points[3]!.breakeven!;
    expect(small.kind === 'never' && small.cheaper).toBe('promptOnly');
    expect(result.points[1]!.breakeven).toBe(big);
  });

  it('without a volume axis, prices each point at the scenario’s own volume', () => {
    const r = sweepWith([{ profile: null, scenario: scenario() }], [modelAxis], { pricing });
    expect(r.total).toBe(2);
    expect(
      r.points.map((p) => [p.values, p.requestsPerMonth.toFixed(), p.monthly.promptOnly!.toFixed()]),
    ).toEqual([
      [['big'], '1000', '3.2'],
      [['small'], '1000', '0.7'],
    ]);
  });

  it('does not mutate the input scenario', () => {
    const input = scenario();
    const before = JSON.stringify(input);
    sweepWith([{ profile: null, scenario: input }], [modelAxis, volumeAxis], { pricing });
    expect(JSON.stringify(input)).toBe(before);
  });
});

describe('sweepPoints', () => {
  it('yields one batch per point of the other axes and reports progress', () => {
    const inputs = [{ profile: null, scenario: scenario() }];
    const plan = planSweep(inputs, [modelAxis, volumeAxis]);
    const progress: [number, number][] = [];
    const batches = [
      ...sweepPoints(inputs, plan, { pricing }, (done, total) => progress.push([done, total])),
    ];
    expect(batches.map((b) => b.length)).toEqual([3, 3]);
    expect(progress).toEqual([
      [3, 6],
      [6, 6],
    ]);
  });

  it('an error names the sweep point it happened at', () => {
    const inputs = [{ profile: 'base', scenario: scenario() }];
    const axis: SweepAxis = { ...modelAxis, values: ['big', 'nope'] };
    const points = sweepPoints(inputs, planSweep(inputs, [axis]), { pricing });
    expect(points.next().value![0]!.monthly.promptOnly!.toFixed()).toBe('3.2');
    try {
      points.next();
      expect.unreachable();
    } catch (error) {
      expect(isTuneOrRagError(error)).toBe(true);
      expect((error as Error).message).toContain('(sweep point profile base, prompt-only.model=nope)');
    }
  });

  it('a field under a value that is not an object is invalid_input at that field', () => {
    const inputs = [{ profile: null, scenario: { ...scenario(), horizonMonths: 6 } }];
    const axis: SweepAxis = {
      path: 'horizonMonths.x',
      field: 'horizonMonths.x',
      values: ['1'],
      volume: false,
    };
    expect(() => [...sweepPoints(inputs, planSweep(inputs, [volumeAxis]), { pricing })]).not.toThrow();
    expect(() => [
      ...sweepPoints(inputs, { ...planSweep(inputs, [volumeAxis]), axes: [axis] }, { pricing }),
    ]).toThrow(expect.objectContaining({ code: 'invalid_input', path: 'horizonMonths.x' }));
  });
});

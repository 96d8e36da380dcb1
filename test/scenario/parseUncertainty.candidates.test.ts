import { describe, expect, it } from 'vitest';
import type { SensitivityPoint } from '../../src/index.js';
import { defaultScenario, type ScenarioInput, sensitivity, simulate } from '../../src/index.js';
import { parseUncertainty } from '../../src/scenario/parseUncertainty.js';

/**
 * Uncertain fields of named candidates (`candidates.<name>.<field>`): the field's kind comes from the
 * candidate's kind, and its base value from what the candidate ends up with (inherited through
 * `extends` when not written).
 */
const withCandidate = (uncertainty: Record<string, unknown>): ScenarioInput =>
  ({
    ...defaultScenario(),
    candidates: { 'ft-b': { extends: 'fineTune', label: 'Fine-tune B' } },
    uncertainty,
  }) as ScenarioInput;

describe('uncertainty on a named candidate’s fields', () => {
  it('reads the kind from the candidate and the base from what it inherits', () => {
    const [input] = parseUncertainty(
      withCandidate({ 'candidates.ft-b.training.epochs': { dist: 'uniform', low: 1, high: 6 } }) as Record<
        string,
        unknown
      >,
    );
    expect(input!.path).toBe('candidates.ft-b.training.epochs');
    expect(input!.kind).toBe('positiveCount');
    // No base given and none written on ft-b: the 3 epochs of strategies.fineTune, through `extends`.
    expect(input!.base.toFixed()).toBe('3');
  });

  it('moves that candidate alone, as the same field of the strategy it copies would', () => {
    // The copy of the fine-tune against RAG: the hand-worked breakevens of
    // test/analysis/sensitivity.test.ts (epochs 1: 247.25; 3: 115,787.40; 6: 289,097.63).
    const r = sensitivity(
      withCandidate({ 'candidates.ft-b.training.epochs': { low: 1, base: 3, high: 6 } }),
      {
        between: ['ft-b', 'rag'],
      },
    );
    const at = (p: SensitivityPoint) =>
      p.breakeven.kind === 'crossover' ? p.breakeven.requestsPerMonth.toFixed(2) : p.breakeven.kind;
    expect(at(r.base)).toBe('115787.40');
    expect([at(r.bars[0]!.atLow), at(r.bars[0]!.atHigh)]).toEqual(['247.25', '289097.63']);
    // strategies.fineTune is not touched: its breakeven with RAG stays at the base whatever ft-b does.
    const other = sensitivity(
      withCandidate({ 'candidates.ft-b.training.epochs': { low: 1, base: 3, high: 6 } }),
      {
        between: ['fineTune', 'rag'],
      },
    );
    expect(other.bars[0]!.breakevenSwing!.isZero()).toBe(true);
  });

  it('samples it in simulate: the copy’s cost spreads, the original’s does not', () => {
    const r = simulate(
      withCandidate({ 'candidates.ft-b.training.epochs': { dist: 'uniform', low: 1, high: 6 } }),
      { samples: 200, seed: 7 },
    );
    const spread = (id: string) => {
      const c = r.strategies.find((x) => x.strategy === id)!.monthlyCost!;
      return c.p90.minus(c.p10);
    };
    expect(spread('fineTune').isZero()).toBe(true);
    expect(spread('ft-b').gt(0)).toBe(true);
  });

  it('refuses a candidate the scenario does not have, and a field its kind does not have', () => {
    expect(() =>
      parseUncertainty(
        withCandidate({ 'candidates.ft-c.training.epochs': { low: 1, base: 3, high: 6 } }) as Record<
          string,
          unknown
        >,
      ),
    ).toThrow(/no candidate `ft-c`.*Did you mean "ft-b"\?/);
    expect(() =>
      parseUncertainty(
        withCandidate({ 'candidates.ft-b.topK': { low: 1, base: 3, high: 6 } }) as Record<string, unknown>,
      ),
    ).toThrow(/is not a numeric field/);
  });
});

describe('uncertainty paths take every short workload name --set takes', () => {
  it('requestsPerDay, tokensPerMonth and growthPerMonth resolve under workload', () => {
    const s = defaultScenario();
    const { requestsPerMonth: _given, ...w } = s.workload;
    const [input] = parseUncertainty({
      ...s,
      workload: { ...w, requestsPerDay: 6000 },
      uncertainty: { requestsPerDay: { low: 5000, base: 6000, high: 7000 } },
    } as Record<string, unknown>);
    expect(input!.path).toBe('workload.requestsPerDay');
    expect(input!.kind).toBe('quantity');
    const [growth] = parseUncertainty({
      ...s,
      uncertainty: { growthPerMonth: { low: 0, base: '0.02', high: '0.05' } },
    } as Record<string, unknown>);
    expect(growth!.path).toBe('workload.growthPerMonth');
  });
});

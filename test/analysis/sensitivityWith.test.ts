import { describe, expect, it } from 'vitest';
import { type SensitivityOptions, sensitivityWith } from '../../src/analysis/sensitivityWith.js';
import { D } from '../../src/decimal.js';
import type { SensitivityPoint } from '../../src/index.js';
import { defaultScenario, getBundledPricing, type ScenarioInput } from '../../src/index.js';

/** sensitivityWith on the bundled prices (what the public `sensitivity` does). */
const sensitivity = (scenario: ScenarioInput, options: SensitivityOptions = {}) =>
  sensitivityWith(scenario, { pricing: getBundledPricing(), ...options });

const withUncertainty = (uncertainty: Record<string, unknown>): ScenarioInput =>
  ({ ...defaultScenario(), uncertainty }) as ScenarioInput;

describe('sensitivity (tornado) on a hand-built case', () => {
  // Fine-tune vs RAG on the default scenario (docs/formulas.md). Below Pinecone's kink,
  //   RAG       = 50.480001024 + 0.0015595 R
  //   fine-tune = 50 e + 0.694 + 1,000 × (230 × 0.30 + O × 2.50) ÷ 1e6 − 0.694 … written out:
  //             = (training 10M × e × $5/1M = 50 e) + (evaluation 1,000 × (69 + 2.5 O) ÷ 1e6) + 0.000694 R
  // so R* = (fine-tune intercept − 50.480001024) ÷ (0.0015595 − 0.000694) = (… ) ÷ 0.0008655.
  //   epochs 1: (50 + 0.694 − 50.480001024) ÷ 0.0008655 = 0.213998976 ÷ 0.0008655 = 247.25
  //   epochs 3: 100.213998976 ÷ 0.0008655 = 115,787.40 (the base)
  //   epochs 6: 250.213998976 ÷ 0.0008655 = 289,097.63           swing 288,850.38
  //   output 500 tokens: evaluation 1,000 × (69 + 1,250) ÷ 1e6 = 1.319 (was 0.694), and the output
  //     price adds the same 2.5 O ÷ 1e6 per request to both sides, so only the intercept moves:
  //     (151.319 − 50.480001024) ÷ 0.0008655 = 116,509.53                swing 722.13
  //   volume: the breakeven does not depend on it                       swing 0
  const result = sensitivity(
    withUncertainty({
      requestsPerMonth: { low: 100_000, base: 200_000, high: 400_000 },
      outputTokens: { low: 250, base: 250, high: 500 },
      'fine-tune.training.epochs': { low: 1, base: 3, high: 6 },
    }),
  );
  const at = (p: SensitivityPoint) =>
    p.breakeven.kind === 'crossover' ? p.breakeven.requestsPerMonth.toFixed(2) : p.breakeven.kind;

  it('ranks the inputs by how far they move the breakeven', () => {
    expect(result.between).toEqual(['fineTune', 'rag']);
    expect(result.bars.map((b) => b.path)).toEqual([
      'strategies.fineTune.training.epochs',
      'workload.outputTokens',
      'workload.requestsPerMonth',
    ]);
  });

  it('gives each end exactly', () => {
    const [epochs, output, volume] = result.bars;
    expect(at(result.base)).toBe('115787.40');
    expect([at(epochs!.atLow), at(epochs!.atHigh)]).toEqual(['247.25', '289097.63']);
    expect(epochs!.breakevenSwing!.toFixed(2)).toBe(new D('250').div('0.0008655').toFixed(2));
    expect(at(output!.atHigh)).toBe('116509.53');
    expect(output!.breakevenSwing!.toFixed(2)).toBe('722.13');
    expect(volume!.breakevenSwing!.isZero()).toBe(true);
    // The volume moves the multiple only: at 100,000 requests RAG = 50.480001024 + 155.95 = 206.430001024
    // and fine-tune = 150.694 + 69.4 = 220.094; ratio fine-tune ÷ RAG = 1.0662.
    expect(volume!.atLow.ratio!.toFixed(4)).toBe('1.0662');
    expect(volume!.changesOutcome).toBe(false);
  });

  it('ranks by the multiple when asked, and takes any pair', () => {
    const byMultiple = sensitivity(
      withUncertainty({
        requestsPerMonth: { low: 100_000, base: 200_000, high: 400_000 },
        outputTokens: { low: 250, base: 250, high: 500 },
      }),
      { rankBy: 'multiple', between: ['promptOnly', 'rag'] },
    );
    expect(byMultiple.between).toEqual(['promptOnly', 'rag']);
    // Prompt-only never crosses RAG here (breakeven swing null for both), so the ratio decides:
    // doubling the output adds $125/month to both sides at 200,000 requests, which moves the ratio
    // 194.48 ÷ 362.38 more (spread 0.1188) than halving or doubling the volume (0.1058).
    expect(byMultiple.bars.map((b) => [b.path, b.multipleSwing!.toFixed(4)])).toEqual([
      ['workload.outputTokens', '0.1188'],
      ['workload.requestsPerMonth', '0.1058'],
    ]);
  });

  it('puts an input that changes the answer first', () => {
    // A tuned prompt of 20,000 tokens costs 20,150 × $0.30/1M + $0.000625 = $0.00667 a request, more
    // than RAG's $0.0015595: fine-tune then never catches up, whatever the volume.
    const r = sensitivity(
      withUncertainty({
        outputTokens: { low: 250, base: 250, high: 500 },
        'fine-tune.tunedInstructionTokens': { low: 0, base: 80, high: 20_000 },
      }),
    );
    expect(r.bars[0]!.path).toBe('strategies.fineTune.tunedInstructionTokens');
    expect(r.bars[0]!.changesOutcome).toBe(true);
    expect(r.bars[0]!.atHigh.breakeven).toEqual({ kind: 'never', cheaper: 'rag' });
  });
});

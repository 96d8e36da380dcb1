import { describe, expect, it } from 'vitest';
import { horizonWith } from '../../src/calculate.js';
import type { ScenarioInput } from '../../src/scenario/scenarioSchema.js';
import { testRegistry } from '../helpers/testTables.js';

const pricing = testRegistry();

function scenario(growthPerMonth?: string | number): ScenarioInput {
  return {
    workload: {
      requestsPerMonth: 1_000_000,
      instructionTokens: 500,
      inputTokens: 100,
      outputTokens: 200,
      ...(growthPerMonth === undefined ? {} : { growthPerMonth }),
    },
    strategies: {
      promptOnly: { vendor: 'test-llm', model: 'big', fewShotTokens: 0 },
      fineTune: {
        vendor: 'test-llm',
        model: 'small',
        variant: 'full',
        training: { datasetTokens: 50_000_000 },
        retrainEveryMonths: 2,
        tunedInstructionTokens: 0,
      },
    },
  };
}

describe('horizon', () => {
  it('puts training in the months it is paid and compounds growth', () => {
    const h = horizonWith(scenario('0.1'), { pricing, months: 3 });
    // Volumes: 1,000,000; 1,100,000; 1,210,000.
    expect(h.months.map((m) => m.requestsPerMonth.toFixed())).toEqual(['1000000', '1100000', '1210000']);
    // Prompt-only per request: (500 + 100) × $2 / 1M + 200 × $10 / 1M = $0.0032:
    // $3,200, $3,520, $3,872 (cumulative $10,592).
    expect(h.months.map((m) => m.costs.promptOnly!.toFixed())).toEqual(['3200', '3520', '3872']);
    expect(h.months[2]!.cumulative.promptOnly!.toFixed()).toBe('10592');
    // Fine-tune per request: 100 × $1 / 1M + 200 × $4 / 1M = $0.0009, plus $2 model storage a month;
    // training 50M × $8 / 1M = $400 in months 1 and 3 (every 2 months):
    // 900 + 2 + 400 = $1,302; 990 + 2 = $992; 1,089 + 2 + 400 = $1,491 (cumulative $3,785).
    expect(h.months.map((m) => m.costs.fineTune!.toFixed())).toEqual(['1302', '992', '1491']);
    expect(h.months[2]!.cumulative.fineTune!.toFixed()).toBe('3785');
    expect(h.growthPerMonth.toFixed()).toBe('0.1');
  });

  it('reports the month in which the cumulative cheaper side changes', () => {
    // 10,000 flat requests: prompt-only $32 a month; fine-tune $9 + $2 + $400 in odd months, $11 in
    // even ones: prompt-only stays cheaper by cumulative cost (no crossing).
    const small = { ...scenario(), workload: { ...scenario().workload, requestsPerMonth: 10_000 } };
    const flat = horizonWith(small, { pricing, months: 4 });
    expect(flat.crossings).toEqual([]);
    // Growing 300% a month from 10,000: month volumes 10,000; 40,000; 160,000; 640,000.
    // Prompt-only: 32, 128, 512, 2,048 (cumulative 32, 160, 672, 2,720).
    // Fine-tune: 9 + 2 + 400 = 411, 36 + 2 = 38, 144 + 2 + 400 = 546, 576 + 2 = 578
    // (cumulative 411, 449, 995, 1,573): cheaper from month 4 (1,573 < 2,720; 995 > 672 in month 3).
    const growing = horizonWith(
      { ...small, workload: { ...small.workload, growthPerMonth: 3 } },
      { pricing, months: 4 },
    );
    expect(growing.months.map((m) => m.cumulative.fineTune!.toFixed())).toEqual([
      '411',
      '449',
      '995',
      '1573',
    ]);
    expect(growing.crossings).toEqual([
      { between: ['fineTune', 'promptOnly'], month: 4, cheaperBefore: 'promptOnly', cheaperFrom: 'fineTune' },
    ]);
  });

  it('refuses a growth rate of −100% or below, and names the field', () => {
    expect(() => horizonWith(scenario(-1), { pricing })).toThrow(/workload\.growthPerMonth/);
    expect(() => horizonWith(scenario('-1.5'), { pricing })).toThrow(/workload\.growthPerMonth/);
  });
});

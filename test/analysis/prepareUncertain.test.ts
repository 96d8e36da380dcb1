import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/_lib/piecewise.js';
import { prepareUncertain } from '../../src/analysis/prepareUncertain.js';
import { readOptions } from '../../src/calculate.js';
import { testRegistry } from '../helpers/testTables.js';

const options = readOptions({ pricing: testRegistry() });
const scenario = (uncertainty?: Record<string, unknown>) => ({
  asOf: '2026-06-01',
  workload: { requestsPerMonth: 10_000, instructionTokens: 1000, inputTokens: 100, outputTokens: 200 },
  strategies: { promptOnly: { vendor: 'test-llm', model: 'big', fewShotTokens: 0 } },
  ...(uncertainty === undefined ? {} : { uncertainty }),
});

describe('prepareUncertain', () => {
  it('puts every uncertain input at its base in a template without the block, and prices it', () => {
    const { inputs, template, prepared } = prepareUncertain(
      scenario({
        requestsPerMonth: { low: 5000, base: 20_000, high: 40_000 },
        outputTokens: { dist: 'uniform', low: 100, high: 300 },
      }),
      options,
    );
    expect(inputs.map((u) => [u.path, u.low.toFixed(), u.base.toFixed(), u.high.toFixed()])).toEqual([
      ['workload.requestsPerMonth', '5000', '20000', '40000'],
      // A uniform's base is the scenario's own value (200), which lies in the range.
      ['workload.outputTokens', '100', '200', '300'],
    ]);
    expect('uncertainty' in template).toBe(false);
    expect(template.workload).toMatchObject({ requestsPerMonth: '20000', outputTokens: '200' });
    // Priced at the base: (1,100 × $2 + 200 × $10) / 1M = $0.0042 a request × 20,000 = $84.
    expect(prepared.requests.toFixed()).toBe('20000');
    expect(prepared.models.map((m) => m.id)).toEqual(['promptOnly']);
    expect(evaluate(prepared.models[0]!.monthly, prepared.requests).toFixed()).toBe('84');
  });

  it('refuses a scenario without uncertain inputs, showing an example', () => {
    expect(() => prepareUncertain(scenario(), options)).toThrow(
      expect.objectContaining({ code: 'invalid_input', path: 'uncertainty' }),
    );
    expect(() => prepareUncertain(scenario({}), options)).toThrow(/add an `uncertainty` block, e\.g\./);
  });

  it('checks the whole scenario first: a bad field elsewhere is named', () => {
    const bad = {
      ...scenario({ outputTokens: { low: 1, base: 2, high: 3 } }),
      workload: { requestsPerMonth: -1 },
    };
    expect(() => prepareUncertain(bad, options)).toThrow(expect.objectContaining({ code: 'invalid_input' }));
  });

  it('does not mutate the input', () => {
    const input = scenario({ requestsPerMonth: { low: 5000, base: 20_000, high: 40_000 } });
    const before = JSON.stringify(input);
    prepareUncertain(input, options);
    expect(JSON.stringify(input)).toBe(before);
  });
});

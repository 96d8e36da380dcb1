import { describe, expect, it } from 'vitest';
import { compareWith } from '../src/calculate.js';
import { type ErrorCode, isTuneOrRagError, TuneOrRagError } from '../src/errors.js';
import {
  breakeven,
  compare,
  createPricingRegistry,
  curve,
  defaultScenario,
  horizon,
  parsePriceTable,
  type ScenarioInput,
  safeCompare,
} from '../src/index.js';
import { testLlm, testRegistry } from './helpers/testTables.js';

function codeOf(fn: () => unknown): { code: ErrorCode; path: string; message: string } {
  try {
    fn();
  } catch (error) {
    expect(isTuneOrRagError(error)).toBe(true);
    const e = error as TuneOrRagError;
    return { code: e.code, path: e.path, message: e.message };
  }
  throw new Error('expected an error');
}

const base = defaultScenario();
const withWorkload = (patch: Record<string, unknown>) =>
  ({ ...base, workload: { ...base.workload, ...patch } }) as ScenarioInput;
const withFineTune = (patch: Record<string, unknown>) =>
  ({
    ...base,
    strategies: { ...base.strategies, fineTune: { ...base.strategies.fineTune!, ...patch } },
  }) as ScenarioInput;

describe('invalid_input', () => {
  it.each([
    ['negative', -1],
    ['fractional', 1.5],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['beyond 2^53', 2 ** 53],
    ['exponent string', '1e3'],
    ['unicode digits', '١٢٣'],
  ])('a %s token count names the field', (_name, value) => {
    const e = codeOf(() => compare(withWorkload({ inputTokens: value })));
    expect(e.code).toBe('invalid_input');
    expect(e.path).toBe('workload.inputTokens');
  });

  it('pins the message of a negative count', () => {
    expect(() => compare(withWorkload({ requestsPerMonth: -5 }))).toThrowErrorMatchingInlineSnapshot(
      `[TuneOrRagError: [tune-or-rag] invalid_input at \`workload.requestsPerMonth\`: invalid scenario: expected a non-negative whole number (up to 2^53 − 1; pass larger counts as a digit string)]`,
    );
  });

  it('refuses money as a JS number, and unknown fields', () => {
    expect(codeOf(() => compare(withFineTune({ prices: { training: 5 } }))).path).toBe(
      'strategies.fineTune.prices.training',
    );
    const e = codeOf(() => compare({ ...base, extra: 1 } as ScenarioInput));
    expect(e.code).toBe('invalid_input');
    expect(e.message).toContain('`extra`');
  });

  it('accepts counts as digit strings beyond 2^53', () => {
    const result = compare(withWorkload({ requestsPerMonth: '90071992547409930' }));
    expect(result.run.requestsPerMonth.toFixed()).toBe('90071992547409930');
  });
});

describe('domain error codes', () => {
  it('unknown_vendor lists the known vendors', () => {
    const e = codeOf(() => compare(withFineTune({ vendor: 'nope' })));
    expect(e.code).toBe('unknown_vendor');
    expect(e.path).toBe('strategies.fineTune.vendor');
    expect(e.message).toContain('openai');
  });

  it('unknown_model lists the models that can be tuned', () => {
    const e = codeOf(() => compare(withFineTune({ model: 'gpt-9' })));
    expect(e.code).toBe('unknown_model');
    expect(e.path).toBe('strategies.fineTune.model');
    expect(e.message).toContain('gemini-2.5-flash');
  });

  it('fine_tuning_not_offered says what OpenRouter is for, never a crash', () => {
    const e = codeOf(() => compare(withFineTune({ vendor: 'openrouter', model: 'openai/gpt-4.1-mini' })));
    expect(e.code).toBe('fine_tuning_not_offered');
    expect(e.path).toBe('strategies.fineTune.vendor');
    expect(e.message).toMatch(/rout/i);
    const safe = safeCompare(withFineTune({ vendor: 'openrouter', model: 'x' }));
    expect(safe.success).toBe(false);
    expect(safe.error?.code).toBe('fine_tuning_not_offered');
  });

  it('fine_tuning_not_offered for a model the vendor cannot tune', () => {
    const e = codeOf(() => compare(withFineTune({ vendor: 'openai', model: 'o4-mini', method: 'sft' })));
    expect(e.code).toBe('option_not_offered');
    expect(e.message).toContain('rft');
  });

  it('missing_price says which field to pass, in which unit', () => {
    const pricing = testRegistry();
    const e = codeOf(() =>
      compareWith(
        {
          workload: base.workload,
          strategies: {
            fineTune: { vendor: 'test-llm', model: 'locked', training: { datasetTokens: 1000 } },
          },
        },
        { pricing },
      ),
    );
    expect(e.code).toBe('missing_price');
    expect(e.path).toBe('strategies.fineTune.prices.training');
    expect(e.message).toContain('USD per 1K training tokens');
    // Passing it resolves the error.
    const ok = compareWith(
      {
        workload: base.workload,
        strategies: {
          fineTune: {
            vendor: 'test-llm',
            model: 'locked',
            training: { datasetTokens: 1000 },
            prices: { training: '0.008' },
            serving: { mode: 'capacity', option: 'gpu', copies: 1 },
          },
        },
      },
      { pricing },
    );
    // 1,000 tokens × $0.008 / 1K = $0.008.
    expect(ok.strategies[0]!.lines[0]!.amount.toFixed()).toBe('0.008');
  });

  it('missing_price for the Claude 3 Haiku fine-tune on Bedrock (no list price anywhere)', () => {
    const e = codeOf(() => compare(withFineTune({ vendor: 'aws-bedrock', model: 'claude-3-haiku' })));
    expect(e.code).toBe('missing_price');
    expect(e.path).toBe('strategies.fineTune.prices.training');
  });

  it('no_price_at_date when as-of is before every table', () => {
    const e = codeOf(() => compare({ ...base, asOf: '2020-01-01' }));
    expect(e.code).toBe('no_price_at_date');
    expect(e.path).toBe('asOf');
    expect(e.message).toContain('first table takes effect');
  });

  it('unit_mismatch for a per-character embedding without characters per token', () => {
    const e = codeOf(() =>
      compareWith(
        {
          workload: base.workload,
          strategies: {
            rag: {
              embedding: { vendor: 'test-llm', model: 'embed-chars' },
              corpusTokens: 1000,
              topK: 1,
              vectorDb: { vendor: 'test-vectors', plan: 'serverless' },
              generation: { vendor: 'test-llm', model: 'big' },
            },
          },
        },
        { pricing: testRegistry() },
      ),
    );
    expect(e.code).toBe('unit_mismatch');
    expect(e.path).toBe('strategies.rag.embedding.charactersPerToken');
  });

  it('invalid_price_table names the file and the field', () => {
    const bad = structuredClone(testLlm) as unknown as {
      models: { inference?: { input: { unit: string } } }[];
    };
    bad.models[0]!.inference!.input.unit = 'hour';
    const e = codeOf(() => parsePriceTable(bad, 'pricing/test-llm/2026-01-01.json'));
    expect(e.code).toBe('invalid_price_table');
    expect(e.path).toBe('models[0].inference.input.unit');
    expect(e.message).toContain('pricing/test-llm/2026-01-01.json');
    const dup = codeOf(() => createPricingRegistry([testLlm, testLlm]));
    expect(dup.code).toBe('invalid_price_table');
    expect(dup.message).toContain('two tables effective on 2026-01-01');
  });

  it('capacity_exceeded beyond the autoscaling ceiling', () => {
    const e = codeOf(() =>
      compareWith(
        {
          workload: base.workload,
          strategies: {
            fineTune: {
              vendor: 'test-llm',
              model: 'small',
              variant: 'lora',
              training: { datasetTokens: 1000 },
              serving: {
                mode: 'capacity',
                option: 'gpu',
                autoscale: { requestsPerCopyPerMonth: 1000, maxCopies: 2 },
              },
            },
          },
        },
        { pricing: testRegistry() },
      ),
    );
    expect(e.code).toBe('capacity_exceeded');
  });

  it('the core entry asks for price tables instead of guessing', () => {
    const e = codeOf(() => compareWith(base));
    expect(e.code).toBe('invalid_input');
    expect(e.path).toBe('options.pricing');
  });

  it('every public function reports bad options with a path', () => {
    expect(codeOf(() => breakeven(base, { between: ['rag', 'rag'] })).path).toBe('options.between');
    expect(codeOf(() => breakeven(base, { between: ['rag', 'nope' as never] })).path).toBe(
      'options.between[1]',
    );
    expect(codeOf(() => curve(base, { volumes: [-1] })).path).toBe('options.volumes[0]');
    expect(codeOf(() => curve(base, { range: { from: 10, to: 1, points: 5 } })).code).toBe('invalid_input');
    expect(codeOf(() => horizon(base, { months: 0 })).path).toBe('options.months');
  });

  it('safe forms never throw, whatever the input', () => {
    for (const input of [null, 42, 'x', [], {}, { workload: null }, { __proto__: { workload: 1 } }]) {
      const result = safeCompare(input);
      expect(result.success).toBe(false);
      expect(result.error).toBeInstanceOf(TuneOrRagError);
    }
  });
});

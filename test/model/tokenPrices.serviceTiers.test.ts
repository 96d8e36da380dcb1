import { describe, expect, it } from 'vitest';
import {
  compare,
  compareWith,
  extendPricingRegistry,
  getBundledPricing,
  isTuneOrRagError,
  type ScenarioInput,
} from '../../src/index.js';

/**
 * Service tiers and regional prices, worked by hand. Workload: R = 100,000 requests; 200 instruction
 * + 100 input + 300 output tokens; prompt-only with no few-shot block.
 */
const workload = { requestsPerMonth: 100_000, instructionTokens: 200, inputTokens: 100, outputTokens: 300 };

function promptOnly(extra: Record<string, unknown>, asOf = '2026-11-30') {
  const result = compare({
    asOf,
    workload,
    strategies: { promptOnly: { fewShotTokens: 0, ...extra } },
  } as ScenarioInput);
  const cost = result.strategies[0]!;
  const line = (key: string) => cost.lines.find((l) => l.id === `promptOnly.${key}`)!;
  return { cost, line };
}

const terra = { vendor: 'openai', model: 'gpt-5.6-terra', cachedPrefixHitRate: '0.5' };

function codeOf(run: () => unknown): { code: string; path: string } {
  try {
    run();
  } catch (error) {
    if (isTuneOrRagError(error)) return { code: error.code, path: error.path };
    throw error;
  }
  throw new Error('expected an error');
}

describe('service tiers', () => {
  // gpt-5.6-terra: $2 input, $0.20 cached, $2.50 cache write (5 min), $12 output per 1M.
  // Prefix 200 at 50% hits: 100 cached + 100 written per request; input 100; output 300.
  it('standard: the listed prices', () => {
    const { cost, line } = promptOnly(terra);
    // Input 100 × 100,000 = 10M × $2 = $20; write 10M × $2.50 = $25; cached 10M × $0.20 = $2;
    // output 30M × $12 = $360. Total $407.
    expect(line('input').amount.toFixed()).toBe('20');
    expect(line('cacheWrite').amount.toFixed()).toBe('25');
    expect(line('cachedInput').amount.toFixed()).toBe('2');
    expect(cost.monthlyTotal.toFixed()).toBe('407');
  });

  it('flex at × 0.5, stacking with cached input as OpenAI states: $203.50', () => {
    const { cost, line } = promptOnly({ ...terra, serviceTier: 'flex' });
    // Half of every line: 10 + 12.50 + 1 + 180 = 203.50.
    expect(line('cachedInput').amount.toFixed()).toBe('1');
    expect(line('output').amount.toFixed()).toBe('180');
    expect(line('output').priceLabel).toBe('$12 × 0.5 per 1M tokens (flex × 0.5)');
    expect(cost.monthlyTotal.toFixed()).toBe('203.5');
  });

  it('priority at × 2 ("Fast mode"): $814', () => {
    expect(promptOnly({ ...terra, serviceTier: 'priority' }).cost.monthlyTotal.toFixed()).toBe('814');
  });

  it('batch: `batch: true` and `serviceTier: batch` are the same purchase', () => {
    const a = promptOnly({ ...terra, batch: true }).cost.monthlyTotal.toFixed();
    const b = promptOnly({ ...terra, serviceTier: 'batch' }).cost.monthlyTotal.toFixed();
    expect(a).toBe('203.5');
    expect(b).toBe(a);
  });

  it('a tier and a region multiply: flex in a data-residency region = × 0.55', () => {
    const { cost, line } = promptOnly({ ...terra, serviceTier: 'flex', region: 'data-residency' });
    // 407 × 0.55 = 223.85: input 11, write 13.75, cached 1.10, output 198.
    expect(line('input').amount.toFixed()).toBe('11');
    expect(line('output').priceLabel).toBe('$12 × 0.55 per 1M tokens (flex × 0.5, data-residency × 1.1)');
    expect(cost.monthlyTotal.toFixed()).toBe('223.85');
  });

  it('a tier with prices of its own replaces the standard ones (Fireworks priority)', () => {
    const { cost, line } = promptOnly({
      vendor: 'fireworks',
      model: 'gpt-oss-120b',
      serviceTier: 'priority',
    });
    // Input (200 + 100) × 100,000 = 30M × $0.18 = $5.40; output 30M × $0.72 = $21.60. Total $27.
    expect(line('input').amount.toFixed()).toBe('5.4');
    expect(line('input').price!.item).toBe('inference.tiers.priority.input');
    expect(cost.monthlyTotal.toFixed()).toBe('27');
  });

  it('Bedrock regional endpoints cost 10% more than global for Claude 4.5+', () => {
    const { cost } = promptOnly({ vendor: 'aws-bedrock', model: 'claude-haiku-4-5', region: 'regional' });
    // $0.001 / 1K input: 30M × $1 / 1M × 1.1 = $33; output 30M × $5 / 1M × 1.1 = $165. Total $198.
    expect(cost.monthlyTotal.toFixed()).toBe('198');
  });

  it('a tier that does not stack with cached input leaves cached tokens at the listed price', () => {
    const table = {
      vendor: 'acme',
      name: 'Acme',
      effectiveDate: '2026-01-01',
      currency: 'USD',
      sources: { page: { url: 'https://example.com', readOn: '2026-01-01', confidence: 'vendor' } },
      fineTuning: { offered: false, reason: 'inference only' },
      models: [
        {
          id: 'm',
          kind: 'chat',
          inference: {
            input: { usd: '1', per: '1M', unit: 'token', source: 'page' },
            cachedInput: { usd: '0.10', per: '1M', unit: 'token', source: 'page' },
            output: { usd: '4', per: '1M', unit: 'token', source: 'page' },
            tiers: { flex: { factor: '0.5', cachedInputStacks: false, source: 'page' } },
          },
        },
      ],
    };
    const result = compareWith(
      {
        asOf: '2026-11-30',
        workload,
        strategies: {
          promptOnly: {
            vendor: 'acme',
            model: 'm',
            fewShotTokens: 0,
            cachedPrefixHitRate: '0.5',
            serviceTier: 'flex',
          },
        },
      },
      { pricing: extendPricingRegistry(getBundledPricing(), [table]) },
    );
    const lines = result.strategies[0]!.lines;
    const amount = (id: string) => lines.find((l) => l.id === `promptOnly.${id}`)!.amount.toFixed();
    // Input (100 missed prefix + 100) = 20M × $1 × 0.5 = $10; cached 10M × $0.10 (no discount) = $1;
    // output 30M × $4 × 0.5 = $60.
    expect(amount('input')).toBe('10');
    expect(amount('cachedInput')).toBe('1');
    expect(amount('output')).toBe('60');
    expect(lines.find((l) => l.id === 'promptOnly.cachedInput')!.priceLabel).toContain(
      'not on cached tokens',
    );
  });

  it('refuses a tier or region the vendor does not price, and contradictory flags', () => {
    expect(
      codeOf(() => promptOnly({ vendor: 'google-vertex', model: 'gemini-2.5-flash', serviceTier: 'flex' })),
    ).toEqual({ code: 'option_not_offered', path: 'strategies.promptOnly.serviceTier' });
    expect(codeOf(() => promptOnly({ ...terra, region: 'mars' }))).toEqual({
      code: 'option_not_offered',
      path: 'strategies.promptOnly.region',
    });
    expect(codeOf(() => promptOnly({ ...terra, batch: true, serviceTier: 'flex' }))).toEqual({
      code: 'invalid_input',
      path: 'strategies.promptOnly.serviceTier',
    });
  });
});

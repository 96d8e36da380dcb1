import { describe, expect, it } from 'vitest';
import { constant, evaluate, linear } from '../../src/_lib/piecewise.js';
import { D, ZERO } from '../../src/decimal.js';
import {
  inferenceLines,
  pricedLine,
  type RequestTokens,
  type TokenPriceRefs,
  tokenBuckets,
  usdLine,
} from '../../src/model/lines.js';
import { type PriceContext, resolvePrice } from '../../src/model/resolvePrice.js';
import type { LineDef, PriceRef } from '../../src/model/types.js';
import type { PriceOrMissing } from '../../src/pricing/priceTableSchema.js';
import { testLlm } from '../helpers/testTables.js';

const d = (x: string | number) => new D(x);
const ctx: PriceContext = {
  table: testLlm,
  subject: 'big',
  overridePath: 'strategies.promptOnly.prices',
  overrides: {},
};
const perMillion = (usd: string): PriceRef =>
  resolvePrice(ctx, 'x', 'x', { usd, per: '1M', unit: 'token', source: 'page' } as PriceOrMissing, {
    unit: 'token',
    per: '1M',
  });
/** The test table's big model: $2 input, $0.2 cached, $2.5 cache write, $10 output, per 1M tokens. */
const big = {
  input: perMillion('2'),
  cachedInput: perMillion('0.2'),
  cacheWrite: perMillion('2.5'),
  output: perMillion('10'),
};
const plain = (over: Partial<TokenPriceRefs> = {}): TokenPriceRefs => ({
  ...big,
  cacheWrite: null,
  factor: null,
  cachedFactor: null,
  modifier: null,
  ...over,
});
/** 1,000 instruction tokens (80% read from cache), 200 user input, 300 output. */
const tokens: RequestTokens = {
  prefix: d(1000),
  prefixHitRate: d('0.8'),
  uncachedInput: d(200),
  output: d(300),
  uncachedBasis: '200 user input',
};
/** A line's amount at R requests a month: quantity(R) × unit price. */
const amountAt = (line: LineDef, r: number) => evaluate(line.quantity, d(r)).times(line.unitPrice).toFixed();

describe('tokenBuckets', () => {
  it('without a cache-write price, cache misses pay the ordinary input price', () => {
    // Hits 1,000 × 0.8 = 800 cached; misses 200 join the 200 user input: 400 input.
    const b = tokenBuckets(tokens, false);
    expect([b.input, b.cachedInput, b.cacheWrite, b.output].map((x) => x.toFixed())).toEqual([
      '400',
      '800',
      '0',
      '300',
    ]);
  });

  it('with a cache-write price, cache misses are cache writes', () => {
    const b = tokenBuckets(tokens, true);
    expect([b.input, b.cachedInput, b.cacheWrite, b.output].map((x) => x.toFixed())).toEqual([
      '200',
      '800',
      '200',
      '300',
    ]);
  });

  it('keeps every token: input + cached + write = prefix + uncached input', () => {
    for (const rate of ['0', '0.33', '1']) {
      for (const writes of [false, true]) {
        const b = tokenBuckets({ ...tokens, prefixHitRate: d(rate) }, writes);
        expect(b.input.plus(b.cachedInput).plus(b.cacheWrite).toFixed()).toBe('1200');
      }
    }
  });
});

describe('pricedLine and usdLine', () => {
  it('a constant quantity is monthly_fixed, a sloped one per_volume, a one-time one one_time', () => {
    const args = { id: 'a', label: 'A', quantityUnit: 'tokens', basis: 'b' };
    expect(pricedLine({ ...args, quantity: constant(d(5)) }, big.input).timing).toBe('monthly_fixed');
    expect(pricedLine({ ...args, quantity: linear(ZERO, d(5)) }, big.input).timing).toBe('per_volume');
    const once = pricedLine(
      { ...args, quantity: constant(d(5)), oneTime: { recursEveryMonths: 6 } },
      big.input,
    );
    expect([once.timing, once.recursEveryMonths]).toEqual(['one_time', 6]);
  });

  it('prices per unit and applies a factor, naming it in the label', () => {
    const line = pricedLine(
      { id: 'a', label: 'A', quantity: linear(ZERO, d(1000)), quantityUnit: 'tokens', basis: 'b' },
      big.input,
      d('0.5'),
      undefined,
      'batch × 0.5',
    );
    // $2 per 1M × 0.5 = $0.000001 a token; 1,000 tokens × 100 requests = 100,000 tokens = $0.10.
    expect(line.unitPrice.toFixed()).toBe('0.000001');
    expect(amountAt(line, 100)).toBe('0.1');
    expect(line.priceLabel).toBe('$2 × 0.5 per 1M tokens (batch × 0.5)');
    expect(line.price).toBe(big.input);
  });

  it('usdLine prices its quantity at $1 per USD', () => {
    const line = usdLine(
      { id: 'u', label: 'U', quantity: constant(d('12.34')), quantityUnit: 'x', basis: 'b' },
      null,
    );
    expect([line.quantityUnit, line.unitPrice.toFixed(), line.priceLabel, amountAt(line, 0)]).toEqual([
      'USD',
      '1',
      '$1 per USD',
      '12.34',
    ]);
  });
});

describe('inferenceLines', () => {
  it('with a cache-write price: input, cache write, cached input and output lines', () => {
    const { lines, buckets } = inferenceLines(
      'rag.generation',
      'RAG: generation',
      tokens,
      plain({ cacheWrite: big.cacheWrite }),
    );
    expect(buckets.cacheWrite.toFixed()).toBe('200');
    // At 1,000 requests: 200,000 input × $2/1M = $0.40; 200,000 written × $2.5/1M = $0.50;
    // 800,000 cached × $0.2/1M = $0.16; 300,000 output × $10/1M = $3.
    expect(lines.map((l) => [l.id, l.timing, amountAt(l, 1000)])).toEqual([
      ['rag.generation.input', 'per_volume', '0.4'],
      ['rag.generation.cacheWrite', 'per_volume', '0.5'],
      ['rag.generation.cachedInput', 'per_volume', '0.16'],
      ['rag.generation.output', 'per_volume', '3'],
    ]);
    expect(lines[0]!.label).toBe('RAG: generation: input tokens');
  });

  it('without one, the misses go to the input line and its basis says so', () => {
    const { lines } = inferenceLines('p', 'P', tokens, plain());
    // Input 400 tokens a request: 400,000 × $2/1M = $0.80 at 1,000 requests.
    expect(lines.map((l) => [l.id, amountAt(l, 1000)])).toEqual([
      ['p.input', '0.8'],
      ['p.cachedInput', '0.16'],
      ['p.output', '3'],
    ]);
    expect(lines[0]!.basis).toBe(
      'requests/month × 400 tokens per request (200 user input + 1,000 instruction × 0.2 cache misses)',
    );
    expect(lines[1]!.basis).toBe(
      'requests/month × 800 tokens per request (1,000 instruction × 0.8 cache hits)',
    );
  });

  it('no caching: no cached line, the whole prefix billed as input', () => {
    const { lines } = inferenceLines('p', 'P', { ...tokens, prefixHitRate: ZERO }, plain());
    // 200 + 1,000 = 1,200 input tokens a request; at 1 request: 1,200 × $0.000002 = $0.0024.
    expect(lines.map((l) => [l.id, amountAt(l, 1)])).toEqual([
      ['p.input', '0.0024'],
      ['p.output', '0.003'],
    ]);
    expect(lines[0]!.basis).toBe(
      'requests/month × 1,200 tokens per request (200 user input + 1,000 instruction)',
    );
  });

  it('a tier factor on input and output only: the cached line says the discount does not apply', () => {
    const { lines } = inferenceLines('p', 'P', tokens, plain({ factor: d('0.5'), modifier: 'flex × 0.5' }));
    // Input $2 × 0.5 = $1/1M: 400,000 → $0.40; cached unchanged $0.16; output $10 × 0.5: 300,000 → $1.50.
    expect(lines.map((l) => [l.id, amountAt(l, 1000), l.priceLabel])).toEqual([
      ['p.input', '0.4', '$2 × 0.5 per 1M tokens (flex × 0.5)'],
      ['p.cachedInput', '0.16', '$0.2 per 1M tokens (flex × 0.5: not on cached tokens)'],
      ['p.output', '1.5', '$10 × 0.5 per 1M tokens (flex × 0.5)'],
    ]);
  });

  it('a regional factor on cached tokens too', () => {
    const { lines } = inferenceLines(
      'p',
      'P',
      tokens,
      plain({ factor: d('1.1'), cachedFactor: d('1.1'), modifier: 'regional × 1.1' }),
    );
    // Cached: 800,000 × $0.2/1M × 1.1 = $0.176.
    expect(amountAt(lines[1]!, 1000)).toBe('0.176');
    expect(lines[1]!.priceLabel).toBe('$0.2 × 1.1 per 1M tokens (regional × 1.1)');
  });
});

import { describe, expect, it } from 'vitest';
import { compare } from '../../../src/index.js';
import { earlyStartup } from '../../../src/scenario/presets/earlyStartup.js';

/**
 * Prices as of 2026-11-30: google-vertex 2026-10-07 (Gemini 2.5 Flash $0.30 input, $0.03 cached,
 * $2.50 output per 1M; Flash-Lite $0.10 / $0.40, tuned the same, SFT $1.50 per 1M training tokens;
 * gemini-embedding-001 $0.15 per 1M), Pinecone Builder a flat $20 a month (usage included).
 */
const result = compare(earlyStartup());
const total = (id: string) => result.strategies.find((s) => s.strategy === id)!.monthlyTotal;

describe('earlyStartup', () => {
  it('describes 20,000 requests a month growing 15%, priced on 2026-11-30, needing fresh facts', () => {
    const s = earlyStartup();
    expect([s.asOf, s.horizonMonths, s.workload.requestsPerMonth, s.workload.growthPerMonth]).toEqual([
      '2026-11-30',
      12,
      20_000,
      '0.15',
    ]);
    expect(s.needs).toEqual({ styleOrFormat: false, freshFacts: true, citations: false });
    expect(Object.keys(s.strategies ?? {})).toEqual(['fineTune', 'rag', 'promptOnly']);
  });

  it('fine-tune: Flash-Lite re-trained every 3 months', () => {
    // Training 2,000,000 × 3 epochs × $1.50/1M = $9 every 3 months → 3.
    // A request: (200 input + 100 tuned instruction) × $0.10 + 300 × $0.40 = 30 + 120 = 150 per 1M.
    // Serving 20,000 requests: 150 × 0.02 = 3. Evaluation 200 requests every 3 months: 150 × 0.0002 ÷ 3 = 0.01.
    expect(total('fineTune').toFixed()).toBe('6.01');
  });

  it('RAG: the flat Builder plan, then Flash with 4 chunks', () => {
    // Generation per 1M requests: 800 instruction × 0.5 hits × $0.03 = 12; misses 400 + 200 input +
    // 4 × 512 chunks = 2,648 × $0.30 = 794.4; output 300 × $2.50 = 750. 1,556.4 × 0.02 = 31.128.
    // Embedding: queries 200 × 20,000 = 4M × $0.15/1M = 0.6; churn 20% of 2M = 400,000 × $0.15/1M =
    // 0.06; the corpus 2M × $0.15/1M = 0.3 once ÷ 12 = 0.025. Pinecone Builder: 20.
    // 31.128 + 0.6 + 0.06 + 0.025 + 20 = 51.813.
    expect(total('rag').toFixed()).toBe('51.813');
  });

  it('prompt-only: Flash with a 2,500-token few-shot block, 70% cache hits', () => {
    // Prefix 800 + 2,500 = 3,300: hits 2,310 × $0.03 = 69.3; misses 990 + 200 input = 1,190 × $0.30 =
    // 357; output 300 × $2.50 = 750. (69.3 + 357 + 750) × 0.02 = 23.526.
    expect(total('promptOnly').toFixed()).toBe('23.526');
  });

  it('the fine-tune is cheapest at this volume', () => {
    expect(result.cheapest).toBe('fineTune');
  });
});

import { describe, expect, it } from 'vitest';
import { compare } from '../../../src/index.js';
import { scaleUp } from '../../../src/scenario/presets/scaleUp.js';

/**
 * Prices as of 2026-11-30: google-vertex 2026-10-07 (Gemini 2.5 Flash $0.30 input, $0.03 cached,
 * $2.50 output per 1M, tuned the same; SFT $5 per 1M training tokens).
 */
const result = compare(scaleUp());
const total = (id: string) => result.strategies.find((s) => s.strategy === id)!.monthlyTotal;

describe('scaleUp', () => {
  it('describes 1M requests a month growing 8%, over 24 months, needing voice and cited facts', () => {
    const s = scaleUp();
    expect([s.asOf, s.horizonMonths, s.workload.requestsPerMonth, s.workload.growthPerMonth]).toEqual([
      '2026-11-30',
      24,
      1_000_000,
      '0.08',
    ]);
    expect(s.needs).toEqual({ styleOrFormat: true, freshFacts: true, citations: true });
    expect(s.strategies?.fineTune?.lifecycle?.fallback).toEqual({ strategy: 'rag' });
  });

  it('fine-tune: re-trained every 2 months, with monthly drift monitoring', () => {
    // A tuned request: (200 input + 80 instruction) × $0.30 + 250 × $2.50 = 84 + 625 = 709 per 1M.
    // Serving 1M requests: 709. Training 20,000,000 × 2 × $5/1M = $200 every 2 months → 100.
    // Evaluation 2,000 requests every 2 months: 709 × 0.002 ÷ 2 = 0.709. Monitoring: 1,000 requests
    // a month = 0.709, plus the user's $500. 709 + 100 + 0.709 + 0.709 + 500 = 1,310.418.
    expect(total('fineTune').toFixed()).toBe('1310.418');
  });

  it('prompt-only: a 3,000-token few-shot block, 80% cache hits', () => {
    // Prefix 3,600: hits 2,880 × $0.03 = 86.4; misses 720 + 200 input = 920 × $0.30 = 276; output
    // 250 × $2.50 = 625. 86.4 + 276 + 625 = 987.4 for 1M requests.
    expect(total('promptOnly').toFixed()).toBe('987.4');
  });
});

import { describe, expect, it } from 'vitest';
import { compare } from '../../../src/index.js';
import { midMarketPerimeter } from '../../../src/scenario/presets/midMarketPerimeter.js';

/**
 * Prices as of 2026-11-30: google-vertex 2026-10-07 (Gemini 2.5 Flash $0.30 input, $2.50 output per
 * 1M, tuned the same; SFT $5 per 1M training tokens); aws-bedrock 2026-07-24 (Claude Haiku 4.5 $1
 * input, $0.10 cached, $1.25 cache write (5 min), $5 output per 1M).
 */
const result = compare(midMarketPerimeter());
const total = (id: string) => result.strategies.find((s) => s.strategy === id)!.monthlyTotal;

describe('midMarketPerimeter', () => {
  it('keeps every vendor inside AWS or GCP and every route open for the horizon', () => {
    const s = midMarketPerimeter();
    expect(s.constraints).toEqual({
      dataPerimeter: { clouds: ['aws', 'gcp'], scope: 'all' },
      openForHorizon: true,
    });
    const vendors = new Set(
      result.strategies.flatMap((c) => c.lines.flatMap((l) => (l.price ? [l.price.vendor] : []))),
    );
    expect([...vendors].sort()).toEqual(['aws-bedrock', 'aws-rds', 'google-vertex']);
  });

  it('fine-tune: Flash re-trained every 6 months', () => {
    // A tuned request: (300 input + 100 instruction) × $0.30 + 400 × $2.50 = 120 + 1,000 = 1,120 per 1M.
    // Serving 300,000 requests: 336. Training 5,000,000 × 3 × $5/1M = $75 every 6 months → 12.5.
    // Evaluation 1,000 requests every 6 months: 1,120 × 0.001 ÷ 6 = 0.18666…
    // 336 + 12.5 + 0.18666… = 348.68666…
    expect(total('fineTune').toFixed(10)).toBe('348.6866666667');
  });

  it('prompt-only: Haiku 4.5 on Bedrock with a 4,000-token format guide, 80% cache hits', () => {
    // Prefix 5,000: hits 4,000 × $0.10 = 400; misses 1,000 written at $1.25 = 1,250; input 300 × $1 =
    // 300; output 400 × $5 = 2,000. 3,950 per 1M × 0.3 = 1,185.
    expect(total('promptOnly').toFixed()).toBe('1185');
  });
});

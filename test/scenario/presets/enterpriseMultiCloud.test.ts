import { describe, expect, it } from 'vitest';
import { compare } from '../../../src/index.js';
import { enterpriseMultiCloud } from '../../../src/scenario/presets/enterpriseMultiCloud.js';

/** Prices as of 2026-11-30: aws-bedrock 2026-07-24 (Claude Haiku 4.5 $1 input, $0.10 cached, $1.25 cache write, $5 output per 1M). */
const result = compare(enterpriseMultiCloud());
const total = (id: string) => result.strategies.find((s) => s.strategy === id)!.monthlyTotal;

describe('enterpriseMultiCloud', () => {
  it('needs downloadable weights: trained at Together, served on Bedrock Custom Model Import', () => {
    const s = enterpriseMultiCloud();
    expect(s.constraints).toEqual({ weightsDownloadable: true, openForHorizon: true });
    const ft = s.strategies!.fineTune!;
    expect([ft.vendor, ft.serving?.mode === 'capacity' && ft.serving.vendor]).toEqual([
      'together',
      'aws-bedrock',
    ]);
    const vendors = new Set(
      result.strategies
        .find((c) => c.strategy === 'fineTune')!
        .lines.flatMap((l) => (l.price ? [l.price.vendor] : [])),
    );
    expect([...vendors].sort()).toEqual(['aws-bedrock', 'together']);
  });

  it('prompt-only: Haiku 4.5 with a 3,000-token block, 85% cache hits, at 5M requests', () => {
    // Prefix 3,500: hits 2,975 × $0.10 = 297.5; misses 525 written at $1.25 = 656.25; input 250 × $1 =
    // 250; output 200 × $5 = 1,000. 2,203.75 per 1M × 5 = 11,018.75.
    expect(total('promptOnly').toFixed()).toBe('11018.75');
  });

  it('fine-tune: trained at Together, autoscaled on Bedrock Custom Model Import', () => {
    // Together llama-3.1-8b-instruct LoRA (2026-10-01): 30,000,000 × 2 epochs × $0.48/1M = $28.80 every
    // 3 months → 9.6 (above the $4 minimum). Bedrock CMI (2026-07-24): 2 CMUs a copy at $0.05718 per
    // CMU-minute; ⌈5,000,000 ÷ 1,500,000⌉ = ⌈3.33…⌉ = 4 copies × 2 CMUs × 730 h × 60 = 350,400
    // CMU-minutes × $0.05718 = 20,035.872; storage 2 CMUs × $1.95 = 3.9.
    const ft = result.strategies.find((c) => c.strategy === 'fineTune')!;
    const capacity = ft.lines.find((l) => l.id === 'fineTune.serving.capacity')!;
    expect([capacity.quantity.toFixed(), capacity.amount.toFixed()]).toEqual(['350400', '20035.872']);
    // 9.6 + 20,035.872 + 3.9 = 20,049.372.
    expect(ft.monthlyTotal.toFixed()).toBe('20049.372');
  });
});

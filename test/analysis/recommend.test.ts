import { describe, expect, it } from 'vitest';
import { recommendWith } from '../../src/analysis/recommend.js';
import { findPreset, recommend, safeRecommend, VENDOR_FACTS } from '../../src/index.js';
import type { ScenarioInput } from '../../src/scenario/scenarioSchema.js';
import { testRegistry } from '../helpers/testTables.js';

const pricing = testRegistry();

/** The horizon test's scenario: prices chosen so every number below is checked by hand. */
function scenario(needs: Record<string, boolean>): ScenarioInput {
  return {
    workload: { requestsPerMonth: 1_000_000, instructionTokens: 500, inputTokens: 100, outputTokens: 200 },
    needs,
    constraints: { openForHorizon: false },
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
  } as ScenarioInput;
}

describe('recommend: the rule and the cost verdict', () => {
  it('tunes for style, with the numbers worked by hand', () => {
    const r = recommendWith(scenario({ styleOrFormat: true }), { pricing });
    expect([r.rule, r.recommended, r.cheapest]).toEqual(['tune', 'fineTune', 'fineTune']);
    // Prompt-only: (500 + 100) × $2/1M + 200 × $10/1M = $0.0032 a request → $3,200 a month.
    // Fine-tune: 100 × $1/1M + 200 × $4/1M = $0.0009 → $900, + $2 storage, + 50M × $8/1M = $400
    // every 2 months → $200: $1,102 a month.
    expect(r.eligible.map((e) => [e.strategy, e.monthlyTotal.toFixed(), e.meetsNeeds])).toEqual([
      ['fineTune', '1102', true],
      ['promptOnly', '3200', false],
    ]);
    // 3,200 ÷ 1,102 = 2.9038…
    expect(r.multiple).toMatchObject({ kind: 'ratio', cheaper: 'fineTune', dearer: 'promptOnly' });
    expect(r.multiple?.kind === 'ratio' && r.multiple.times.toFixed(4)).toBe('2.9038');
    // Breakeven: 202 + 0.0009 R = 0.0032 R → R = 202 ÷ 0.0023 = 87,826.09 requests, 0.0878× the volume.
    expect(r.sureness.assessed).toBe(false);
    expect(r.sureness.nearestCrossover?.requestsPerMonth.toFixed(2)).toBe('87826.09');
    expect(r.sureness.nearestCrossover?.volumeRatio.toFixed(4)).toBe('0.0878');
    expect(r.verdict).toContain('Recommended: Fine-tune at $1102.00 a month at 1000000 requests/month.');
  });

  it('says how sure when the scenario states its uncertainty: a Monte Carlo behind the verdict', () => {
    // The volume is 50,000 or 1,000,000 requests, equally likely. Fine-tune costs 202 + 0.0009 R:
    // $247 at 50,000 (prompt-only: 0.0032 × 50,000 = $160, cheaper) and $1,102 at 1,000,000
    // (cheaper than prompt-only's $3,200). So it is the cheapest in about half the samples, and
    // its cost's P10 and P90 are the two values.
    const input = {
      ...scenario({ styleOrFormat: true }),
      uncertainty: { 'workload.requestsPerMonth': { dist: 'discrete', values: [50_000, 1_000_000] } },
    } as ScenarioInput;
    const r = recommendWith(input, { pricing });
    expect(r.recommended).toBe('fineTune');
    expect(r.sureness.assessed).toBe(true);
    const p = r.sureness.probabilityCheapest!.toNumber();
    expect(p).toBeGreaterThan(0.45);
    expect(p).toBeLessThan(0.55);
    expect(r.sureness.monthlyCost?.p10.toFixed()).toBe('247');
    expect(r.sureness.monthlyCost?.p90.toFixed()).toBe('1102');
    expect(r.sureness.note).toContain('2000 samples, seed 1');
    // Same seed, same answer.
    expect(
      recommendWith(input, { pricing }).sureness.probabilityCheapest!.eq(r.sureness.probabilityCheapest!),
    ).toBe(true);
  });

  it('names the needs nothing eligible meets, and recommends the cheapest then', () => {
    const r = recommendWith(scenario({ citations: true }), { pricing });
    expect(r.rule).toBe('retrieve');
    expect(r.recommended).toBe('fineTune');
    expect(r.eligible.map((e) => e.unmetNeeds)).toEqual([['citations'], ['citations']]);
    expect(r.verdict).toContain('No eligible strategy meets every need');
  });

  it('falls back to cost alone without needs', () => {
    const r = recommendWith(scenario({}), { pricing });
    expect([r.rule, r.recommended]).toEqual(['cost', 'fineTune']);
  });

  it('removes a vendor with no recorded perimeter fact, conservatively', () => {
    const s = { ...scenario({}), constraints: { dataPerimeter: { clouds: ['aws'] }, openForHorizon: false } };
    const r = recommendWith(s, { pricing });
    expect(r.removed).toEqual([
      expect.objectContaining({ strategy: 'fineTune', constraint: 'dataPerimeter' }),
    ]);
    expect(r.removed[0]!.reason).toContain('no perimeter fact is recorded');
    // Scope `training` (the default) leaves prompt-only alone: it trains nothing.
    expect(r.recommended).toBe('promptOnly');
  });
});

describe('recommend: constraints on the bundled tables and vendor facts', () => {
  it('keeps data inside AWS/GCP: OpenAI training and Pinecone retrieval are removed, with sources', () => {
    const s = findPreset('mid-market-perimeter')!.scenario();
    const moved = {
      ...s,
      strategies: {
        ...s.strategies,
        fineTune: {
          ...s.strategies!.fineTune!,
          vendor: 'openai',
          model: 'gpt-4.1-mini',
          accountStanding: 'active',
        },
        rag: { ...s.strategies!.rag!, vectorDb: { vendor: 'pinecone', plan: 'standard' } },
      },
    } as ScenarioInput;
    const r = recommend(moved);
    expect(r.removed.map((x) => [x.strategy, x.constraint])).toEqual([
      ['fineTune', 'dataPerimeter'],
      ['fineTune', 'openForHorizon'],
      ['rag', 'dataPerimeter'],
      ['hybrid', 'dataPerimeter'],
      ['hybrid', 'openForHorizon'],
    ]);
    expect(r.removed[0]!.sources).toEqual([VENDOR_FACTS.openai!.perimeter.source.url]);
    expect(r.removed[2]!.reason).toBe(
      "sends data to pinecone: its data goes to the vendor's own infrastructure, outside AWS or GCP",
    );
    // OpenAI takes no new jobs from 2027-01-06: the 6-monthly re-training in month 7 cannot run.
    expect(r.removed[1]!.reason).toMatch(/^closes in month 7 of the 12-month horizon \(from 2027-05-30\)/);
    expect(r.recommended).toBe('promptOnly');
  });

  it('requires downloadable weights: a tuned Gemini is removed, Together is kept', () => {
    const s = findPreset('enterprise-multicloud')!.scenario();
    expect(recommend(s).removed).toEqual([]);
    const vertex = {
      ...s,
      strategies: {
        ...s.strategies,
        fineTune: {
          vendor: 'google-vertex',
          model: 'gemini-2.5-flash',
          training: { datasetTokens: 30_000_000, epochs: 2 },
          retrainEveryMonths: 3,
        },
      },
    } as ScenarioInput;
    const r = recommend(vertex);
    expect(r.removed.map((x) => [x.strategy, x.constraint])).toEqual([
      ['fineTune', 'weightsDownloadable'],
      ['hybrid', 'weightsDownloadable'],
    ]);
    expect(r.removed[0]!.reason).toMatch(/^google-vertex's tuned weights cannot be downloaded/);
  });

  it('gives each preset its verdict', () => {
    const verdicts = ['early-startup', 'scale-up', 'mid-market-perimeter', 'enterprise-multicloud'].map(
      (name) => {
        const r = recommend(findPreset(name)!.scenario());
        return [name, r.rule, r.recommended, r.cheapest];
      },
    );
    expect(verdicts).toEqual([
      ['early-startup', 'retrieve', 'rag', 'fineTune'],
      ['scale-up', 'both', 'hybrid', 'promptOnly'],
      ['mid-market-perimeter', 'both', 'hybrid', 'fineTune'],
      ['enterprise-multicloud', 'both', 'hybrid', 'promptOnly'],
    ]);
  });

  it('has a safe form, and does not mutate its input', () => {
    const s = findPreset('scale-up')!.scenario();
    const copy = structuredClone(s);
    expect(safeRecommend(s).success).toBe(true);
    expect(s).toEqual(copy);
    const bad = safeRecommend({ workload: {} });
    expect(bad.success === false && bad.error.code).toBe('invalid_input');
  });
});

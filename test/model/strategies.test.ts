import { describe, expect, it } from 'vitest';
import { compareWith } from '../../src/calculate.js';
import type { ScenarioInput } from '../../src/scenario/scenarioSchema.js';
import { testRegistry } from '../helpers/testTables.js';

const pricing = testRegistry();
const workload = { requestsPerMonth: 1_000_000, instructionTokens: 500, inputTokens: 100, outputTokens: 200 };

function strategy(scenario: ScenarioInput, id: string) {
  const result = compareWith(scenario, { pricing });
  const cost = result.strategies.find((s) => s.strategy === id);
  if (!cost) throw new Error(`no ${id}`);
  return { cost, line: (lineId: string) => cost.lines.find((l) => l.id === lineId) };
}

const fineTune = (extra: Record<string, unknown>) =>
  ({
    workload,
    strategies: {
      fineTune: {
        vendor: 'test-llm',
        model: 'small',
        variant: 'lora',
        training: { datasetTokens: 1_000_000, epochs: 2 },
        ...extra,
      },
    },
  }) as ScenarioInput;

describe('fine-tune', () => {
  it('prices training per token with epochs and validation passes, and tuned serving per token', () => {
    const { cost, line } = strategy(
      fineTune({
        training: { datasetTokens: 1_000_000, epochs: 2, validationTokens: 100_000, evalPasses: 3 },
        tunedInstructionTokens: 50,
        cachedPrefixHitRate: '0.4',
      }),
      'fineTune',
    );
    // Billable: 1,000,000 × 2 + 100,000 × 3 = 2,300,000 × $4 / 1M = $9.20, below the $10 minimum:
    // top-up $0.80 per run. Never re-trained: spread over 12 months.
    expect(line('fineTune.training')!.amount.toFixed()).toBe('9.2');
    expect(line('fineTune.training.minimum')!.amount.toFixed()).toBe('0.8');
    // Input: 100 user + 50 × 0.6 misses = 130 × 1,000,000 × $1 / 1M = $130.
    expect(line('fineTune.serving.input')!.amount.toFixed()).toBe('130');
    // Cached: 50 × 0.4 = 20 × 1,000,000 × $0.25 / 1M = $5. Output 200 × 1M × $4 / 1M = $800.
    expect(line('fineTune.serving.cachedInput')!.amount.toFixed()).toBe('5');
    expect(line('fineTune.serving.output')!.amount.toFixed()).toBe('800');
    // Storage $2 a month. Monthly = 130 + 5 + 800 + 2 + 10 / 12.
    expect(line('fineTune.storage')!.amount.toFixed()).toBe('2');
    expect(cost.monthlyTotal.toFixed(6)).toBe('937.833333');
    expect(cost.oneTimeTotal.toFixed()).toBe('10');
  });

  it('prices RFT by wall-clock hours, prorated per second', () => {
    const { line } = strategy(
      fineTune({ method: 'rft', variant: undefined, training: { datasetTokens: 0, hours: '1.5' } }),
      'fineTune',
    );
    // 1.5 h = 5,400 s (already whole seconds) × $100 / h = $150.
    expect(line('fineTune.training')!.quantity.toFixed()).toBe('1.5');
    expect(line('fineTune.training')!.amount.toFixed()).toBe('150');
  });

  it('derives training time from a throughput and rounds up to the billing increment', () => {
    const { line } = strategy(
      fineTune({
        method: 'rft',
        variant: undefined,
        training: { datasetTokens: 1_000_000, epochs: 1, tokensPerSecond: 300 },
      }),
      'fineTune',
    );
    // ⌈1,000,000 ÷ 300⌉ = 3,334 s (increment 1 s) = 0.9261… h × $100.
    expect(line('fineTune.training')!.amount.toFixed(6)).toBe((3334 / 36).toFixed(6));
  });

  it('serves on provisioned capacity billed every hour, with a committed term', () => {
    const { line } = strategy(
      fineTune({ serving: { mode: 'capacity', option: 'pt-6m', copies: 2, activeHoursPerMonth: 100 } }),
      'fineTune',
    );
    // A 6-month term bills all 730 hours, whatever the active hours: 2 copies × 730 h × $10 = $14,600.
    expect(line('fineTune.serving.capacity')!.quantity.toFixed()).toBe('1460');
    expect(line('fineTune.serving.capacity')!.amount.toFixed()).toBe('14600');
    expect(line('fineTune.serving.input')).toBeUndefined();
  });

  it('bills capacity by minute windows and sessions, with storage per unit', () => {
    const { line } = strategy(
      fineTune({
        serving: {
          mode: 'capacity',
          option: 'cmu',
          unitsPerCopy: 2,
          copies: 1,
          activeHoursPerMonth: '10',
          sessionsPerMonth: 4,
        },
      }),
      'fineTune',
    );
    // 10 h in 4 sessions = 2.5 h = 9,000 s each, a multiple of 300 s: billed 36,000 s = 600 min.
    // × 2 CMUs = 1,200 CMU-minutes × $0.10 = $120; storage 2 CMUs × $2 = $4.
    expect(line('fineTune.serving.capacity')!.quantity.toFixed()).toBe('1200');
    expect(line('fineTune.serving.capacity')!.amount.toFixed()).toBe('120');
    expect(line('fineTune.serving.capacityStorage')!.amount.toFixed()).toBe('4');
  });

  it('rounds each session up to the billing increment', () => {
    const { line } = strategy(
      fineTune({
        serving: {
          mode: 'capacity',
          option: 'gpu',
          copies: 1,
          activeHoursPerMonth: '1.01',
          sessionsPerMonth: 2,
        },
      }),
      'fineTune',
    );
    // 1.01 h ÷ 2 = 1,818 s per session → ⌈1,818 ÷ 60⌉ × 60 = 1,860 s; × 2 = 3,720 s = 1.0333… h × $3.60.
    expect(line('fineTune.serving.capacity')!.amount.toFixed(6)).toBe('3.720000');
  });

  it('autoscaled copies step with volume and cap the valid range', () => {
    const scenario = fineTune({
      serving: {
        mode: 'capacity',
        option: 'gpu',
        autoscale: { requestsPerCopyPerMonth: 400_000, minCopies: 1, maxCopies: 5 },
      },
    });
    // 1,000,000 requests need ⌈1,000,000 ÷ 400,000⌉ = 3 copies × 730 h × $3.60 = $7,884.
    expect(strategy(scenario, 'fineTune').line('fineTune.serving.capacity')!.amount.toFixed()).toBe('7884');
    // 800,000 is exactly 2 copies' worth; 800,001 needs a third.
    const at = (r: number) =>
      compareWith(scenario, { pricing, requestsPerMonth: r }).strategies[0]!.lines.find(
        (l) => l.id === 'fineTune.serving.capacity',
      )!.quantity;
    expect(at(800_000).toFixed()).toBe('1460');
    expect(at(800_001).toFixed()).toBe('2190');
    expect(at(0).toFixed()).toBe('730');
    expect(() => compareWith(scenario, { pricing, requestsPerMonth: 2_000_001 })).toThrow(/at most 2000000/);
  });
});

const rag = (
  extra: Record<string, unknown> = {},
  vectorDb: Record<string, unknown> = { vendor: 'test-vectors', plan: 'serverless' },
) =>
  ({
    workload,
    strategies: {
      rag: {
        embedding: { vendor: 'test-llm', model: 'embed' },
        corpusTokens: 1_000_000,
        chunkTokens: 500,
        topK: 4,
        vectorDb,
        generation: { vendor: 'test-llm', model: 'big' },
        ...extra,
      },
    },
  }) as ScenarioInput;

describe('RAG', () => {
  it('embeds the corpus, churn and queries; meters reads and writes; generates with context', () => {
    const { line } = strategy(rag({ churnPerMonth: '0.1', chunkOverlapTokens: 100 }), 'rag');
    // Vectors: ⌈1,000,000 ÷ (500 − 100)⌉ = 2,500; embedded 1,000,000 + 2,499 × 100 = 1,249,900 tokens.
    expect(line('rag.embedding.corpus')!.quantity.toFixed()).toBe('1249900');
    // × $0.10 / 1M = $0.12499 once; churn 10% = 124,990 tokens = $0.012499 a month.
    expect(line('rag.embedding.corpus')!.amount.toFixed()).toBe('0.12499');
    expect(line('rag.embedding.churn')!.amount.toFixed()).toBe('0.012499');
    // Queries: 100 tokens × 1,000,000 × $0.10 / 1M = $10.
    expect(line('rag.embedding.queries')!.amount.toFixed()).toBe('10');
    // Storage: 2,500 × 1,000 dims (the model's) × 4 B = 0.01 GB × $1 = $0.01.
    expect(line('rag.vectorDb.storage')!.amount.toFixed()).toBe('0.01');
    // Reads: max(0.25, 0.01) = 0.25 RU × 1,000,000 = 250,000 RU × $10 / 1M = $2.50.
    expect(line('rag.vectorDb.readUnits')!.amount.toFixed()).toBe('2.5');
    // Writes: record 4 KB; a 100-record request 400 WU (> 5): 4 WU per vector.
    // Initial 2,500 × 4 = 10,000 WU × $2 / 1M = $0.02; churn 250 × 4 = 1,000 WU = $0.002.
    expect(line('rag.vectorDb.initialWrites')!.amount.toFixed()).toBe('0.02');
    expect(line('rag.vectorDb.churnWrites')!.amount.toFixed()).toBe('0.002');
    // Top-up to $50: 50 − (0.01 + 2.5 + 0.002) = 47.488.
    expect(line('rag.vectorDb.minimumTopUp')!.amount.toFixed()).toBe('47.488');
    // Generation: (500 + 100 + 4 × 500) = 2,600 × 1M × $2 / 1M = $5,200; output 200 × $10 = $2,000.
    expect(line('rag.generation.input')!.amount.toFixed()).toBe('5200');
    expect(line('rag.generation.output')!.amount.toFixed()).toBe('2000');
  });

  it('stops topping up once usage passes the minimum', () => {
    const result = compareWith(rag(), { pricing, requestsPerMonth: 30_000_000 });
    const top = result.strategies[0]!.lines.find((l) => l.id === 'rag.vectorDb.minimumTopUp')!;
    // Reads alone: 0.25 × 30,000,000 × $10 / 1M = $75 > $50.
    expect(top.amount.toFixed()).toBe('0');
  });

  it('charges an instance, a plan fee and storage beyond the included GB, less the credit', () => {
    const { line } = strategy(
      rag({ corpusTokens: 5_000_000_000 }, { vendor: 'test-vectors', plan: 'hosted', instance: 'small' }),
      'rag',
    );
    // Vectors 10,000,000 × 4,000 B = 40 GB; 40 − 8 included = 32 GB × $0.50 = $16.
    expect(line('rag.vectorDb.storage')!.amount.toFixed()).toBe('16');
    // Instance: 730 h (whole hours) × $0.02 = $14.60; plan fee $25.
    expect(line('rag.vectorDb.instance')!.amount.toFixed()).toBe('14.6');
    expect(line('rag.vectorDb.platformFee')!.amount.toFixed()).toBe('25');
    // Credit: −min($10, usage 16 + 14.60) = −$10.
    expect(line('rag.vectorDb.credit')!.amount.toFixed()).toBe('-10');
  });

  it('caps the credit at the usage', () => {
    const { line } = strategy(rag({}, { vendor: 'test-vectors', plan: 'hosted', instance: 'small' }), 'rag');
    // Storage within the 8 GB: $0; instance $14.60 > $10 credit → −$10. With a 1-hour month:
    const small = compareWith(
      { ...rag({}, { vendor: 'test-vectors', plan: 'hosted', instance: 'small' }), hoursPerMonth: 100 },
      { pricing },
    );
    // 100 h × $0.02 = $2 usage < $10 credit → credit −$2.
    expect(small.strategies[0]!.lines.find((l) => l.id === 'rag.vectorDb.credit')!.amount.toFixed()).toBe(
      '-2',
    );
    expect(line('rag.vectorDb.credit')!.amount.toFixed()).toBe('-10');
  });

  it('reranks per search with the document-splitting rule', () => {
    const { line } = strategy(
      rag({ rerank: { vendor: 'test-llm', model: 'rerank', candidates: 150 } }),
      'rag',
    );
    // (500 chunk + 100 query) tokens > 500: each candidate counts as ⌈600 ÷ 500⌉ = 2 documents.
    // 150 × 2 = 300 documents ÷ 100 per search = 3 searches × 1,000,000 × $2 / 1K = $6,000.
    expect(line('rag.rerank')!.quantity.toFixed()).toBe('3000000');
    expect(line('rag.rerank')!.amount.toFixed()).toBe('6000');
  });

  it('turns per-character embedding prices into per-token ones', () => {
    const { line } = strategy(
      rag({ embedding: { vendor: 'test-llm', model: 'embed-chars', charactersPerToken: 4 } }),
      'rag',
    );
    // $0.025 per 1K characters × 4 characters per token = $0.0001 per token: 1,000,000 corpus
    // tokens = $100.
    expect(line('rag.embedding.corpus')!.amount.toFixed()).toBe('100');
  });

  it('uses the long-context tier when a request exceeds it (a cliff on the whole request)', () => {
    const { line } = strategy(rag({ topK: 500 }), 'rag');
    // Input 500 + 100 + 500 × 500 = 250,600 > 200,000: all at $4 / 1M: 250,600 × 1M × 4 / 1M.
    expect(line('rag.generation.input')!.amount.toFixed()).toBe('1002400');
    expect(line('rag.generation.output')!.amount.toFixed()).toBe('3000');
  });
});

describe('prompt-only', () => {
  it('writes the prefix to the cache on a miss at the cache-write price (1-hour TTL)', () => {
    const { line } = strategy(
      {
        workload,
        strategies: {
          promptOnly: {
            vendor: 'test-llm',
            model: 'big',
            fewShotTokens: 1500,
            cachedPrefixHitRate: '0.9',
            cacheTtl: '1h',
          },
        },
      },
      'promptOnly',
    );
    // Prefix 500 + 1,500 = 2,000: hits 1,800 × $0.20; misses 200 written at $4 (1 h); input 100 × $2.
    expect(line('promptOnly.cachedInput')!.amount.toFixed()).toBe('360');
    expect(line('promptOnly.cacheWrite')!.amount.toFixed()).toBe('800');
    expect(line('promptOnly.input')!.amount.toFixed()).toBe('200');
  });

  it('applies the batch multiplier to every token price', () => {
    const { cost } = strategy(
      {
        workload,
        strategies: { promptOnly: { vendor: 'test-llm', model: 'big', fewShotTokens: 0, batch: true } },
      },
      'promptOnly',
    );
    // (600 × $2 + 200 × $10) × 0.5 per 1M tokens × 1,000,000 requests = (1,200 + 2,000) × 0.5.
    expect(cost.monthlyTotal.toFixed()).toBe('1600');
  });

  it('takes price overrides (a negotiated rate) and marks them', () => {
    const { line } = strategy(
      {
        workload,
        strategies: {
          promptOnly: { vendor: 'test-llm', model: 'big', fewShotTokens: 0, prices: { input: '1.5' } },
        },
      },
      'promptOnly',
    );
    expect(line('promptOnly.input')!.amount.toFixed()).toBe('900');
    expect(line('promptOnly.input')!.price!.overridden).toBe(true);
    expect(line('promptOnly.output')!.price!.overridden).toBe(false);
  });
});

describe('line items', () => {
  it('carry the price, its table version and source', () => {
    const { line } = strategy(fineTune({}), 'fineTune');
    const price = line('fineTune.training')!.price!;
    expect(price).toMatchObject({
      vendor: 'test-llm',
      tableDate: '2026-01-01',
      subject: 'small',
      item: 'fineTuning.methods.sft-lora.price',
      per: '1M',
      unit: 'training_token',
      sourceUrl: 'https://example.com/prices',
      readOn: '2026-01-01',
      confidence: 'vendor',
    });
    expect(line('fineTune.training')!.priceLabel).toBe('$4 per 1M training tokens');
  });

  it('does not mutate the scenario', () => {
    const scenario = fineTune({});
    const copy = structuredClone(scenario);
    compareWith(scenario, { pricing });
    expect(scenario).toEqual(copy);
  });
});

import { describe, expect, it } from 'vitest';
import { compare, isTuneOrRagError, type ScenarioInput } from '../../src/index.js';

/**
 * One hand-computed cost per vendor through the engine, on the bundled tables in effect on
 * `asOf` (2026-11-30 unless a test prices an older table's offering at a date it could be bought).
 * Workload for all: R = 100,000 requests; 200 instruction + 100 input + 300 output tokens.
 * A price change in a table breaks the matching test on purpose: re-do the arithmetic in the commit.
 */
const workload = { requestsPerMonth: 100_000, instructionTokens: 200, inputTokens: 100, outputTokens: 300 };

function run(strategies: ScenarioInput['strategies'], asOf = '2026-11-30') {
  const result = compare({ asOf, workload, strategies });
  const cost = result.strategies[0]!;
  return {
    result,
    cost,
    amount: (id: string) => {
      const line = cost.lines.find((l) => l.id === id);
      if (!line) throw new Error(`no line ${id}: ${cost.lines.map((l) => l.id).join(', ')}`);
      return line.amount.toFixed();
    },
  };
}

const tune = (vendor: string, model: string, extra: Record<string, unknown>) =>
  ({
    fineTune: { vendor, model, training: { datasetTokens: 1_000_000 }, ...extra },
  }) as ScenarioInput['strategies'];

describe('one hand-computed cost per vendor', () => {
  it('OpenAI: gpt-4o-mini SFT and tuned per-token serving', () => {
    // Open on 2026-11-30 only to organisations still using fine-tuned models (new jobs end for
    // everyone on 2027-01-06): the account's standing is part of the scenario.
    const { amount } = run(
      tune('openai', 'gpt-4o-mini', {
        training: { datasetTokens: 1_000_000, epochs: 2 },
        accountStanding: 'active',
      }),
    );
    // 1,000,000 × 2 epochs × $3 / 1M = $6; input (200 + 100) × 100,000 = 30M × $0.30 / 1M = $9;
    // output 300 × 100,000 = 30M × $1.20 / 1M = $36.
    expect(amount('fineTune.training')).toBe('6');
    expect(amount('fineTune.serving.input')).toBe('9');
    expect(amount('fineTune.serving.output')).toBe('36');
  });

  it('Anthropic: Claude Haiku 4.5 prompt-only with 1-hour cache writes', () => {
    const { cost, amount } = run({
      promptOnly: {
        vendor: 'anthropic',
        model: 'claude-haiku-4-5',
        fewShotTokens: 1800,
        cachedPrefixHitRate: '0.75',
        cacheTtl: '1h',
      },
    });
    // Prefix 200 + 1,800 = 2,000. Hits 1,500 × 100,000 = 150M × $0.10 / 1M = $15; misses written
    // 500 × 100,000 = 50M × $2 / 1M = $100; input 100 × 100,000 = 10M × $1 / 1M = $10;
    // output 30M × $5 / 1M = $150. Total $275.
    expect(amount('promptOnly.cachedInput')).toBe('15');
    expect(amount('promptOnly.cacheWrite')).toBe('100');
    expect(amount('promptOnly.input')).toBe('10');
    expect(cost.monthlyTotal.toFixed()).toBe('275');
  });

  it('Anthropic fine-tuning points to Bedrock', () => {
    try {
      run(tune('anthropic', 'claude-3-haiku', {}));
      expect.unreachable();
    } catch (error) {
      expect(isTuneOrRagError(error) && error.code).toBe('fine_tuning_not_offered');
      expect((error as Error).message).toContain('aws-bedrock');
    }
  });

  it('AWS Bedrock: Llama 2 13B customisation on no-commit Provisioned Throughput', () => {
    const { amount } = run(
      tune('aws-bedrock', 'llama-2-13b', {
        serving: { mode: 'capacity', option: 'pt-no-commit', copies: 1 },
      }),
      '2026-07-01',
    );
    // 1,000,000 tokens = 1,000 × $0.00149 per 1K = $1.49; PT 730 h × $23.50 = $17,155; storage $1.95.
    expect(amount('fineTune.training')).toBe('1.49');
    expect(amount('fineTune.serving.capacity')).toBe('17155');
    expect(amount('fineTune.storage')).toBe('1.95');
  });

  it("AWS Bedrock: a 1-month Provisioned Throughput commitment reproduces the pricing page's example", () => {
    // The page's example (as quoted in pricing-facts.md): 1 model unit, 24/7 for a 31-day month at
    // $21.18/h = $15,757.92. A 31-day month is 744 hours: 744 × $21.18 = $15,757.92.
    const result = compare({
      asOf: '2026-07-01',
      hoursPerMonth: 744,
      workload,
      strategies: tune('aws-bedrock', 'llama-2-13b', {
        serving: { mode: 'capacity', option: 'pt-1-month', copies: 1 },
      }),
    });
    const line = result.strategies[0]!.lines.find((l) => l.id === 'fineTune.serving.capacity')!;
    expect(line.amount.toFixed(2)).toBe('15757.92');
  });

  it('Together training served on Bedrock Custom Model Import (trained at one vendor, served at another)', () => {
    const { amount } = run(
      tune('together', 'llama-3.1-8b-instruct', {
        variant: 'lora',
        training: { datasetTokens: 10_000_000 },
        serving: {
          mode: 'capacity',
          vendor: 'aws-bedrock',
          model: 'llama-3-1-8b-instruct',
          option: 'custom-model-import',
          copies: 1,
          activeHoursPerMonth: 100,
          sessionsPerMonth: 20,
        },
      }),
      // The 2025-07-20 Bedrock table (CMI at $0.0785 per CMU-minute, AWS's page as copied).
      '2026-07-01',
    );
    // Together SFT LoRA: 10M × $0.48 / 1M = $4.80 (above the $4 minimum).
    expect(amount('fineTune.training')).toBe('4.8');
    // CMI: 100 h in 20 sessions of 5 h = 300 min each (whole 5-minute windows) = 6,000 min × 2 CMUs
    // = 12,000 CMU-minutes × $0.0785 = $942; storage 2 CMUs × $1.95 = $3.90.
    expect(amount('fineTune.serving.capacity')).toBe('942');
    expect(amount('fineTune.serving.capacityStorage')).toBe('3.9');
  });

  it('Together: a small job tops up to the per-job minimum; a dedicated H100 bills all month', () => {
    const { amount } = run(
      tune('together', 'llama-3.1-8b-instruct', {
        variant: 'lora',
        training: { datasetTokens: 5_000_000 },
        serving: { mode: 'capacity', option: 'h100-80gb', copies: 1 },
      }),
    );
    // 5M × $0.48 / 1M = $2.40; minimum $4: top-up $1.60. H100 after the $3.99 promotion ended
    // (2026-10-01 table): 730 h × $5.49 = $4,007.70.
    expect(amount('fineTune.training')).toBe('2.4');
    expect(amount('fineTune.training.minimum')).toBe('1.6');
    expect(amount('fineTune.serving.capacity')).toBe('4007.7');
  });

  it('Together: the H100 promotion is priced only while it ran, with a warning', () => {
    const strategies = tune('together', 'llama-3.1-8b-instruct', {
      variant: 'lora',
      training: { datasetTokens: 5_000_000 },
      serving: { mode: 'capacity', option: 'h100-80gb', copies: 1 },
    });
    // 2026-09-15: the 2026-09-09 table's $3.99 promotion: 730 h × $3.99 = $2,912.70, flagged.
    const during = run(strategies, '2026-09-15');
    expect(during.amount('fineTune.serving.capacity')).toBe('2912.7');
    expect(during.result.run.warnings.map((w) => w.code)).toContain('promotional_price');
    // The promotion's last day was 2026-09-30; on 2026-10-01 the list price applies.
    expect(run(strategies, '2026-10-01').amount('fineTune.serving.capacity')).toBe('4007.7');
  });

  it('Google Vertex: Gemini 2.5 Flash tuning, served at the base per-token price', () => {
    const { amount } = run(
      tune('google-vertex', 'gemini-2.5-flash', { training: { datasetTokens: 2_000_000, epochs: 3 } }),
    );
    // 2M × 3 = 6M × $5 / 1M = $30; input 30M × $0.30 / 1M = $9; output 30M × $2.50 / 1M = $75.
    expect(amount('fineTune.training')).toBe('30');
    expect(amount('fineTune.serving.input')).toBe('9');
    expect(amount('fineTune.serving.output')).toBe('75');
  });

  it('Google Vertex: per-character embeddings with a stated characters-per-token', () => {
    const { amount } = run({
      rag: {
        embedding: { vendor: 'google-vertex', model: 'text-embedding-005', charactersPerToken: 4 },
        corpusTokens: 1_000_000,
        topK: 3,
        vectorDb: { vendor: 'pinecone', plan: 'standard' },
        generation: { vendor: 'google-vertex', model: 'gemini-2.5-flash' },
      },
    });
    // 1,000,000 tokens × 4 = 4,000,000 characters × $0.000025 / 1K = $0.10 (online requests; the
    // $0.00002 the 2026-03-09 table carried is the batch rate).
    expect(amount('rag.embedding.corpus')).toBe('0.1');
  });

  it('Fireworks: LoRA SFT, served on a dedicated H100 billed per second', () => {
    const { amount } = run(
      tune('fireworks', 'llama-v3p1-8b-instruct', {
        variant: 'lora',
        training: { datasetTokens: 4_000_000 },
        serving: { mode: 'capacity', option: 'h100-80gb', copies: 1 },
      }),
    );
    // 4M × $0.50 / 1M = $2; 730 h × $8 = $5,840.
    expect(amount('fineTune.training')).toBe('2');
    expect(amount('fineTune.serving.capacity')).toBe('5840');
  });

  it('Modal: bring your own model, trained and served on H100 seconds', () => {
    const { amount } = run(
      tune('modal', 'my-llama-3.1-8b', {
        training: { datasetTokens: 1_000_000, hardware: 'h100', gpus: 2, hours: '1.5' },
        serving: { mode: 'capacity', option: 'h100', copies: 1, activeHoursPerMonth: 200 },
      }),
    );
    // 1.5 h = 5,400 s × 2 GPUs = 10,800 GPU-seconds × $0.001097 = $11.8476.
    expect(amount('fineTune.training')).toBe('11.8476');
    // 200 h = 720,000 s × $0.001097 = $789.84.
    expect(amount('fineTune.serving.capacity')).toBe('789.84');
  });

  it('Replicate: private model on an H100 pays idle time too', () => {
    const { amount } = run(
      tune('replicate', 'my-flux-lora', {
        training: { datasetTokens: 0, hardware: 'gpu-h100', hours: '0.5' },
        serving: { mode: 'capacity', option: 'gpu-h100', copies: 1 },
      }),
    );
    // 1,800 s × $0.001525 = $2.745; always on: 730 × 3,600 = 2,628,000 s × $0.001525 = $4,007.70.
    expect(amount('fineTune.training')).toBe('2.745');
    expect(amount('fineTune.serving.capacity')).toBe('4007.7');
  });

  it('OpenRouter: pass-through inference for evaluation', () => {
    const { cost } = run({
      promptOnly: { vendor: 'openrouter', model: 'openai/gpt-4.1-mini', fewShotTokens: 0 },
    });
    // (200 + 100) × 100,000 = 30M × $0.40 / 1M = $12; 30M × $1.60 / 1M = $48. Total $60.
    expect(cost.monthlyTotal.toFixed()).toBe('60');
  });

  it('Cohere: Command R fine-tune (before it ended), Embed 4 and Rerank 3.5 per search', () => {
    const ft = run(tune('cohere', 'command-r', {}), '2025-08-01');
    // 1M × $3 / 1M = $3; input 30M × $0.30 / 1M = $9; output 30M × $1.20 / 1M = $36.
    expect(ft.amount('fineTune.training')).toBe('3');
    expect(ft.amount('fineTune.serving.input')).toBe('9');
    expect(ft.amount('fineTune.serving.output')).toBe('36');
    const rag = run(
      {
        rag: {
          embedding: { vendor: 'cohere', model: 'embed-v4.0' },
          corpusTokens: 1_000_000,
          chunkTokens: 400,
          topK: 5,
          vectorDb: { vendor: 'pinecone', plan: 'standard' },
          rerank: { vendor: 'cohere', model: 'rerank-v3.5', candidates: 20 },
          generation: { vendor: 'cohere', model: 'command-r' },
        },
      },
      '2025-08-01',
    );
    // Embed: 1M × $0.12 / 1M = $0.12. Rerank: (400 + 100) = 500 tokens ≤ 500: 1 document each;
    // 20 documents ≤ 100: 1 search per query × 100,000 × $2 / 1K = $200.
    expect(rag.amount('rag.embedding.corpus')).toBe('0.12');
    expect(rag.amount('rag.rerank')).toBe('200');
  });

  const pg = (vendor: string, plan: string, instance: string) =>
    run({
      rag: {
        embedding: { vendor: 'openai', model: 'text-embedding-3-small' },
        corpusTokens: 1_000_000,
        topK: 3,
        vectorDb: { vendor, plan, instance },
        generation: { vendor: 'openai', model: 'gpt-4.1-mini' },
      },
    });

  it('pgvector on Supabase: instance, plan fee, compute credit', () => {
    const { amount } = pg('supabase', 'pro', 'micro');
    // 730 whole hours × $0.01344 = $9.8112; plan $25; credit −min($10, $9.8112) = −$9.8112.
    expect(amount('rag.vectorDb.instance')).toBe('9.8112');
    expect(amount('rag.vectorDb.platformFee')).toBe('25');
    expect(amount('rag.vectorDb.credit')).toBe('-9.8112');
  });

  it("Pinecone: read units per query follow the vendor's own worked table", () => {
    // docs.pinecone.io "Understanding cost": 1,000,000 records × 1,536 dims with 1,000 bytes of
    // metadata = 7.14 KB per record, a 7.14 GB namespace, 7.14 RUs per query. Here: 512,000,000
    // tokens ÷ 512 = 1,000,000 vectors × (1,536 × 4 + 1,000) B = 7.144 GB → 7.144 RU per query,
    // × 100,000 requests = 714,400 RU × $16 / 1M = $11.4304.
    const { cost, amount } = run({
      rag: {
        embedding: { vendor: 'openai', model: 'text-embedding-3-small' },
        corpusTokens: 512_000_000,
        topK: 3,
        vectorDb: { vendor: 'pinecone', plan: 'standard', metadataBytesPerVector: 1000 },
        generation: { vendor: 'openai', model: 'gpt-4.1-mini' },
      },
    });
    expect(cost.lines.find((l) => l.id === 'rag.vectorDb.readUnits')!.quantity.toFixed()).toBe('714400');
    expect(amount('rag.vectorDb.readUnits')).toBe('11.4304');
    expect(cost.lines.find((l) => l.id === 'rag.vectorDb.storage')!.quantity.toFixed()).toBe('7.144');
  });

  it('Weaviate: storage billed per stored vector dimension, topped up to the plan minimum', () => {
    const { amount } = run(
      {
        rag: {
          embedding: { vendor: 'openai', model: 'text-embedding-3-small' },
          corpusTokens: 1_000_000,
          topK: 3,
          vectorDb: { vendor: 'weaviate', plan: 'standard' },
          generation: { vendor: 'openai', model: 'gpt-4.1-mini' },
        },
      },
      '2026-06-01',
    );
    // ⌈1,000,000 ÷ 512⌉ = 1,954 vectors × 1,536 dimensions = 3,001,344 × $0.095 / 1M = $0.28512768;
    // below the $25 minimum: top-up 25 − 0.28512768 = $24.71487232.
    expect(amount('rag.vectorDb.dimensionStorage')).toBe('0.28512768');
    expect(amount('rag.vectorDb.minimumTopUp')).toBe('24.71487232');
  });

  it('pgvector on Neon and RDS: compute hours and storage', () => {
    // Vectors ⌈1,000,000 ÷ 512⌉ = 1,954 × 1,536 × 4 B = 0.012005376 GB.
    const neon = pg('neon', 'launch', '1cu');
    // 730 h × $0.106 = $77.38; storage 0.012005376 × $0.35 = $0.0042018816.
    expect(neon.amount('rag.vectorDb.instance')).toBe('77.38');
    expect(neon.amount('rag.vectorDb.storage')).toBe('0.0042018816');
    const rds = pg('aws-rds', 'single-az-gp3', 'db.t4g.micro');
    // 730 h × $0.016 = $11.68; storage 0.012005376 × $0.115 = $0.00138061824.
    expect(rds.amount('rag.vectorDb.instance')).toBe('11.68');
    expect(rds.amount('rag.vectorDb.storage')).toBe('0.00138061824');
  });
});

describe('training billed by GPU time at the on-demand rate', () => {
  it('Fireworks RFT on 70B: priced from the H100s the job runs on', () => {
    const { amount } = run(
      tune('fireworks', 'llama-v3p3-70b-instruct', {
        method: 'rft',
        training: { datasetTokens: 0, hardware: 'h100-80gb', gpus: 8, hours: 3 },
        serving: { mode: 'capacity', option: 'h100-80gb', copies: 1 },
      }),
    );
    // 3 h = 10,800 s × 8 GPUs = 86,400 GPU-seconds = 24 GPU-hours × $8 = $192.
    expect(amount('fineTune.training')).toBe('192');
  });

  it('refuses hardware for a method priced per training token', () => {
    expect(() =>
      run(tune('openai', 'gpt-4.1-mini', { training: { datasetTokens: 1000, hardware: 'h100' } })),
    ).toThrow(/per training token, not by hardware/);
  });
});

/**
 * One hand-computed cost per table added on 2026-11-30 (same workload: R = 100,000 requests;
 * 200 instruction + 100 input + 300 output tokens, so 30M input and 30M output tokens a month
 * without caching).
 */
describe('tables read on 2026-11-30', () => {
  const prompt = (vendor: string, model: string, extra: Record<string, unknown> = {}, asOf = '2026-11-30') =>
    run({ promptOnly: { vendor, model, fewShotTokens: 0, ...extra } }, asOf);

  it('Azure OpenAI: SFT gpt-4.1 at $2/M, an hourly hosting fee on top of per-token prices', () => {
    const { amount, cost } = run(
      tune('azure-openai', 'gpt-4.1', {
        training: { datasetTokens: 1_000_000, epochs: 2 },
        serving: { mode: 'capacity', option: 'global-standard-hosting', copies: 1 },
        accountStanding: 'active',
      }),
    );
    // Microsoft's own example: 1M tokens × 2 epochs × $2 / 1M = $4.00.
    expect(amount('fineTune.training')).toBe('4');
    // Hosting 730 h × $1.70 = $1,241; tokens 30M × $2 / 1M = $60 and 30M × $8 / 1M = $240.
    expect(amount('fineTune.serving.capacity')).toBe('1241');
    expect(amount('fineTune.serving.input')).toBe('60');
    expect(amount('fineTune.serving.output')).toBe('240');
    // Trained once: $4 spread over the 12-month horizon = $0.333…; 1,241 + 60 + 240 = 1,541.
    expect(cost.recurringMonthly.toFixed()).toBe('1541');
  });

  it('OpenAI: gpt-5.6-sol at its launch price through 2026-11-21, the list price from 2026-11-22', () => {
    // 30M × $4 + 30M × $20 = 120 + 600 = $720, flagged; then 30M × $5 + 30M × $30 = 150 + 900 = $1,050.
    const promo = prompt('openai', 'gpt-5.6-sol', {}, '2026-11-21');
    expect(promo.cost.monthlyTotal.toFixed()).toBe('720');
    expect(promo.result.run.warnings.map((w) => w.code)).toContain('promotional_price');
    expect(prompt('openai', 'gpt-5.6-sol', {}, '2026-11-22').cost.monthlyTotal.toFixed()).toBe('1050');
  });

  it('Anthropic 2026-11-09: Claude Sonnet 4.6, and US-only inference at × 1.1', () => {
    // 30M × $3 / 1M = $90; 30M × $15 / 1M = $450. Total $540; US-only $594.
    expect(prompt('anthropic', 'claude-sonnet-4-6').cost.monthlyTotal.toFixed()).toBe('540');
    expect(prompt('anthropic', 'claude-sonnet-4-6', { region: 'us' }).cost.monthlyTotal.toFixed()).toBe(
      '594',
    );
  });

  it('Google Vertex: Gemini 3.6 Flash at its promotional price, then the 2027-01-01 list price', () => {
    const during = prompt('google-vertex', 'gemini-3.6-flash', {}, '2026-12-31');
    // 30M × $0.75 + 30M × $3.75 = 22.50 + 112.50 = $135, flagged as a promotion ending 2027-01-01.
    expect(during.cost.monthlyTotal.toFixed()).toBe('135');
    expect(during.result.run.warnings.map((w) => w.code)).toContain('promotional_price');
    // From the 2027-01-01 table: 30M × $1.50 + 30M × $7.50 = 45 + 225 = $270.
    expect(prompt('google-vertex', 'gemini-3.6-flash', {}, '2027-01-01').cost.monthlyTotal.toFixed()).toBe(
      '270',
    );
  });

  it('Cohere 2026-08-26: Rerank 4 Fast per search', () => {
    const { amount } = run({
      rag: {
        embedding: { vendor: 'cohere', model: 'embed-v4.0' },
        corpusTokens: 1_000_000,
        topK: 5,
        vectorDb: { vendor: 'pinecone', plan: 'standard' },
        rerank: { vendor: 'cohere', model: 'rerank-v4.0-fast', candidates: 50 },
        generation: { vendor: 'cohere', model: 'command-r' },
      },
    });
    // 50 documents ≤ 100 per search: 1 search per query × 100,000 × $2 / 1K = $200.
    expect(amount('rag.rerank')).toBe('200');
  });

  it('OpenRouter 2026-08-21: openai/gpt-5-mini passed through', () => {
    // 30M × $0.25 + 30M × $2 = 7.50 + 60 = $67.50.
    expect(prompt('openrouter', 'openai/gpt-5-mini').cost.monthlyTotal.toFixed()).toBe('67.5');
  });

  const onPlan = (
    vendor: string,
    plan: string,
    extra: Record<string, unknown> = {},
    corpusTokens = 1_000_000,
  ) =>
    run({
      rag: {
        embedding: { vendor: 'openai', model: 'text-embedding-3-small' },
        corpusTokens,
        topK: 3,
        vectorDb: { vendor, plan, ...extra },
        generation: { vendor: 'openai', model: 'gpt-5.4-mini' },
      },
    });

  it('Pinecone 2026-06-09: Builder is a flat $20 up to its caps, and refuses past them', () => {
    // ⌈1,000,000 ÷ 512⌉ = 1,954 vectors × 6,144 B = 0.012005376 GB ≤ 10 GB; reads 0.25 RU × 100,000
    // = 25,000 ≤ 2M; writes 1,954 × 6.144 = 12,005.376 WU ≤ 5M. Cost: the $20 fee, usage at $0.
    const { amount, result } = onPlan('pinecone', 'builder');
    expect(amount('rag.vectorDb.platformFee')).toBe('20');
    expect(amount('rag.vectorDb.readUnits')).toBe('0');
    expect(result.strategies[0]!.strategy).toBe('rag');
    // Reads cap the volume: 2,000,000 RU ÷ 0.25 RU per query = 8,000,000 queries a month.
    const builder = {
      embedding: { vendor: 'openai', model: 'text-embedding-3-small' },
      corpusTokens: 1_000_000,
      topK: 3,
      vectorDb: { vendor: 'pinecone', plan: 'builder' },
      generation: { vendor: 'openai', model: 'gpt-5.4-mini' },
    };
    const at =
      (requestsPerMonth: number, corpusTokens = 1_000_000) =>
      () =>
        compare({
          asOf: '2026-11-30',
          workload: { ...workload, requestsPerMonth },
          strategies: { rag: { ...builder, corpusTokens } },
        } as ScenarioInput);
    expect(at(8_000_000)().strategies[0]!.monthlyTotal.gt(0)).toBe(true);
    const refused = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return isTuneOrRagError(error) ? `${error.code} at ${error.path}` : 'other';
      }
      return 'priced';
    };
    expect(refused(at(8_000_001))).toBe('capacity_exceeded at strategies.rag.vectorDb.plan');
    // Storage: 1,700,000 vectors (870,400,000 tokens ÷ 512) × 6,144 B = 10.4448 GB > 10 GB.
    expect(refused(at(1000, 870_400_000))).toBe('capacity_exceeded at strategies.rag.vectorDb.plan');
  });

  it('turbopuffer 2026-07-01: the Launch minimum is $16', () => {
    const { amount } = onPlan('turbopuffer', 'launch');
    // Storage 0.012005376 GB × $0.33 = $0.00396177408; top-up 16 − 0.00396177408 = 15.99603822592.
    expect(amount('rag.vectorDb.storage')).toBe('0.00396177408');
    expect(amount('rag.vectorDb.minimumTopUp')).toBe('15.99603822592');
  });

  it('Weaviate 2026-10-07: Flex asks for its unverified rates, then tops up to its $45 minimum', () => {
    try {
      onPlan('weaviate', 'flex');
      expect.unreachable();
    } catch (error) {
      expect(isTuneOrRagError(error) && error.code).toBe('missing_price');
    }
    const { amount } = onPlan('weaviate', 'flex', {
      prices: { dimensionStorage: '0.00465', storage: '0.12' },
    });
    // 1,954 × 1,536 = 3,001,344 dimensions × $0.00465 / 1M = $0.0139562496;
    // 0.012005376 GB × $0.12 = $0.00144064512; top-up 45 − 0.01539689472 = 44.98460310528.
    expect(amount('rag.vectorDb.dimensionStorage')).toBe('0.0139562496');
    expect(amount('rag.vectorDb.storage')).toBe('0.00144064512');
    expect(amount('rag.vectorDb.minimumTopUp')).toBe('44.98460310528');
  });

  it('validation tokens: billed where the vendor says so (Together), not elsewhere (Fireworks)', () => {
    const training = { datasetTokens: 10_000_000, validationTokens: 1_000_000, evalPasses: 2 };
    const together = run(
      tune('together', 'llama-3.1-8b-instruct', {
        variant: 'lora',
        training,
        serving: { mode: 'capacity', option: 'h100-80gb', copies: 1 },
      }),
    );
    // (10M + 1M × 2) × $0.48 / 1M = 12M × 0.48 = $5.76.
    expect(together.amount('fineTune.training')).toBe('5.76');
    const fireworks = run(
      tune('fireworks', 'llama-v3p1-8b-instruct', {
        variant: 'lora',
        training,
        serving: { mode: 'capacity', option: 'h100-80gb', copies: 1 },
      }),
    );
    // 10M × $0.50 / 1M = $5.00; the 2M validation tokens are not priced, and the result says so.
    expect(fireworks.amount('fineTune.training')).toBe('5');
    expect(fireworks.result.assumptions.join('\n')).toContain('validation tokens per run are not priced');
  });
});

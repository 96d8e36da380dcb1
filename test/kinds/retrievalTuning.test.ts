import { describe, expect, it } from 'vitest';
import {
  compare,
  defaultScenario,
  isTuneOrRagError,
  type ScenarioInput,
  safeCompare,
} from '../../src/index.js';
import { buildStrategyModels } from '../../src/kinds/buildStrategyModels.js';
import { getBundledPricing } from '../../src/pricing.js';
import { parseScenario } from '../../src/scenario/parseScenario.js';

/**
 * Retrieval tuning: the built-in RAG (defaultScenario(), prices as of 2026-11-30) with its embedding
 * model fine-tuned, added through the strategy registry. Figures used below, all from that scenario:
 *
 * - RAG monthly total 362.380001024 (test/scenario/candidates.test.ts).
 * - Embedding the corpus once: 20,000,000 tokens × $0.15/1M (gemini-embedding-001) = $3.
 * - Pinecone's initial upsert: 39,063 vectors × 6.144 write units (a 100-record request of 6.144 KB
 *   records is 614.4 WU) = 240,003.072 WU × $4/1M = $0.960012288.
 * - RAG spreads both over the 12-month horizon: 3/12 + 0.960012288/12 = 0.25 + 0.080001024.
 * - Fine-tune: 10M tokens × 3 epochs × $5/1M = $150 training + a $0.694 evaluation run, monthly.
 */
const base = defaultScenario();
const withCandidates = (candidates: Record<string, unknown>): ScenarioInput =>
  ({ ...base, candidates }) as ScenarioInput;
const total = (s: ScenarioInput, id: string) =>
  compare(s).strategies.find((c) => c.strategy === id)!.monthlyTotal;
const linesOf = (s: ScenarioInput, id: string) => compare(s).strategies.find((c) => c.strategy === id)!.lines;

/** The embedding model tuned on 2M tokens × 2 epochs at a user figure of $2 per 1M training tokens. */
const perToken = (retrainEveryMonths?: number) => ({
  rt: {
    extends: 'rag',
    kind: 'retrieval-tuning',
    embeddingTuning: {
      datasetTokens: 2_000_000,
      epochs: 2,
      ...(retrainEveryMonths === undefined ? {} : { retrainEveryMonths }),
      prices: { training: '2' },
    },
  },
});

describe('retrieval tuning (a RAG with a tuned embedding model and/or reranker)', () => {
  it('trained once: RAG plus the training run spread over the horizon', () => {
    // 2,000,000 × 2 = 4,000,000 training tokens × $2/1M = $8, once → 8/12 a month.
    // 362.380001024 + 0.6666… = 363.0466676906666…; nothing else changes (served at the base price).
    const s = withCandidates(perToken());
    expect(total(s, 'rt').toFixed(12)).toBe('363.046667690667');
    expect(total(s, 'rag').toFixed()).toBe('362.380001024');
  });

  it('re-trained every 3 months: the corpus is embedded and upserted again at every training', () => {
    // Training $8 every 3 months = 2.6666…; corpus $3 every 3 months = 1 (RAG: 0.25);
    // upsert 0.960012288 / 3 = 0.320004096 (RAG: 0.080001024).
    // 362.380001024 + 2.6666… + (1 − 0.25) + (0.320004096 − 0.080001024) = 366.0366707626666…
    const s = withCandidates(perToken(3));
    expect(total(s, 'rt').toFixed(12)).toBe('366.036670762667');
    const lines = linesOf(s, 'rt');
    const corpus = lines.find((l) => l.id === 'rt.embedding.corpus')!;
    expect(corpus.recursEveryMonths).toBe(3);
    expect(corpus.label).toBe('rt: embed the corpus (again after each re-training)');
    expect(corpus.basis).toContain('a re-trained embedding model invalidates the index');
    expect(lines.find((l) => l.id === 'rt.vectorDb.initialWrites')!.recursEveryMonths).toBe(3);
    const training = lines.find((l) => l.id === 'rt.embeddingTuning.training')!;
    expect([training.recursEveryMonths, training.quantity.toFixed(), training.priceLabel]).toEqual([
      3,
      '4000000',
      '$2 per 1M tokens',
    ]);
    // The tuned model is served at the base model's table price, and the basis says so.
    expect(lines.find((l) => l.id === 'rt.embedding.queries')!.basis).toContain(
      "the tuned model at the base model's table price",
    );
  });

  it('a tuned embedding price of its own replaces the base price on every embedding line', () => {
    // Serving at $0.30/1M instead of $0.15: + $0.15/1M on every embedded token.
    // Corpus 20M once → $3 more, /12 = 0.25; churn 1M a month → 0.15; queries 200,000 × 150 =
    // 30M → 4.5. 363.0466676906666… + 0.25 + 0.15 + 4.5 = 367.9466676906666…
    const s = withCandidates({
      rt: {
        extends: 'rag',
        kind: 'retrieval-tuning',
        embeddingTuning: { datasetTokens: 2_000_000, epochs: 2, prices: { training: '2', serving: '0.30' } },
      },
    });
    expect(total(s, 'rt').toFixed(12)).toBe('367.946667690667');
    expect(linesOf(s, 'rt').find((l) => l.id === 'rt.embedding.queries')!.price!.overridden).toBe(true);
  });

  it('time-priced training: hours × the hourly price; a reranker tuned beside the embedding model', () => {
    // Embedding: 2 hours × $3.9492 (Modal's H100 rate, $0.001097/s × 3,600) = $7.8984, once → 0.6582.
    // Rerank: Voyage rerank-2.5 at $0.05/1M tokens on 20 candidates × (512 + 150) tokens × 200,000
    // requests = 2,648,000,000 tokens = $132.40 a month; tuned: 1M tokens × $3/1M = $3, once → 0.25.
    // 362.380001024 + 132.40 + 0.6582 + 0.25 = 495.688201024.
    const s = withCandidates({
      rt: {
        extends: 'rag',
        kind: 'retrieval-tuning',
        rerank: { vendor: 'voyage', model: 'rerank-2.5', candidates: 20 },
        embeddingTuning: { datasetTokens: 2_000_000, hours: '2', prices: { trainingHour: '3.9492' } },
        rerankTuning: { datasetTokens: 1_000_000, prices: { training: '3' } },
      },
    });
    expect(total(s, 'rt').toFixed()).toBe('495.688201024');
    const ids = linesOf(s, 'rt').map((l) => l.id);
    expect(ids.slice(0, 2)).toEqual(['rt.embeddingTuning.training', 'rt.rerankTuning.training']);
    expect(ids).toContain('rt.rerank');
  });

  it('the `strategies` form works too, labelled by the registry', () => {
    const s = {
      ...base,
      strategies: {
        ...base.strategies,
        retrievalTuning: { ...base.strategies.rag!, embeddingTuning: perToken().rt.embeddingTuning },
      },
    } as ScenarioInput;
    const c = compare(s).strategies.find((x) => x.strategy === 'retrievalTuning')!;
    expect(c.monthlyTotal.toFixed(12)).toBe('363.046667690667');
    expect(c.lines[0]!.label).toBe('Retrieval tuning: tune the embedding model (gemini-embedding-001)');
  });

  it('covers the lifecycle of the embedding, vector-DB and generation offerings it uses', () => {
    const model = buildStrategyModels(parseScenario(withCandidates(perToken())), getBundledPricing()).find(
      (m) => m.id === 'rt',
    )!;
    const ragModel = buildStrategyModels(parseScenario(base), getBundledPricing()).find(
      (m) => m.id === 'rag',
    )!;
    // The same offerings as the RAG it tunes, under the candidate's paths.
    expect(model.events.map((e) => [e.kind, e.date, e.offering])).toEqual(
      ragModel.events.map((e) => [e.kind, e.date, e.offering]),
    );
  });
});

describe('retrieval tuning: errors', () => {
  it('a missing training price is a typed `missing_price` naming the scenario field', () => {
    const s = withCandidates({
      rt: { extends: 'rag', kind: 'retrieval-tuning', embeddingTuning: { datasetTokens: 1_000_000 } },
    });
    const r = safeCompare(s);
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(isTuneOrRagError(r.error)).toBe(true);
    expect(r.error.code).toBe('missing_price');
    expect(r.error.path).toBe('candidates.rt.embeddingTuning.prices.training');
    expect(r.error.message).toContain('in USD per 1M tokens');
  });

  it('time-priced training asks for the hourly price', () => {
    const s = withCandidates({
      rt: {
        extends: 'rag',
        kind: 'retrieval-tuning',
        embeddingTuning: { datasetTokens: 1_000_000, hours: 3 },
      },
    });
    const r = safeCompare(s);
    expect(r.success ? null : [r.error.code, r.error.path]).toEqual([
      'missing_price',
      'candidates.rt.embeddingTuning.prices.trainingHour',
    ]);
  });

  it('needs a tuning block, and a reranker to tune the reranker', () => {
    const none = safeCompare(withCandidates({ rt: { extends: 'rag', kind: 'retrieval-tuning' } }));
    expect(none.success ? null : [none.error.code, none.error.path]).toEqual([
      'invalid_input',
      'candidates.rt.embeddingTuning',
    ]);
    const noRerank = safeCompare(
      withCandidates({
        rt: {
          extends: 'rag',
          kind: 'retrieval-tuning',
          rerankTuning: { datasetTokens: 1, prices: { training: '1' } },
        },
      }),
    );
    expect(noRerank.success ? null : [noRerank.error.code, noRerank.error.path]).toEqual([
      'invalid_input',
      'candidates.rt.rerankTuning',
    ]);
  });

  it('tuning Cohere Rerank: Cohere ended fine-tuning on 2025-09-15, so the route is closed', () => {
    const run = compare(
      withCandidates({
        rt: {
          extends: 'rag',
          kind: 'retrieval-tuning',
          rerank: { vendor: 'cohere', model: 'rerank-v3.5', candidates: 20 },
          rerankTuning: { datasetTokens: 1_000_000, prices: { training: '1' } },
        },
      }),
    ).run;
    const closed = run.unavailable.find((u) => u.strategy === 'rt')!;
    expect([closed.error.code, closed.error.path]).toEqual(['offering_ended', 'candidates.rt.rerankTuning']);
  });
});

describe('the claim "tuning embeddings + rerank is 5–10× cheaper than tuning the LLM", on the default scenario', () => {
  it('states the actual multiple: tuning costs ≈13.07× lower, whole routes 1.29× higher', () => {
    // Assumed, since no vendor lists a price: the embedding model re-trained monthly (like the
    // built-in fine-tune) in 2 hours on one H100 at Modal's table rate, $3.9492 an hour.
    // Retrieval tuning's cost over RAG, a month: training 2 × 3.9492 = 7.8984; re-indexing every
    // month: (3 + 0.960012288) − (0.25 + 0.080001024) = 3.630011264. Together 11.528411264.
    // The LLM's tuning, a month: $150 training + $0.694 evaluation = 150.694.
    // 150.694 ÷ 11.528411264 = 13.071… — more than the claimed 5–10×.
    // Whole routes at 200,000 requests: retrieval tuning 362.380001024 + 11.528411264 =
    // 373.908412288 against the fine-tune's 289.494: 1.29× the fine-tune, not cheaper at all (the
    // retrieved chunks make every RAG prompt 2,560 tokens longer).
    const s = withCandidates({
      rt: {
        extends: 'rag',
        kind: 'retrieval-tuning',
        embeddingTuning: {
          datasetTokens: 2_000_000,
          hours: 2,
          retrainEveryMonths: 1,
          prices: { trainingHour: '3.9492' },
        },
      },
    });
    const rt = total(s, 'rt');
    const rag = total(s, 'rag');
    const ft = total(s, 'fineTune');
    expect(rt.toFixed()).toBe('373.908412288');
    const llmTuning = linesOf(s, 'fineTune')
      .filter((l) => l.timing === 'one_time')
      .reduce((sum, l) => sum.plus(l.monthlyAmount), rt.minus(rt));
    expect(llmTuning.toFixed()).toBe('150.694');
    const retrievalTuning = rt.minus(rag);
    expect(retrievalTuning.toFixed()).toBe('11.528411264');
    expect(llmTuning.div(retrievalTuning).toFixed(2)).toBe('13.07');
    expect(rt.div(ft).toFixed(2)).toBe('1.29');
  });
});

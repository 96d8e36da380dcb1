import { describe, expect, it } from 'vitest';
import { compareWith } from '../../src/calculate.js';
import { D } from '../../src/decimal.js';
import { buildRag } from '../../src/kinds/rag.js';
import type { RetrievalModelTuning, RetrievalTuning } from '../../src/kinds/retrievalTuning.js';
import { retrievalTuningLines, tunedRag } from '../../src/kinds/retrievalTuningLines.js';
import { parseScenario } from '../../src/scenario/parseScenario.js';
import type { Rag } from '../../src/spec/specs.js';
import { kindScenario } from '../helpers/kindScenario.js';
import { testRegistry } from '../helpers/testTables.js';

/**
 * The module's own functions on the made-up tables (test/kinds/retrievalTuning.test.ts prices the
 * kind on the bundled ones): the RAG of `kindScenario` (1,360 a month recurring, a corpus embedding of
 * $0.20 and an initial upsert of $0.04 once, over 6 months: 1,360.04) with its embedding model tuned.
 */
const pricing = testRegistry();
const s = kindScenario();
const rag = s.strategies.rag!;
const scenario = parseScenario({ ...s, strategies: { rag } });
const baseRag = scenario.candidates[0]!.rag!;

const tuning = (extra: Partial<RetrievalModelTuning> = {}): RetrievalModelTuning => ({
  path: 'candidates.rt.embeddingTuning',
  datasetTokens: new D(1_000_000),
  epochs: new D(2),
  hours: null,
  retrainEveryMonths: null,
  prices: { training: new D(1) },
  ...extra,
});

describe('tunedRag', () => {
  it('serves the tuned embedding model at `prices.serving` in place of the base input price', () => {
    const t: RetrievalTuning = { embedding: tuning({ prices: { serving: new D('0.2') } }), rerank: null };
    const out = tunedRag(baseRag, t);
    expect(out.embedding.prices.input!.toFixed()).toBe('0.2');
    expect(baseRag.embedding.prices.input).toBeUndefined();
    expect(out.vectorDb).toBe(baseRag.vectorDb);
  });

  it('keeps the RAG as it is without a serving price, and a missing reranker missing', () => {
    const t: RetrievalTuning = { embedding: tuning(), rerank: tuning({ prices: { serving: new D(3) } }) };
    const out = tunedRag(baseRag, t);
    expect(out.embedding).toBe(baseRag.embedding);
    expect(out.rerank).toBeNull();
  });

  it('prices a tuned reranker at its serving price', () => {
    const withRerank: Rag = {
      ...baseRag,
      rerank: { vendor: 'test-llm', model: 'rerank', prices: {}, candidates: new D(10) },
    };
    const out = tunedRag(withRerank, { embedding: null, rerank: tuning({ prices: { serving: new D(3) } }) });
    expect(out.rerank!.prices.price!.toFixed()).toBe('3');
    expect(withRerank.rerank!.prices).toEqual({});
  });
});

describe('retrievalTuningLines', () => {
  const lines = (t: RetrievalTuning) => {
    const r = tunedRag(baseRag, t);
    const parts = buildRag({
      scenario,
      candidate: { ...scenario.candidates[0]!, rag: r },
      registry: pricing,
      built: new Map(),
      idPrefix: 'rt',
      labelPrefix: 'RT',
    });
    return retrievalTuningLines(
      { scenario, registry: pricing, rag: r, tuning: t, idPrefix: 'rt', labelPrefix: 'RT' },
      parts.lines,
    );
  };

  it('puts the training run first: dataset tokens × epochs at the user’s price', () => {
    const [training] = lines({ embedding: tuning({ retrainEveryMonths: 1 }), rerank: null });
    // 1,000,000 × 2 = 2,000,000 tokens at $1 per 1M = $2 a run, every month.
    expect([training!.id, training!.timing, training!.recursEveryMonths]).toEqual([
      'rt.embeddingTuning.training',
      'one_time',
      1,
    ]);
    expect(training!.unitPrice.times(2_000_000).toFixed()).toBe('2');
    expect(training!.label).toBe('RT: tune the embedding model (embed)');
    expect(training!.basis).toBe('1,000,000 dataset tokens × 2 epochs, every 1 month');
  });

  it('re-embeds the corpus and re-upserts the vectors at every re-training; the rest keep their timing', () => {
    const out = lines({ embedding: tuning({ retrainEveryMonths: 3 }), rerank: null });
    const byId = new Map(out.map((l) => [l.id, l]));
    expect(byId.get('rt.embedding.corpus')!.recursEveryMonths).toBe(3);
    expect(byId.get('rt.embedding.corpus')!.label).toBe(
      'RT: embed the corpus (again after each re-training)',
    );
    expect(byId.get('rt.embedding.corpus')!.basis).toContain(
      ', at every embedding training: once, then every 3 months',
    );
    expect(byId.get('rt.vectorDb.initialWrites')!.recursEveryMonths).toBe(3);
    expect(byId.get('rt.embedding.queries')!.recursEveryMonths).toBeNull();
    expect(byId.get('rt.generation.input')!.basis).not.toContain('tuned');
  });

  it('trained once, the index is built once: the one-off lines keep their horizon', () => {
    const out = lines({ embedding: tuning(), rerank: null });
    expect(out.find((l) => l.id === 'rt.embedding.corpus')!.recursEveryMonths).toBeNull();
    expect(out[0]!.basis).toBe('1,000,000 dataset tokens × 2 epochs, once');
  });

  it('says which price serves the tuned model on each embedding line', () => {
    const table = lines({ embedding: tuning(), rerank: null }).find((l) => l.id === 'rt.embedding.queries')!;
    expect(table.basis).toContain("the tuned model at the base model's table price");
    expect(table.basis).toContain('`candidates.rt.embeddingTuning.prices.serving`');
    const own = lines({
      embedding: tuning({ prices: { training: new D(1), serving: new D('0.2') } }),
      rerank: null,
    });
    expect(own.find((l) => l.id === 'rt.embedding.queries')!.basis).toContain(
      'the tuned model at your price',
    );
  });
});

describe('the monthly totals these lines make (candidate form)', () => {
  const rt = (embeddingTuning: Record<string, unknown>) =>
    compareWith(
      {
        ...s,
        strategies: { rag },
        candidates: { rt: { extends: 'rag', kind: 'retrieval-tuning', embeddingTuning } },
      },
      { pricing },
    ).strategies.find((c) => c.strategy === 'rt')!.monthlyTotal;

  it('re-trained every 2 months: training and re-indexing every 2 months instead of once in 6', () => {
    // Training 1,000,000 × 2 × $1/1M = $2 every 2 months → 1. Corpus 0.2 and upsert 0.04 every
    // 2 months → 0.12 (the RAG's 0.24 ÷ 6 = 0.04 is replaced). 1,360 + 1 + 0.12 = 1,361.12.
    expect(
      rt({ datasetTokens: 1_000_000, epochs: 2, retrainEveryMonths: 2, prices: { training: '1' } }).toFixed(),
    ).toBe('1361.12');
  });

  it('a serving price of its own doubles every embedded token’s price', () => {
    // $0.20 instead of $0.10 per 1M: queries 100 × 1,000,000 = 100M tokens → +10; the corpus 0.4
    // every 2 months → +0.1. 1,361.12 + 10 + 0.1 = 1,371.22.
    expect(
      rt({
        datasetTokens: 1_000_000,
        epochs: 2,
        retrainEveryMonths: 2,
        prices: { training: '1', serving: '0.2' },
      }).toFixed(),
    ).toBe('1371.22');
  });
});

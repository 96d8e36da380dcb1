import { describe, expect, it } from 'vitest';
import { constant, evaluate } from '../../src/_lib/piecewise.js';
import { D, ZERO } from '../../src/decimal.js';
import {
  type RetrievalTuningContext,
  retrievalTuningLines,
  tunedRag,
} from '../../src/kinds/retrievalTuningLines.js';
import type { LineDef } from '../../src/model/types.js';
import { createPricingRegistry } from '../../src/pricing/registry.js';
import type { RetrievalModelTuning } from '../../src/scenario/parseScenario.js';
import { testLlm, testRegistry, testVectors } from '../helpers/testTables.js';
import { ragContext } from '../model/rag/ragContext.js';

const d = (x: string | number) => new D(x);
const amount = (line: LineDef) => evaluate(line.quantity, ZERO).times(line.unitPrice).toFixed();

/** The RAG of ragContext (test-llm embed, no reranker) plus a test-llm rerank model. */
const rag = ragContext({ rerank: { vendor: 'test-llm', model: 'rerank', candidates: 20 } }).rag;

function tuning(over: Partial<RetrievalModelTuning> = {}, what = 'embeddingTuning'): RetrievalModelTuning {
  return {
    path: `candidates.rt.${what}`,
    datasetTokens: d(2_000_000),
    epochs: d(2),
    hours: null,
    retrainEveryMonths: null,
    prices: { training: d(2) },
    ...over,
  };
}

function ctx(t: RetrievalTuningContext['tuning'], registry = testRegistry()): RetrievalTuningContext {
  return { scenario: ragContext().scenario, registry, rag, tuning: t, idPrefix: 'rt', labelPrefix: 'rt' };
}

/** A RAG line as the RAG builder would give it: $1 once (or a month), with a basis. */
const ragLine = (id: string, basis: string, oneTime = false): LineDef => ({
  id,
  label: id,
  timing: oneTime ? 'one_time' : 'monthly_fixed',
  recursEveryMonths: null,
  quantity: constant(d(1)),
  quantityUnit: 'USD',
  unitPrice: d(1),
  priceLabel: '$1 per USD',
  price: null,
  basis,
});
const ragLines = [
  ragLine('rt.embedding.corpus', '10,000 tokens, once', true),
  ragLine('rt.embedding.queries', 'requests/month × 50 tokens'),
  ragLine('rt.vectorDb.initialWrites', '25 vectors, once', true),
  ragLine('rt.rerank', 'requests/month × 1 search'),
  ragLine('rt.generation.input', 'requests/month × 100 tokens'),
];

describe('retrievalTuningLines', () => {
  it('trained once: a training line first, the RAG lines kept with the serving price explained', () => {
    const lines = retrievalTuningLines(ctx({ embedding: tuning(), rerank: null }), ragLines);
    const [training, ...rest] = lines;
    // 2,000,000 dataset tokens × 2 epochs = 4,000,000 tokens × $2 / 1M = $8, once.
    expect([training!.id, training!.timing, training!.recursEveryMonths, amount(training!)]).toEqual([
      'rt.embeddingTuning.training',
      'one_time',
      null,
      '8',
    ]);
    expect(training!.label).toBe('rt: tune the embedding model (embed)');
    expect(training!.basis).toBe('2,000,000 dataset tokens × 2 epochs, once');
    expect(training!.priceLabel).toBe('$2 per 1M tokens');
    expect(rest.map((l) => l.id)).toEqual(ragLines.map((l) => l.id));
    // Not re-trained: the index is built once, as in RAG.
    expect(rest.map((l) => l.recursEveryMonths)).toEqual([null, null, null, null, null]);
    expect(rest[1]!.basis).toBe(
      "requests/month × 50 tokens; the tuned model at the base model's table price (none is published for a tuned one; pass `candidates.rt.embeddingTuning.prices.serving` if yours differs)",
    );
    // Lines the tuning does not touch are the same objects.
    expect(rest[3]).toBe(ragLines[3]);
    expect(rest[4]).toBe(ragLines[4]);
  });

  it('re-trained every 3 months: the corpus embedding and the initial upsert come back with it', () => {
    const lines = retrievalTuningLines(
      ctx({ embedding: tuning({ retrainEveryMonths: 3 }), rerank: null }),
      ragLines,
    );
    const byId = (id: string) => lines.find((l) => l.id === id)!;
    expect(byId('rt.embeddingTuning.training').recursEveryMonths).toBe(3);
    expect(byId('rt.embeddingTuning.training').basis).toBe(
      '2,000,000 dataset tokens × 2 epochs, every 3 months',
    );
    const corpus = byId('rt.embedding.corpus');
    expect([corpus.recursEveryMonths, corpus.label]).toEqual([
      3,
      'rt.embedding.corpus (again after each re-training)',
    ]);
    expect(corpus.basis).toBe(
      "10,000 tokens, at every embedding training: once, then every 3 months (a re-trained embedding model invalidates the index); the tuned model at the base model's table price (none is published for a tuned one; pass `candidates.rt.embeddingTuning.prices.serving` if yours differs)",
    );
    expect(byId('rt.vectorDb.initialWrites').recursEveryMonths).toBe(3);
    // Queries are monthly anyway: not re-scheduled.
    expect(byId('rt.embedding.queries').recursEveryMonths).toBeNull();
  });

  it('a tuned reranker: priced by the hour, the rerank line noting the price the user gave', () => {
    const rerank = tuning({ hours: d(3), prices: { trainingHour: d(40), serving: d(3) } }, 'rerankTuning');
    const lines = retrievalTuningLines(ctx({ embedding: null, rerank }), ragLines);
    // 3 hours × $40 = $120.
    expect(lines[0]).toMatchObject({ id: 'rt.rerankTuning.training', quantityUnit: 'hours' });
    expect(amount(lines[0]!)).toBe('120');
    expect(lines[0]!.label).toBe('rt: tune the reranker (rerank)');
    expect(lines.find((l) => l.id === 'rt.rerank')!.basis).toBe(
      'requests/month × 1 search; the tuned model at your price (`candidates.rt.rerankTuning.prices.serving`)',
    );
    // Embedding lines are untouched when only the reranker is tuned.
    expect(lines.find((l) => l.id === 'rt.embedding.corpus')).toBe(ragLines[0]);
  });

  it('no training price: missing_price at the tuning block, in USD per 1M tokens', () => {
    expect(() =>
      retrievalTuningLines(ctx({ embedding: tuning({ prices: {} }), rerank: null }), ragLines),
    ).toThrow(
      expect.objectContaining({
        code: 'missing_price',
        path: 'candidates.rt.embeddingTuning.prices.training',
        detail: expect.stringMatching(
          /pass it as `candidates\.rt\.embeddingTuning\.prices\.training`, in USD per 1M tokens$/,
        ),
      }),
    );
  });

  it("a vendor whose fine-tuning ended: offering_ended with the date and the vendor's successor", () => {
    const ended = createPricingRegistry([
      {
        ...testLlm,
        fineTuning: {
          offered: false,
          reason: 'rerank tuning closed',
          endedOn: '2025-09-15',
          successor: 'none',
          source: 'page',
        },
      },
      testVectors,
    ]);
    try {
      retrievalTuningLines(ctx({ embedding: tuning(), rerank: null }, ended), ragLines);
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({
        code: 'offering_ended',
        path: 'candidates.rt.embeddingTuning',
        offering: {
          offering: 'Test LLM fine-tuning',
          vendor: 'test-llm',
          date: '2025-09-15',
          successor: 'none',
          sourceUrl: 'https://example.com/prices',
        },
      });
    }
  });
});

describe('tunedRag', () => {
  it("puts the serving prices in place of the base models' and changes nothing else", () => {
    const out = tunedRag(rag, {
      embedding: tuning({ prices: { serving: d('0.3') } }),
      rerank: tuning({ prices: { serving: d(3) } }, 'rerankTuning'),
    });
    expect(out.embedding.prices.input?.toFixed()).toBe('0.3');
    expect(out.rerank?.prices.price?.toFixed()).toBe('3');
    expect(out.generation).toBe(rag.generation);
    // The input is not changed.
    expect(rag.embedding.prices.input).toBeUndefined();
  });

  it('without serving prices, the RAG is the same', () => {
    const out = tunedRag(rag, { embedding: tuning(), rerank: null });
    expect(out.embedding).toBe(rag.embedding);
    expect(out.rerank).toBe(rag.rerank);
  });
});

import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { D } from '../../src/decimal.js';
import { TuneOrRagError } from '../../src/errors.js';
import type { FineTuneInput, RagInput } from '../../src/spec/fields.js';
import {
  emptyCandidate,
  money,
  num,
  opt,
  type ParseContext,
  smallInt,
  toFineTune,
  toGeneration,
  toRag,
} from '../../src/spec/specs.js';

/** The error a call throws, for its code, path and detail. */
function thrown(run: () => unknown): TuneOrRagError {
  try {
    run();
  } catch (error) {
    if (error instanceof TuneOrRagError) return error;
    throw error;
  }
  throw new Error('expected a TuneOrRagError');
}

const workload = { requestsPerMonth: 1000, instructionTokens: 600, inputTokens: 150, outputTokens: 250 };
const ctx: ParseContext = {
  input: { workload },
  workload: {
    requestsPerMonth: new D(1000),
    instructionTokens: new D(600),
    inputTokens: new D(150),
    outputTokens: new D(250),
  },
  hoursPerMonth: new D(730),
  parse: () => {
    throw new Error('no lifecycle here: parse is not called');
  },
};

describe('num and opt', () => {
  it('turn counts, quantities and rates, as numbers or strings, into exact Decimals', () => {
    expect(num(3).toFixed()).toBe('3');
    expect(num('0.05').toFixed()).toBe('0.05');
    // A count beyond 2^53 written as digits keeps every digit: 2^53 + 1 = 9,007,199,254,740,993.
    expect(num('9007199254740993').toFixed()).toBe('9007199254740993');
    // 0.1 as a number is read through its shortest text, "0.1", not its binary 0.1000000000000000055…
    expect(num(0.1).toFixed()).toBe('0.1');
  });

  it('opt falls back only when the field is absent (0 is a value)', () => {
    expect(opt(undefined, new D(512)).toFixed()).toBe('512');
    expect(opt(0, new D(512)).toFixed()).toBe('0');
    expect(opt('7', new D(512)).toFixed()).toBe('7');
  });
});

describe('money', () => {
  it('copies each override by value; absent and undefined keys are left out', () => {
    const out = money({ input: '0.40', output: new D('1.6'), cachedInput: undefined });
    expect(Object.keys(out)).toEqual(['input', 'output']);
    expect(out.input!.toFixed()).toBe('0.4');
    expect(out.output!.toFixed()).toBe('1.6');
    expect(money(undefined)).toEqual({});
  });

  it('reads a Decimal of another constructor by value, whatever its settings', () => {
    const Other = Decimal.clone({ precision: 2 });
    // 1.23456 kept exactly: the other clone's precision (2) only rounds its results, not the value read.
    expect(money({ input: new Other('1.23456') }).input!.toFixed()).toBe('1.23456');
  });

  it('refuses a look-alike or a non-finite amount, naming `prices.<key>`', () => {
    const lookAlike = { toStringTag: '[object Decimal]' } as unknown as string;
    const e = thrown(() => money({ output: lookAlike }));
    expect([e.code, e.path]).toEqual(['invalid_input', 'prices.output']);
    expect(thrown(() => money({ input: new D(Infinity) })).path).toBe('prices.input');
  });
});

describe('smallInt', () => {
  it('accepts a whole number up to the limit, as a number or digits', () => {
    expect(smallInt(1200, 'x', 1200)).toBe(1200);
    expect(smallInt('12', 'x', 1200)).toBe(12);
    expect(smallInt(0, 'x', 1200)).toBe(0);
  });

  it('refuses one past the limit, naming the path and the limit', () => {
    const e = thrown(() => smallInt(1201, 'strategies.fineTune.retrainEveryMonths', 1200));
    expect([e.code, e.path, e.detail]).toEqual([
      'invalid_input',
      'strategies.fineTune.retrainEveryMonths',
      'expected a whole number up to 1200',
    ]);
    // A digit string beyond 2^53 is not a safe integer, whatever the limit.
    expect(thrown(() => smallInt('9007199254740993', 'x', Number.MAX_SAFE_INTEGER)).path).toBe('x');
  });
});

describe('toGeneration', () => {
  it('fills the defaults: no cache hits, a 5-minute cache, the standard tier, the listed region', () => {
    const g = toGeneration({ vendor: 'v', model: 'm' }, 'strategies.promptOnly');
    expect([g.vendor, g.model, g.cachedPrefixHitRate.toFixed(), g.cacheTtl, g.serviceTier, g.region]).toEqual(
      ['v', 'm', '0', '5m', 'standard', null],
    );
    expect(g.prices).toEqual({});
  });

  it('reads `batch: true` as the batch tier, and agrees with `serviceTier: batch`', () => {
    expect(toGeneration({ vendor: 'v', model: 'm', batch: true }, 'p').serviceTier).toBe('batch');
    expect(
      toGeneration({ vendor: 'v', model: 'm', batch: true, serviceTier: 'batch' }, 'p').serviceTier,
    ).toBe('batch');
    // `batch: false` does not override a tier written beside it.
    expect(
      toGeneration({ vendor: 'v', model: 'm', batch: false, serviceTier: 'flex' }, 'p').serviceTier,
    ).toBe('flex');
  });

  it('refuses `batch: true` with another tier, at `<path>.serviceTier`', () => {
    const e = thrown(() =>
      toGeneration(
        { vendor: 'v', model: 'm', batch: true, serviceTier: 'priority' },
        'strategies.rag.generation',
      ),
    );
    expect([e.code, e.path]).toEqual(['invalid_input', 'strategies.rag.generation.serviceTier']);
    expect(e.detail).toBe('`batch: true` and `serviceTier: priority` disagree: keep one of them');
  });
});

const fineTuneInput: FineTuneInput = {
  vendor: 'test-llm',
  model: 'small',
  training: { datasetTokens: 1_000_000 },
};

describe('toFineTune', () => {
  it('fills every default: SFT, 1 epoch, 1 GPU, never re-trained, the workload’s instruction tokens', () => {
    const f = toFineTune(fineTuneInput, 'candidates.ft', ctx);
    expect(f.path).toBe('candidates.ft');
    expect([f.method, f.variant, f.retrainEveryMonths, f.serving, f.accountStanding, f.lifecycle]).toEqual([
      'sft',
      null,
      null,
      null,
      null,
      null,
    ]);
    const t = f.training;
    expect(
      [t.datasetTokens, t.epochs, t.validationTokens, t.evalPasses, t.gpus].map((x) => x.toFixed()),
    ).toEqual(['1000000', '1', '0', '0', '1']);
    expect([t.hours, t.tokensPerSecond, t.hardware]).toEqual([null, null, null]);
    expect(f.evaluationRequests.toFixed()).toBe('0');
    // The tuned prompt defaults to the base setup's 600 instruction tokens.
    expect(f.tunedInstructionTokens.toFixed()).toBe('600');
    expect(f.cachedPrefixHitRate.toFixed()).toBe('0');
  });

  it('keeps what is written, and reads `retrainEveryMonths: 0` as never', () => {
    const f = toFineTune(
      {
        ...fineTuneInput,
        method: 'rft',
        training: { datasetTokens: '5', epochs: 3, hours: '1.5', gpus: 8, hardware: 'gpu' },
        retrainEveryMonths: 6,
        tunedInstructionTokens: 0,
        serving: { mode: 'per_token' },
        accountStanding: 'active',
        prices: { training: '4.5' },
      },
      'strategies.fineTune',
      ctx,
    );
    expect([f.method, f.retrainEveryMonths, f.serving, f.accountStanding]).toEqual([
      'rft',
      6,
      { mode: 'per_token' },
      'active',
    ]);
    expect([f.training.epochs, f.training.hours!, f.training.gpus].map((x) => x.toFixed())).toEqual([
      '3',
      '1.5',
      '8',
    ]);
    expect(f.training.hardware).toBe('gpu');
    expect(f.tunedInstructionTokens.toFixed()).toBe('0');
    expect(f.prices.training!.toFixed()).toBe('4.5');
    expect(toFineTune({ ...fineTuneInput, retrainEveryMonths: 0 }, 'p', ctx).retrainEveryMonths).toBeNull();
  });

  it('refuses a re-training period beyond 1200 months (100 years), at its path', () => {
    const e = thrown(() => toFineTune({ ...fineTuneInput, retrainEveryMonths: 1201 }, 'candidates.ft', ctx));
    expect([e.code, e.path]).toEqual(['invalid_input', 'candidates.ft.retrainEveryMonths']);
  });

  it('parses capacity serving under `<path>.serving`', () => {
    const f = toFineTune(
      { ...fineTuneInput, serving: { mode: 'capacity', option: 'pt', copies: 2 } },
      'candidates.ft',
      ctx,
    );
    expect(f.serving).toMatchObject({
      mode: 'capacity',
      path: 'candidates.ft.serving',
      option: 'pt',
      copies: 2,
    });
  });
});

const ragInput: RagInput = {
  embedding: { vendor: 'test-llm', model: 'embed' },
  corpusTokens: 2_000_000,
  topK: 4,
  vectorDb: { vendor: 'test-vectors', plan: 'serverless' },
  generation: { vendor: 'test-llm', model: 'big' },
};

describe('toRag', () => {
  it('fills the defaults: 512-token chunks, no overlap, no churn, the workload’s input as the query', () => {
    const r = toRag(ragInput, 'strategies.rag', ctx);
    expect(
      [
        r.corpusTokens,
        r.chunkTokens,
        r.chunkOverlapTokens,
        r.churnPerMonth,
        r.topK,
        r.queryEmbeddingTokens,
      ].map((x) => x.toFixed()),
    ).toEqual(['2000000', '512', '0', '0', '4', '150']);
    expect(r.embedding.charactersPerToken).toBeNull();
    const v = r.vectorDb;
    expect([v.instance, v.dimensions]).toEqual([null, null]);
    // 4 bytes a dimension (float32), no metadata, 100 records an upsert.
    expect(
      [v.bytesPerDimension, v.metadataBytesPerVector, v.upsertBatchSize].map((x) => x.toFixed()),
    ).toEqual(['4', '0', '100']);
    expect(r.rerank).toBeNull();
    expect(r.generation.serviceTier).toBe('standard');
  });

  it('refuses an overlap as large as the chunk (each chunk would add nothing new)', () => {
    const e = thrown(() =>
      toRag({ ...ragInput, chunkTokens: 256, chunkOverlapTokens: 256 }, 'candidates.r', ctx),
    );
    expect([e.code, e.path]).toEqual(['invalid_input', 'candidates.r.chunkOverlapTokens']);
    // One token less is a valid overlap.
    expect(
      toRag(
        { ...ragInput, chunkTokens: 256, chunkOverlapTokens: 255 },
        'p',
        ctx,
      ).chunkOverlapTokens.toFixed(),
    ).toBe('255');
  });

  it('needs at least topK rerank candidates: 3 for a top 4 is refused, 4 is enough', () => {
    const rerank = (candidates: number) => ({ vendor: 'test-llm', model: 'rerank', candidates });
    const e = thrown(() => toRag({ ...ragInput, rerank: rerank(3) }, 'candidates.r', ctx));
    expect([e.code, e.path]).toEqual(['invalid_input', 'candidates.r.rerank.candidates']);
    expect(toRag({ ...ragInput, rerank: rerank(4) }, 'p', ctx).rerank!.candidates.toFixed()).toBe('4');
  });

  it('checks the generation under `<path>.generation`', () => {
    const bad = {
      ...ragInput,
      generation: { vendor: 'v', model: 'm', batch: true, serviceTier: 'flex' as const },
    };
    expect(thrown(() => toRag(bad, 'candidates.r', ctx)).path).toBe('candidates.r.generation.serviceTier');
  });
});

describe('emptyCandidate', () => {
  it('has its name, label, kind and path and no parts yet', () => {
    expect(emptyCandidate('rag-b', 'RAG B', 'rag', 'candidates.rag-b')).toEqual({
      name: 'rag-b',
      label: 'RAG B',
      kind: 'rag',
      path: 'candidates.rag-b',
      fineTune: null,
      rag: null,
      generation: null,
      spec: null,
      uses: {},
    });
  });

  it('returns a fresh object each call (a kind’s parse spreads it, never shares it)', () => {
    const a = emptyCandidate('a', 'a', 'rag', 'p');
    const b = emptyCandidate('a', 'a', 'rag', 'p');
    expect(a).not.toBe(b);
    expect(a.uses).not.toBe(b.uses);
  });
});

describe('properties', () => {
  it('the converters do not mutate their input', () => {
    const input = structuredClone(ragInput);
    toRag(input, 'p', ctx);
    expect(input).toEqual(ragInput);
    const ft = structuredClone(fineTuneInput);
    toFineTune(ft, 'p', ctx);
    expect(ft).toEqual(fineTuneInput);
  });
});

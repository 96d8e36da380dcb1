import * as z from 'zod/mini';
import { toPlainInput } from '../_lib/plainInput.js';
import { errorFromZod } from '../_lib/zodIssues.js';
import { D, type Dec } from '../decimal.js';
import { type SafeResult, TuneOrRagError, toSafe } from '../errors.js';
import type { AccountStanding, TrainingMethod, TrainingVariant } from '../pricing/priceTableSchema.js';
import { STRATEGY_IDS, STRATEGY_KINDS, strategyKind } from '../strategyKinds.js';
import { type FineTuneLifecycle, parseLifecycle } from './parseLifecycle.js';
import {
  type ConstraintsInput,
  type CountInput,
  type MoneyInput,
  type NeedsInput,
  type QuantityInput,
  type RateInput,
  type ScenarioInput,
  type ServiceTier,
  scenarioSchema,
} from './scenarioSchema.js';

/** Price overrides after parsing: item → USD amount. */
export type PriceOverrides = Readonly<Record<string, Dec>>;

export interface ModelRef {
  readonly vendor: string;
  readonly model: string;
  readonly prices: PriceOverrides;
}

export interface Generation extends ModelRef {
  readonly cachedPrefixHitRate: Dec;
  readonly cacheTtl: '5m' | '1h';
  /** `batch: true` is read as `serviceTier: 'batch'`. */
  readonly serviceTier: ServiceTier;
  /** A priced region or endpoint, or null for the listed price. */
  readonly region: string | null;
}

export type Serving =
  | { readonly mode: 'per_token' }
  | {
      readonly mode: 'capacity';
      readonly vendor: string | null;
      readonly model: string | null;
      readonly option: string;
      readonly unitsPerCopy: number | null;
      readonly copies: number;
      readonly autoscale: {
        readonly requestsPerCopyPerMonth: Dec;
        readonly minCopies: number;
        readonly maxCopies: number;
      } | null;
      readonly activeHoursPerMonth: Dec | null;
      readonly sessionsPerMonth: Dec;
    };

export interface FineTune extends ModelRef {
  readonly method: TrainingMethod;
  readonly variant: TrainingVariant | null;
  readonly training: {
    readonly datasetTokens: Dec;
    readonly epochs: Dec;
    readonly validationTokens: Dec;
    readonly evalPasses: Dec;
    readonly hours: Dec | null;
    readonly tokensPerSecond: Dec | null;
    readonly gpus: Dec;
    readonly hardware: string | null;
  };
  /** null: never re-trained. */
  readonly retrainEveryMonths: number | null;
  readonly evaluationRequests: Dec;
  readonly tunedInstructionTokens: Dec;
  readonly cachedPrefixHitRate: Dec;
  readonly serving: Serving | null;
  /** null: not given (the conservative reading of a staged closure applies). */
  readonly accountStanding: AccountStanding | null;
  /** Upgrades, monitoring and fallback (`lifecycle`), or null. */
  readonly lifecycle: FineTuneLifecycle | null;
}

export interface Rag {
  readonly embedding: ModelRef & { readonly charactersPerToken: Dec | null };
  readonly corpusTokens: Dec;
  readonly chunkTokens: Dec;
  readonly chunkOverlapTokens: Dec;
  readonly churnPerMonth: Dec;
  readonly topK: Dec;
  readonly queryEmbeddingTokens: Dec;
  readonly vectorDb: {
    readonly vendor: string;
    readonly plan: string;
    readonly instance: string | null;
    readonly dimensions: Dec | null;
    readonly bytesPerDimension: Dec;
    readonly metadataBytesPerVector: Dec;
    readonly upsertBatchSize: Dec;
    readonly prices: PriceOverrides;
  };
  readonly rerank: (ModelRef & { readonly candidates: Dec }) | null;
  readonly generation: Generation;
}

export interface PromptOnly extends Generation {
  readonly fewShotTokens: Dec;
}

/** A base model with the whole knowledge base in its (cached) prompt instead of retrieval. */
export interface LongContext extends Generation {
  readonly contextTokens: Dec;
}

export interface Hybrid {
  readonly topK: Dec | null;
}

/** A validated scenario, every amount a Decimal and every default filled in. */
export interface Scenario {
  readonly name: string;
  readonly asOf: string | null;
  /** The currency to show amounts in, as written (checked by `parseCurrency`), or `null` for USD. */
  readonly currency: { readonly code: string; readonly rate: string | Dec; readonly date: string } | null;
  readonly hoursPerMonth: Dec;
  readonly horizonMonths: number;
  readonly workload: {
    readonly requestsPerMonth: Dec;
    readonly instructionTokens: Dec;
    readonly inputTokens: Dec;
    readonly outputTokens: Dec;
    /** instruction + input + output: the unit of the token breakeven. */
    readonly tokensPerRequest: Dec;
    /** Compounded monthly growth of requests, for horizons (0 = flat). */
    readonly growthPerMonth: Dec;
  };
  /** What the answers need and the rules that remove routes, as written (read by `recommend`). */
  readonly needs: NeedsInput | null;
  readonly constraints: ConstraintsInput | null;
  readonly fineTune: FineTune | null;
  readonly rag: Rag | null;
  readonly promptOnly: PromptOnly | null;
  readonly longContext: LongContext | null;
  readonly hybrid: Hybrid | null;
}

const num = (value: CountInput | QuantityInput | RateInput): Dec => new D(String(value));
const opt = <TValue>(value: TValue | undefined, fallback: Dec): Dec =>
  value === undefined ? fallback : num(value as CountInput);

function money(overrides: Partial<Record<string, MoneyInput>> | undefined): PriceOverrides {
  const out: Record<string, Dec> = {};
  if (overrides) {
    for (const [key, value] of Object.entries(overrides)) {
      if (value === undefined) continue;
      let amount: Dec | undefined;
      try {
        // A Decimal is copied by value (`new D(decimal)`): its own settings or toString do not matter.
        amount = new D(value as string | Dec);
      } catch {
        amount = undefined;
      }
      if (amount === undefined || !amount.isFinite()) {
        throw new TuneOrRagError(
          'invalid_input',
          'expected a decimal string or a Decimal, not a look-alike',
          {
            path: `prices.${key}`,
          },
        );
      }
      out[key] = amount;
    }
  }
  return out;
}

const HOURS_PER_MONTH = new D(730);
const MAX_COPIES = 10_000;

function smallInt(value: CountInput, path: string, max: number): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n > max) {
    throw new TuneOrRagError('invalid_input', `expected a whole number up to ${max}`, { path });
  }
  return n;
}

/**
 * Validates a scenario and returns it with Decimals and defaults: the one place user input enters.
 *
 * @throws `invalid_input` naming the first offending field (all issues are in `error.issues`).
 */
export function parseScenario(input: unknown): Scenario {
  // Copied to plain data first: getters, proxies and sparse arrays are read once, guarded, and
  // size limits hold before the schema recurses.
  const parsed = z.safeParse(scenarioSchema, toPlainInput(input), { reportInput: true });
  if (!parsed.success) throw errorFromZod('invalid_input', parsed.error.issues, 'invalid scenario');
  const s = parsed.data;
  const w = s.workload;
  const workload = {
    requestsPerMonth: num(w.requestsPerMonth),
    instructionTokens: num(w.instructionTokens),
    inputTokens: num(w.inputTokens),
    outputTokens: num(w.outputTokens),
  };
  const hoursPerMonth = opt(s.hoursPerMonth, HOURS_PER_MONTH);
  if (hoursPerMonth.isZero() || hoursPerMonth.gt(744)) {
    throw new TuneOrRagError('invalid_input', 'expected hours in a month between 0 (exclusive) and 744', {
      path: 'hoursPerMonth',
    });
  }
  const st = s.strategies;
  // A strategy that builds on others (hybrid: the fine-tune model and the RAG retrieval) needs them described.
  for (const kind of STRATEGY_KINDS) {
    if (!st[kind.id]) continue;
    const missing = kind.needs.filter((id) => !st[id]);
    if (missing.length > 0) {
      throw new TuneOrRagError(
        'invalid_input',
        `the ${kind.cliName} strategy builds on ${kind.needs.map((id) => strategyKind(id).cliName).join(' and ')}: describe ${missing.map((id) => `\`strategies.${id}\``).join(' and ')} too`,
        { path: `strategies.${kind.id}` },
      );
    }
  }
  if (!STRATEGY_IDS.some((id) => st[id])) {
    const standalone = STRATEGY_KINDS.filter((k) => k.needs.length === 0).map((k) => k.id);
    throw new TuneOrRagError('invalid_input', `describe at least one strategy (${standalone.join(', ')})`, {
      path: 'strategies',
    });
  }

  let fineTune: FineTune | null = null;
  if (st.fineTune) {
    const f = st.fineTune;
    const t = f.training;
    let serving: Serving | null = null;
    if (f.serving?.mode === 'per_token') serving = { mode: 'per_token' };
    else if (f.serving?.mode === 'capacity') {
      const c = f.serving;
      const base = 'strategies.fineTune.serving';
      if (c.autoscale && c.copies !== undefined) {
        throw new TuneOrRagError('invalid_input', 'give either a fixed `copies` or `autoscale`, not both', {
          path: `${base}.copies`,
        });
      }
      let autoscale: Extract<Serving, { mode: 'capacity' }>['autoscale'] = null;
      if (c.autoscale) {
        const maxCopies = smallInt(c.autoscale.maxCopies, `${base}.autoscale.maxCopies`, MAX_COPIES);
        const minCopies = smallInt(c.autoscale.minCopies ?? 0, `${base}.autoscale.minCopies`, MAX_COPIES);
        if (minCopies > maxCopies) {
          throw new TuneOrRagError('invalid_input', 'minCopies cannot exceed maxCopies', {
            path: `${base}.autoscale.minCopies`,
          });
        }
        autoscale = {
          requestsPerCopyPerMonth: num(c.autoscale.requestsPerCopyPerMonth),
          minCopies,
          maxCopies,
        };
      }
      const active = c.activeHoursPerMonth === undefined ? null : num(c.activeHoursPerMonth);
      if (active?.gt(hoursPerMonth)) {
        throw new TuneOrRagError(
          'invalid_input',
          `cannot exceed the month's ${hoursPerMonth.toString()} hours`,
          {
            path: `${base}.activeHoursPerMonth`,
          },
        );
      }
      serving = {
        mode: 'capacity',
        vendor: c.vendor ?? null,
        model: c.model ?? null,
        option: c.option,
        unitsPerCopy:
          c.unitsPerCopy === undefined ? null : smallInt(c.unitsPerCopy, `${base}.unitsPerCopy`, MAX_COPIES),
        copies: c.copies === undefined ? 1 : smallInt(c.copies, `${base}.copies`, MAX_COPIES),
        autoscale,
        activeHoursPerMonth: active,
        sessionsPerMonth: opt(c.sessionsPerMonth, new D(1)),
      };
    }
    const retrain =
      f.retrainEveryMonths === undefined
        ? 0
        : smallInt(f.retrainEveryMonths, 'strategies.fineTune.retrainEveryMonths', 1200);
    fineTune = {
      vendor: f.vendor,
      model: f.model,
      prices: money(f.prices),
      method: f.method ?? 'sft',
      variant: f.variant ?? null,
      training: {
        datasetTokens: num(t.datasetTokens),
        epochs: opt(t.epochs, new D(1)),
        validationTokens: opt(t.validationTokens, new D(0)),
        evalPasses: opt(t.evalPasses, new D(0)),
        hours: t.hours === undefined ? null : num(t.hours),
        tokensPerSecond: t.tokensPerSecond === undefined ? null : num(t.tokensPerSecond),
        gpus: opt(t.gpus, new D(1)),
        hardware: t.hardware ?? null,
      },
      retrainEveryMonths: retrain === 0 ? null : retrain,
      evaluationRequests: opt(f.evaluationRequests, new D(0)),
      tunedInstructionTokens: opt(f.tunedInstructionTokens, workload.instructionTokens),
      cachedPrefixHitRate: opt(f.cachedPrefixHitRate, new D(0)),
      serving,
      accountStanding: f.accountStanding ?? null,
      lifecycle: parseLifecycle(f, s, parseScenario),
    };
  }

  let rag: Rag | null = null;
  if (st.rag) {
    const r = st.rag;
    const chunkTokens = opt(r.chunkTokens, new D(512));
    const chunkOverlapTokens = opt(r.chunkOverlapTokens, new D(0));
    if (chunkOverlapTokens.gte(chunkTokens)) {
      throw new TuneOrRagError('invalid_input', 'the overlap must be smaller than the chunk', {
        path: 'strategies.rag.chunkOverlapTokens',
      });
    }
    const v = r.vectorDb;
    rag = {
      embedding: {
        vendor: r.embedding.vendor,
        model: r.embedding.model,
        prices: money(r.embedding.prices),
        charactersPerToken:
          r.embedding.charactersPerToken === undefined ? null : num(r.embedding.charactersPerToken),
      },
      corpusTokens: num(r.corpusTokens),
      chunkTokens,
      chunkOverlapTokens,
      churnPerMonth: opt(r.churnPerMonth, new D(0)),
      topK: num(r.topK),
      queryEmbeddingTokens: opt(r.queryEmbeddingTokens, workload.inputTokens),
      vectorDb: {
        vendor: v.vendor,
        plan: v.plan,
        instance: v.instance ?? null,
        dimensions: v.dimensions === undefined ? null : num(v.dimensions),
        bytesPerDimension: opt(v.bytesPerDimension, new D(4)),
        metadataBytesPerVector: opt(v.metadataBytesPerVector, new D(0)),
        upsertBatchSize: opt(v.upsertBatchSize, new D(100)),
        prices: money(v.prices),
      },
      rerank: r.rerank
        ? {
            vendor: r.rerank.vendor,
            model: r.rerank.model,
            prices: money(r.rerank.prices),
            candidates: num(r.rerank.candidates),
          }
        : null,
      generation: toGeneration(r.generation, 'strategies.rag.generation'),
    };
    if (rag.rerank?.candidates.lt(rag.topK)) {
      throw new TuneOrRagError('invalid_input', 'rerank needs at least topK candidates', {
        path: 'strategies.rag.rerank.candidates',
      });
    }
  }

  const promptOnly: PromptOnly | null = st.promptOnly
    ? {
        ...toGeneration(st.promptOnly, 'strategies.promptOnly'),
        fewShotTokens: num(st.promptOnly.fewShotTokens),
      }
    : null;

  return {
    name: s.name ?? 'scenario',
    asOf: s.asOf ?? null,
    currency: s.currency ?? null,
    hoursPerMonth,
    horizonMonths: s.horizonMonths === undefined ? 12 : smallInt(s.horizonMonths, 'horizonMonths', 1200),
    workload: {
      ...workload,
      tokensPerRequest: workload.instructionTokens.plus(workload.inputTokens).plus(workload.outputTokens),
      growthPerMonth: w.growthPerMonth === undefined ? new D(0) : new D(String(w.growthPerMonth)),
    },
    needs: s.needs ?? null,
    constraints: s.constraints ?? null,
    fineTune,
    rag,
    promptOnly,
    hybrid: st.hybrid ? { topK: st.hybrid.topK === undefined ? null : num(st.hybrid.topK) } : null,
    longContext: st.longContext
      ? {
          ...toGeneration(st.longContext, 'strategies.longContext'),
          contextTokens: num(st.longContext.contextTokens),
        }
      : null,
  };
}

function toGeneration(
  g: {
    vendor: string;
    model: string;
    cachedPrefixHitRate?: RateInput | undefined;
    cacheTtl?: '5m' | '1h' | undefined;
    batch?: boolean | undefined;
    serviceTier?: ServiceTier | undefined;
    region?: string | undefined;
    prices?: Partial<Record<string, MoneyInput>> | undefined;
  },
  path: string,
): Generation {
  if (g.batch === true && g.serviceTier !== undefined && g.serviceTier !== 'batch') {
    throw new TuneOrRagError(
      'invalid_input',
      `\`batch: true\` and \`serviceTier: ${g.serviceTier}\` disagree: keep one of them`,
      { path: `${path}.serviceTier` },
    );
  }
  return {
    vendor: g.vendor,
    model: g.model,
    prices: money(g.prices),
    cachedPrefixHitRate: opt(g.cachedPrefixHitRate, new D(0)),
    cacheTtl: g.cacheTtl ?? '5m',
    serviceTier: g.serviceTier ?? (g.batch === true ? 'batch' : 'standard'),
    region: g.region ?? null,
  };
}

export type { ScenarioInput };

/** {@link parseScenario} returning `{ success, data | error }` instead of throwing. */
export function safeParseScenario(input: unknown): SafeResult<Scenario> {
  return toSafe(() => parseScenario(input));
}

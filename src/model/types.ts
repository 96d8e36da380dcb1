import type { Piecewise } from '../_lib/piecewise.js';
import type { Dec } from '../decimal.js';
import type { Confidence, Per, PriceUnit } from '../pricing/priceTableSchema.js';
import type { RouteEvent } from './routeLifecycle.js';

export type { StrategyId } from '../strategyKinds.js';
export { STRATEGY_IDS, STRATEGY_LABELS } from '../strategyKinds.js';

import type { StrategyId } from '../strategyKinds.js';

/**
 * A candidate's name: the strategy kind's id (`fineTune`, `rag`…) in the `strategies` form, or the
 * name written under `candidates` (`openai-sft`, `rag-pgvector`).
 */
export type CandidateId = string;

/**
 * When a line item is paid: once (training, corpus embedding; it may recur every N months), every
 * month whatever the volume, or in proportion to (or in steps with) the volume.
 */
export type LineTiming = 'one_time' | 'monthly_fixed' | 'per_volume';

/** Where a price came from: enough for a finance reader to find it again. */
export interface PriceRef {
  readonly vendor: string;
  readonly vendorName: string;
  /** The effective date of the price table (its version). */
  readonly tableDate: string;
  /** What is priced: a model id, `hardware:<id>`, `vectorDb:<plan>`. */
  readonly subject: string;
  /** The field in the table, e.g. `fineTuning.tunedInference.input`. */
  readonly item: string;
  /** The amount as quoted, in USD per `per` × `unit`. */
  readonly usd: Dec;
  readonly per: Per;
  readonly unit: PriceUnit;
  /** The date the price took effect. */
  readonly effective: string;
  readonly sourceUrl: string;
  readonly readOn: string;
  readonly confidence: Confidence | 'user';
  readonly billingIncrementSeconds?: number;
  /** The first day the price no longer applies (a promotion's end), when the table says. */
  readonly until?: string;
  /** `true` for a promotional or introductory price. */
  readonly promotion?: boolean;
  /** `true` when the user supplied this figure (an override or a missing price). */
  readonly overridden: boolean;
}

/** A line item before it is evaluated at a volume: its quantity is a function of requests/month. */
export interface LineDef {
  /** Stable id, e.g. `rag.vectorDb.readUnits`. */
  readonly id: string;
  readonly label: string;
  readonly timing: LineTiming;
  /** One-time lines only: the cost comes back every N months (re-training), or `null` for once. */
  readonly recursEveryMonths: number | null;
  /** Monthly quantity (or the quantity per occurrence, for one-time lines), by requests/month. */
  readonly quantity: Piecewise;
  readonly quantityUnit: string;
  /** USD per one `quantityUnit`. */
  readonly unitPrice: Dec;
  /** How the unit price reads, e.g. `$0.40 per 1M tokens`. */
  readonly priceLabel: string;
  readonly price: PriceRef | null;
  /** How the quantity is computed, in words with the scenario's numbers. */
  readonly basis: string;
}

/** One candidate's cost model: its line items and their sum by volume. */
export interface StrategyModel {
  /** The candidate's name: a kind's id (`fineTune`) in the `strategies` form, else its name. */
  readonly id: string;
  /** Its strategy kind. */
  readonly kind: StrategyId;
  readonly label: string;
  /** Where the scenario describes it (`strategies.rag`, `candidates.rag-pgvector`). */
  readonly path: string;
  /** Where its tuned model is described (a hybrid's fine-tune candidate), or null when nothing is tuned. */
  readonly fineTunePath: string | null;
  readonly lines: readonly LineDef[];
  /** Monthly cost (recurring + amortised one-time) by requests/month. */
  readonly monthly: Piecewise;
  /**
   * `monthly` × `monthlyScale`, with exact coefficients: the least common multiple of the
   * amortisation periods clears every division, so breakevens are solved on exact numbers.
   */
  readonly monthlyScaled: Piecewise;
  readonly monthlyScale: number;
  /** Recurring monthly cost only (no amortised one-time costs). */
  readonly recurring: Piecewise;
  /** Highest monthly volume the strategy can serve (capacity ceiling), or null for no ceiling. */
  readonly maxRequestsPerMonth: Dec | null;
  /** Price tables used: vendor → effective date. */
  readonly tables: Readonly<Record<string, string>>;
  /** Tokens billed per request, by bucket (inference only). */
  readonly tokensPerRequest: TokenBuckets;
  /** Assumptions worth showing next to the numbers. */
  readonly notes: readonly string[];
  /** Lifecycle dates of every offering the strategy uses, oldest first. */
  readonly events: readonly RouteEvent[];
  /** `true` when the strategy trains a model (so a closure to new jobs closes it). */
  readonly trains: boolean;
  /** The tuned model is re-trained every N months, or null (never, or nothing is tuned). */
  readonly retrainEveryMonths: number | null;
}

export interface TokenBuckets {
  readonly input: Dec;
  readonly cachedInput: Dec;
  readonly cacheWrite: Dec;
  readonly output: Dec;
}

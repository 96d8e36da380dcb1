import { formatExact } from '../../_lib/formatExact.js';
import { D, type Dec } from '../../decimal.js';
import { TuneOrRagError } from '../../errors.js';
import type { Per, PriceTable, PriceUnit, VectorDbPlan } from '../../pricing/priceTableSchema.js';
import type { PricingRegistry } from '../../pricing/registry.js';
import type { Rag, Scenario } from '../../spec/specs.js';
import type { PriceContext } from '../resolvePrice.js';
import type { LineDef, PriceRef } from '../types.js';

/** A one-time line paid once (not on a schedule). */
export const ONCE = { recursEveryMonths: null };

/** What every retrieval builder reads: the scenario, its RAG part, the tables, line ids and labels. */
export interface RetrievalContext {
  readonly scenario: Scenario;
  readonly rag: Rag;
  readonly registry: PricingRegistry;
  readonly idPrefix: string;
  readonly labelPrefix: string;
}

/** What a retrieval builder returns beside its own results: its lines and the tables it read. */
export interface BuiltLines {
  readonly lines: LineDef[];
  /** Vendor → table date of every table it read. */
  readonly tables: Readonly<Record<string, string>>;
}

/** A vector-database price the plan states or the user passes. */
export type PlanPriceKey =
  | 'storage'
  | 'dimensionStorage'
  | 'readUnits'
  | 'writeUnits'
  | 'platformFee'
  | 'includedCredit'
  | 'minimumMonthly';

/** What the vector-database builders share once the plan is found and the corpus is sized. */
export interface VectorDbContext {
  readonly retrieval: RetrievalContext;
  readonly table: PriceTable;
  readonly plan: VectorDbPlan;
  readonly prices: PriceContext;
  /** `RAG: <table> <plan>`, the start of every vector-database line's label. */
  readonly label: string;
  readonly vectors: Dec;
  readonly dimensions: Dec;
  readonly storageGb: Dec;
  readonly recordKb: Dec;
  /** The price of `key` when the plan has it or the user passes it (a missing one then asks for it). */
  readonly planPrice: (key: PlanPriceKey, unit: PriceUnit, per: Per) => PriceRef | null;
}

/** The plan refuses what this corpus needs (storage, write units): a different plan is the fix. */
export function overPlanLimit(vdb: VectorDbContext, what: string, needed: Dec, limit: string): never {
  throw new TuneOrRagError(
    'capacity_exceeded',
    `${vdb.table.name} ${vdb.plan.name} allows at most ${formatExact(new D(limit))} ${what}; this corpus needs ${formatExact(needed)}: choose a plan without that limit`,
    { path: `${vdb.retrieval.rag.path}.vectorDb.plan` },
  );
}

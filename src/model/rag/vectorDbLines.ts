import { D, type Dec } from '../../decimal.js';
import { TuneOrRagError } from '../../errors.js';
import type { PriceTable, VectorDbPlan } from '../../pricing/priceTableSchema.js';
import { resolvePrice } from '../resolvePrice.js';
import { tableFor } from '../tableFor.js';
import type { LineDef } from '../types.js';
import {
  type BuiltLines,
  overPlanLimit,
  type RetrievalContext,
  type VectorDbContext,
} from './retrievalContext.js';
import { instanceLines, planFeeLines } from './vectorDbPlanLines.js';
import { readUnitLines, storageLines, writeUnitLines } from './vectorDbUsageLines.js';

const BYTES_PER_GB = /* @__PURE__ */ new D(1_000_000_000);
const BYTES_PER_KB = /* @__PURE__ */ new D(1000);

/** The vector-database lines, the plan's notes and limits, and the sizes they were priced from. */
export interface VectorDbLines extends BuiltLines {
  readonly notes: string[];
  readonly storageGb: Dec;
  readonly recordKb: Dec;
  /** The most queries a month the plan serves, or null for no ceiling. */
  readonly maxRequestsPerMonth: Dec | null;
}

/**
 * The vector database: storage (per GB or per stored dimension), read and write units, an instance
 * billed by time, the plan's fee, included credit and monthly minimum, and its limits. Lines in this
 * order: the initial upsert (one-time), usage (storage, reads, churn writes, instance), fixed fees.
 */
export function vectorDbLines(
  ctx: RetrievalContext,
  embedded: { readonly vectors: Dec; readonly modelDimensions: Dec | null },
): VectorDbLines {
  const tables: Record<string, string> = {};
  const vdb = vectorDbContext(ctx, embedded, tables);
  const { table, plan, storageGb, recordKb } = vdb;
  if (plan.limits?.storageGb !== undefined && storageGb.gt(plan.limits.storageGb)) {
    overPlanLimit(vdb, 'GB of storage', storageGb, plan.limits.storageGb);
  }
  // In the order the prices are looked up, so the first missing one is the one reported.
  const storage = storageLines(vdb);
  const reads = readUnitLines(vdb);
  const writes = writeUnitLines(vdb);
  const usage: LineDef[] = [...storage, ...reads.lines, ...writes.monthly, ...instanceLines(vdb)];
  const lines = [...writes.oneTime, ...usage, ...planFeeLines(vdb, usage)];
  const notes = [...reads.notes, ...(plan.note ? [`${table.name} ${plan.name}: ${plan.note}`] : [])];
  return { lines, tables, notes, storageGb, recordKb, maxRequestsPerMonth: reads.maxRequestsPerMonth };
}

/** The table and plan, the corpus's size in the database, and the plan's price lookup. */
function vectorDbContext(
  ctx: RetrievalContext,
  embedded: { readonly vectors: Dec; readonly modelDimensions: Dec | null },
  tables: Record<string, string>,
): VectorDbContext {
  const { scenario, rag, registry, labelPrefix } = ctx;
  const v = rag.vectorDb;
  const table = tableFor(registry, v.vendor, scenario.asOf, `${ctx.rag.path}.vectorDb.vendor`, tables);
  const plan = findPlan(table, v.plan, rag.path);
  const { vectors } = embedded;
  const dimensions = v.dimensions ?? embedded.modelDimensions ?? new D(1536);
  const bytesPerVector = dimensions.times(v.bytesPerDimension).plus(v.metadataBytesPerVector);
  const prices = {
    table,
    subject: `vectorDb:${plan.id}`,
    overridePath: `${ctx.rag.path}.vectorDb.prices`,
    overrides: v.prices,
  };
  return {
    retrieval: ctx,
    table,
    plan,
    prices,
    label: `${labelPrefix}: ${table.name} ${plan.name}`,
    vectors,
    dimensions,
    storageGb: vectors.times(bytesPerVector).div(BYTES_PER_GB),
    recordKb: bytesPerVector.div(BYTES_PER_KB),
    planPrice: (key, unit, per) =>
      plan[key] !== undefined || v.prices[key] !== undefined
        ? resolvePrice(prices, key, key, plan[key], { unit, per })
        : null,
  };
}

function findPlan(table: PriceTable, id: string, path: string): VectorDbPlan {
  const plans = table.vectorDb ?? [];
  const plan = plans.find((p) => p.id === id);
  if (plan === undefined) {
    throw new TuneOrRagError(
      'unknown_model',
      plans.length === 0
        ? `${table.name} has no vector-database plans`
        : `${table.name} has no plan "${id}"; plans: ${plans.map((p) => p.id).join(', ')}`,
      { path: `${path}.vectorDb.plan` },
    );
  }
  return plan;
}

import { formatExact } from '../../_lib/formatExact.js';
import { constant, linear } from '../../_lib/piecewise.js';
import { D, type Dec, ONE, ZERO } from '../../decimal.js';
import { pricedLine } from '../lines.js';
import type { LineDef } from '../types.js';
import { ONCE, overPlanLimit, type VectorDbContext } from './retrievalContext.js';

/** Storage billed per GB-month (past any included GB) and per stored dimension, as the plan prices it. */
export function storageLines(vdb: VectorDbContext): LineDef[] {
  const { retrieval, plan, label, vectors, dimensions, storageGb } = vdb;
  const lines: LineDef[] = [];
  const storageRef = vdb.planPrice('storage', 'gb_month', '1');
  if (storageRef !== null) {
    const included = plan.includedStorageGb === undefined ? ZERO : new D(plan.includedStorageGb);
    const billedGb = storageGb.minus(included);
    lines.push(
      pricedLine(
        {
          id: `${retrieval.idPrefix}.vectorDb.storage`,
          label: `${label}: storage`,
          quantity: constant(billedGb.gt(0) ? billedGb : ZERO),
          quantityUnit: 'GB-months',
          basis: `${sizeBasis(vdb)} = ${formatExact(storageGb)} GB${included.isZero() ? '' : ` − ${formatExact(included)} GB included`}`,
        },
        storageRef,
      ),
    );
  }
  const dimensionStorageRef = vdb.planPrice('dimensionStorage', 'dimension_month', '1M');
  if (dimensionStorageRef !== null) {
    lines.push(
      pricedLine(
        {
          id: `${retrieval.idPrefix}.vectorDb.dimensionStorage`,
          label: `${label}: stored vector dimensions`,
          quantity: constant(vectors.times(dimensions)),
          quantityUnit: 'dimension-months',
          basis: `${formatExact(vectors)} vectors × ${formatExact(dimensions)} dimensions`,
        },
        dimensionStorageRef,
      ),
    );
  }
  return lines;
}

/** vectors × (dimensions × bytes + metadata): the size the storage line states. */
function sizeBasis(vdb: VectorDbContext): string {
  const v = vdb.retrieval.rag.vectorDb;
  return `${formatExact(vdb.vectors)} vectors × (${formatExact(vdb.dimensions)} dims × ${formatExact(v.bytesPerDimension)} B${v.metadataBytesPerVector.isZero() ? '' : ` + ${formatExact(v.metadataBytesPerVector)} B metadata`})`;
}

/**
 * Read units for every query: max(minimum, GB stored × units per GB) each. A plan with a monthly
 * read allowance refuses reads past it, which caps the volume it serves.
 */
export function readUnitLines(vdb: VectorDbContext): {
  lines: LineDef[];
  notes: string[];
  maxRequestsPerMonth: Dec | null;
} {
  const { retrieval, table, plan, label, storageGb } = vdb;
  const readUnitsRef = vdb.planPrice('readUnits', 'read_unit', '1M');
  if (readUnitsRef === null) return { lines: [], notes: [], maxRequestsPerMonth: null };
  const m = plan.metering;
  const perGb = m ? new D(m.readUnitsPerGbPerQuery) : ONE;
  const minimum = m ? new D(m.minReadUnitsPerQuery) : ZERO;
  const perQuery = D.max(minimum, storageGb.times(perGb));
  const notes: string[] = [];
  let maxRequestsPerMonth: Dec | null = null;
  const allowance = plan.limits?.readUnitsPerMonth;
  if (allowance !== undefined && perQuery.gt(0)) {
    // Reads past the monthly allowance are refused: the plan serves this many queries at most.
    maxRequestsPerMonth = new D(allowance).div(perQuery).floor();
    notes.push(
      `${table.name} ${plan.name} serves at most ${formatExact(maxRequestsPerMonth)} queries a month (${formatExact(new D(allowance))} read units ÷ ${formatExact(perQuery)} per query); beyond that reads are refused, not billed.`,
    );
  }
  const line = pricedLine(
    {
      id: `${retrieval.idPrefix}.vectorDb.readUnits`,
      label: `${label}: read units`,
      quantity: linear(ZERO, perQuery),
      quantityUnit: 'read units',
      basis: `requests/month × max(${formatExact(minimum)}, ${formatExact(storageGb)} GB × ${formatExact(perGb)} RU/GB) RU per query`,
    },
    readUnitsRef,
  );
  return { lines: [line], notes, maxRequestsPerMonth };
}

/**
 * Write units: the whole corpus once (upserted in batches, max(minimum, batch × KB × units per KB)
 * per request) and its churn every month. A monthly write allowance must hold the first month.
 */
export function writeUnitLines(vdb: VectorDbContext): { oneTime: LineDef[]; monthly: LineDef[] } {
  const { retrieval, plan, label, vectors, recordKb } = vdb;
  const writeUnitsRef = vdb.planPrice('writeUnits', 'write_unit', '1M');
  if (writeUnitsRef === null) return { oneTime: [], monthly: [] };
  const { rag, idPrefix } = retrieval;
  const v = rag.vectorDb;
  const m = plan.metering;
  const perKb = m ? new D(m.writeUnitsPerKb) : ONE;
  const minimum = m ? new D(m.minWriteUnitsPerRequest) : ZERO;
  const perRequest = D.max(minimum, v.upsertBatchSize.times(recordKb).times(perKb));
  const perVector = perRequest.div(v.upsertBatchSize);
  const allowance = plan.limits?.writeUnitsPerMonth;
  if (allowance !== undefined) {
    // The first month writes the whole corpus and its churn.
    const firstMonth = vectors.times(perVector).plus(vectors.times(rag.churnPerMonth).times(perVector));
    if (firstMonth.gt(allowance)) overPlanLimit(vdb, 'write units a month', firstMonth, allowance);
  }
  const writeBasis = `max(${formatExact(minimum)}, ${formatExact(v.upsertBatchSize)} records × ${formatExact(recordKb)} KB × ${formatExact(perKb)} WU/KB) WU per request of ${formatExact(v.upsertBatchSize)} records`;
  const initial = pricedLine(
    {
      id: `${idPrefix}.vectorDb.initialWrites`,
      label: `${label}: initial upsert`,
      quantity: constant(vectors.times(perVector)),
      quantityUnit: 'write units',
      basis: `${formatExact(vectors)} vectors, ${writeBasis}, once`,
      oneTime: ONCE,
    },
    writeUnitsRef,
  );
  if (rag.churnPerMonth.isZero()) return { oneTime: [initial], monthly: [] };
  const churn = pricedLine(
    {
      id: `${idPrefix}.vectorDb.churnWrites`,
      label: `${label}: churn upserts`,
      quantity: constant(vectors.times(rag.churnPerMonth).times(perVector)),
      quantityUnit: 'write units',
      basis: `${formatExact(vectors)} vectors × ${formatExact(rag.churnPerMonth)} churn, ${writeBasis}`,
    },
    writeUnitsRef,
  );
  return { oneTime: [initial], monthly: [churn] };
}

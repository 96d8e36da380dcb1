import { formatExact } from '../_lib/formatExact.js';
import {
  add,
  clampAtZero,
  constant,
  linear,
  minWithConstant,
  negate,
  type Piecewise,
  scale,
  sum,
} from '../_lib/piecewise.js';
import { D, type Dec, ONE, ZERO } from '../decimal.js';
import { TuneOrRagError } from '../errors.js';
import type { Per, PriceTable, PriceUnit, VectorDbPlan } from '../pricing/priceTableSchema.js';
import type { PricingRegistry } from '../pricing/registry.js';
import { billedSeconds } from '../pricing/units.js';
import type { Rag, Scenario } from '../scenario/parseScenario.js';
import { pricedLine, usdLine } from './lines.js';
import { findModel, type PriceContext, resolvePrice, SECONDS_PER, unitPrice } from './resolvePrice.js';
import { tableFor } from './tableFor.js';
import type { LineDef, PriceRef } from './types.js';

const BYTES_PER_GB = /* @__PURE__ */ new D(1_000_000_000);
const BYTES_PER_KB = /* @__PURE__ */ new D(1000);

/** Retrieval's derived sizes, shared by RAG and hybrid and shown in explanations. */
export interface RetrievalSizes {
  readonly vectors: Dec;
  readonly embeddedTokens: Dec;
  readonly storageGb: Dec;
  readonly recordKb: Dec;
}

/** What every retrieval builder reads: the scenario, its RAG part, the tables, line ids and labels. */
interface RetrievalInput {
  readonly scenario: Scenario;
  readonly rag: Rag;
  readonly registry: PricingRegistry;
  readonly idPrefix: string;
  readonly labelPrefix: string;
  /** Vendor → table date used, filled in as tables are read. */
  readonly tables: Record<string, string>;
}

/**
 * The retrieval lines of RAG (and hybrid): corpus embedding (one-time), re-embedding churn, query
 * embedding, the vector database (storage, read/write units or instance hours, fees, credits and
 * minimums) and the optional rerank.
 */
export function retrievalParts(
  scenario: Scenario,
  rag: Rag,
  registry: PricingRegistry,
  idPrefix: string,
  labelPrefix: string,
  tables: Record<string, string>,
): { lines: LineDef[]; sizes: RetrievalSizes; notes: string[]; maxRequestsPerMonth: Dec | null } {
  const input: RetrievalInput = { scenario, rag, registry, idPrefix, labelPrefix, tables };
  const embedding = embeddingLines(input);
  const vectorDb = vectorDbLines(input, embedding);
  return {
    lines: [...embedding.lines, ...vectorDb.lines, ...rerankLines(input)],
    sizes: {
      vectors: embedding.vectors,
      embeddedTokens: embedding.embeddedTokens,
      storageGb: vectorDb.storageGb,
      recordKb: vectorDb.recordKb,
    },
    notes: vectorDb.notes,
    maxRequestsPerMonth: vectorDb.maxRequestsPerMonth,
  };
}

const ONCE = { recursEveryMonths: null };

/** Embedding the corpus once, its churn every month, and every query, at the embedding model's price. */
function embeddingLines(input: RetrievalInput): {
  lines: LineDef[];
  vectors: Dec;
  embeddedTokens: Dec;
  /** The embedding model's dimensions, when its table states them. */
  modelDimensions: Dec | null;
} {
  const { scenario, rag, registry, idPrefix, labelPrefix, tables } = input;
  const PATH = input.rag.path;
  const lines: LineDef[] = [];
  const once = ONCE;
  const eTable = tableFor(registry, rag.embedding.vendor, scenario.asOf, `${PATH}.embedding.vendor`, tables);
  const eModel = findModel(eTable, rag.embedding.model, 'embedding', `${PATH}.embedding.model`);
  const eCtx: PriceContext = {
    table: eTable,
    subject: eModel.id,
    overridePath: `${PATH}.embedding.prices`,
    overrides: rag.embedding.prices,
  };
  const eRef = resolvePrice(eCtx, 'input', 'embedding.input', eModel.embedding?.input, {
    unit: 'token',
    per: '1M',
  });
  // Per-character prices are turned into per-token prices with the user's characters-per-token.
  let perToken = unitPrice(eRef);
  let eUnitNote = '';
  if (eRef.unit === 'character') {
    if (rag.embedding.charactersPerToken === null) {
      throw new TuneOrRagError(
        'unit_mismatch',
        `${eTable.name} ${eModel.id} is priced per character: pass \`${PATH}.embedding.charactersPerToken\` (about 4 for English text)`,
        { path: `${PATH}.embedding.charactersPerToken` },
      );
    }
    perToken = perToken.times(rag.embedding.charactersPerToken);
    eUnitNote = ` × ${formatExact(rag.embedding.charactersPerToken)} characters per token`;
  } else if (eRef.unit !== 'token') {
    throw new TuneOrRagError(
      'unit_mismatch',
      `${eTable.name} ${eModel.id} embedding is priced per ${eRef.unit}`,
      {
        path: `${PATH}.embedding.model`,
      },
    );
  }
  const stride = rag.chunkTokens.minus(rag.chunkOverlapTokens);
  const vectors = rag.corpusTokens.div(stride).ceil();
  const embeddedTokens = rag.corpusTokens.plus(
    vectors.isZero() ? ZERO : vectors.minus(1).times(rag.chunkOverlapTokens),
  );
  const embedLine = (
    id: string,
    label: string,
    quantity: Piecewise,
    basis: string,
    oneTime?: { recursEveryMonths: null },
  ) =>
    pricedLine(
      {
        id,
        label,
        quantity,
        quantityUnit: 'tokens',
        basis: `${basis}${eUnitNote}`,
        ...(oneTime ? { oneTime } : {}),
      },
      eRef,
      undefined,
      perToken,
    );
  lines.push(
    embedLine(
      `${idPrefix}.embedding.corpus`,
      `${labelPrefix}: embed the corpus`,
      constant(embeddedTokens),
      `${formatExact(rag.corpusTokens)} corpus tokens${rag.chunkOverlapTokens.isZero() ? '' : ` + ${formatExact(vectors.minus(1))} overlaps × ${formatExact(rag.chunkOverlapTokens)}`}, once`,
      once,
    ),
  );
  if (!rag.churnPerMonth.isZero()) {
    lines.push(
      embedLine(
        `${idPrefix}.embedding.churn`,
        `${labelPrefix}: re-embed changed documents`,
        constant(embeddedTokens.times(rag.churnPerMonth)),
        `${formatExact(embeddedTokens)} embedded tokens × ${formatExact(rag.churnPerMonth)} churn per month`,
      ),
    );
  }
  lines.push(
    embedLine(
      `${idPrefix}.embedding.queries`,
      `${labelPrefix}: embed queries`,
      linear(ZERO, rag.queryEmbeddingTokens),
      `requests/month × ${formatExact(rag.queryEmbeddingTokens)} query tokens`,
    ),
  );
  const modelDimensions = eModel.embedding?.dimensions ? new D(eModel.embedding.dimensions) : null;
  return { lines, vectors, embeddedTokens, modelDimensions };
}

/**
 * The vector database: storage (per GB or per stored dimension), read and write units, an instance
 * billed by time, the plan's fee, included credit and monthly minimum, and its limits.
 */
function vectorDbLines(
  input: RetrievalInput,
  embedded: { readonly vectors: Dec; readonly modelDimensions: Dec | null },
): { lines: LineDef[]; notes: string[]; storageGb: Dec; recordKb: Dec; maxRequestsPerMonth: Dec | null } {
  const { scenario, rag, registry, idPrefix, labelPrefix, tables } = input;
  const PATH = input.rag.path;
  const { vectors } = embedded;
  const lines: LineDef[] = [];
  const notes: string[] = [];
  const once = ONCE;
  const v = rag.vectorDb;
  const vTable = tableFor(registry, v.vendor, scenario.asOf, `${PATH}.vectorDb.vendor`, tables);
  const plan = findPlan(vTable, v.plan, rag.path);
  const dimensions = v.dimensions ?? embedded.modelDimensions ?? new D(1536);
  const bytesPerVector = dimensions.times(v.bytesPerDimension).plus(v.metadataBytesPerVector);
  const storageGb = vectors.times(bytesPerVector).div(BYTES_PER_GB);
  const recordKb = bytesPerVector.div(BYTES_PER_KB);
  const limits = plan.limits;
  let maxRequestsPerMonth: Dec | null = null;
  const overLimit = (what: string, needed: Dec, limit: string): never => {
    throw new TuneOrRagError(
      'capacity_exceeded',
      `${vTable.name} ${plan.name} allows at most ${formatExact(new D(limit))} ${what}; this corpus needs ${formatExact(needed)}: choose a plan without that limit`,
      { path: `${PATH}.vectorDb.plan` },
    );
  };
  if (limits?.storageGb !== undefined && storageGb.gt(limits.storageGb)) {
    overLimit('GB of storage', storageGb, limits.storageGb);
  }
  const sizeBasis = `${formatExact(vectors)} vectors × (${formatExact(dimensions)} dims × ${formatExact(v.bytesPerDimension)} B${v.metadataBytesPerVector.isZero() ? '' : ` + ${formatExact(v.metadataBytesPerVector)} B metadata`})`;
  const vCtx: PriceContext = {
    table: vTable,
    subject: `vectorDb:${plan.id}`,
    overridePath: `${PATH}.vectorDb.prices`,
    overrides: v.prices,
  };
  // A plan price is used when the plan has it or the user passes it (a missing one then asks for it).
  type PlanPriceKey =
    | 'storage'
    | 'dimensionStorage'
    | 'readUnits'
    | 'writeUnits'
    | 'platformFee'
    | 'includedCredit'
    | 'minimumMonthly';
  const planPrice = (key: PlanPriceKey, unit: PriceUnit, per: Per) =>
    plan[key] !== undefined || v.prices[key] !== undefined
      ? resolvePrice(vCtx, key, key, plan[key], { unit, per })
      : null;
  const usage: LineDef[] = [];
  const vLabel = `${labelPrefix}: ${vTable.name} ${plan.name}`;
  const storageRef = planPrice('storage', 'gb_month', '1');
  if (storageRef !== null) {
    const included = plan.includedStorageGb === undefined ? ZERO : new D(plan.includedStorageGb);
    const billedGb = storageGb.minus(included);
    usage.push(
      pricedLine(
        {
          id: `${idPrefix}.vectorDb.storage`,
          label: `${vLabel}: storage`,
          quantity: constant(billedGb.gt(0) ? billedGb : ZERO),
          quantityUnit: 'GB-months',
          basis: `${sizeBasis} = ${formatExact(storageGb)} GB${included.isZero() ? '' : ` − ${formatExact(included)} GB included`}`,
        },
        storageRef,
      ),
    );
  }
  const dimensionStorageRef = planPrice('dimensionStorage', 'dimension_month', '1M');
  if (dimensionStorageRef !== null) {
    usage.push(
      pricedLine(
        {
          id: `${idPrefix}.vectorDb.dimensionStorage`,
          label: `${vLabel}: stored vector dimensions`,
          quantity: constant(vectors.times(dimensions)),
          quantityUnit: 'dimension-months',
          basis: `${formatExact(vectors)} vectors × ${formatExact(dimensions)} dimensions`,
        },
        dimensionStorageRef,
      ),
    );
  }
  const m = plan.metering;
  const readUnitsRef = planPrice('readUnits', 'read_unit', '1M');
  if (readUnitsRef !== null) {
    const perGb = m ? new D(m.readUnitsPerGbPerQuery) : ONE;
    const minimum = m ? new D(m.minReadUnitsPerQuery) : ZERO;
    const perQuery = D.max(minimum, storageGb.times(perGb));
    if (limits?.readUnitsPerMonth !== undefined && perQuery.gt(0)) {
      // Reads past the monthly allowance are refused: the plan serves this many queries at most.
      maxRequestsPerMonth = new D(limits.readUnitsPerMonth).div(perQuery).floor();
      notes.push(
        `${vTable.name} ${plan.name} serves at most ${formatExact(maxRequestsPerMonth)} queries a month (${formatExact(new D(limits.readUnitsPerMonth))} read units ÷ ${formatExact(perQuery)} per query); beyond that reads are refused, not billed.`,
      );
    }
    usage.push(
      pricedLine(
        {
          id: `${idPrefix}.vectorDb.readUnits`,
          label: `${vLabel}: read units`,
          quantity: linear(ZERO, perQuery),
          quantityUnit: 'read units',
          basis: `requests/month × max(${formatExact(minimum)}, ${formatExact(storageGb)} GB × ${formatExact(perGb)} RU/GB) RU per query`,
        },
        readUnitsRef,
      ),
    );
  }
  const writeUnitsRef = planPrice('writeUnits', 'write_unit', '1M');
  if (writeUnitsRef !== null) {
    const perKb = m ? new D(m.writeUnitsPerKb) : ONE;
    const minimum = m ? new D(m.minWriteUnitsPerRequest) : ZERO;
    const perRequest = D.max(minimum, v.upsertBatchSize.times(recordKb).times(perKb));
    const perVector = perRequest.div(v.upsertBatchSize);
    if (limits?.writeUnitsPerMonth !== undefined) {
      // The first month writes the whole corpus and its churn.
      const firstMonth = vectors.times(perVector).plus(vectors.times(rag.churnPerMonth).times(perVector));
      if (firstMonth.gt(limits.writeUnitsPerMonth)) {
        overLimit('write units a month', firstMonth, limits.writeUnitsPerMonth);
      }
    }
    const writeBasis = `max(${formatExact(minimum)}, ${formatExact(v.upsertBatchSize)} records × ${formatExact(recordKb)} KB × ${formatExact(perKb)} WU/KB) WU per request of ${formatExact(v.upsertBatchSize)} records`;
    lines.push(
      pricedLine(
        {
          id: `${idPrefix}.vectorDb.initialWrites`,
          label: `${vLabel}: initial upsert`,
          quantity: constant(vectors.times(perVector)),
          quantityUnit: 'write units',
          basis: `${formatExact(vectors)} vectors, ${writeBasis}, once`,
          oneTime: once,
        },
        writeUnitsRef,
      ),
    );
    if (!rag.churnPerMonth.isZero()) {
      usage.push(
        pricedLine(
          {
            id: `${idPrefix}.vectorDb.churnWrites`,
            label: `${vLabel}: churn upserts`,
            quantity: constant(vectors.times(rag.churnPerMonth).times(perVector)),
            quantityUnit: 'write units',
            basis: `${formatExact(vectors)} vectors × ${formatExact(rag.churnPerMonth)} churn, ${writeBasis}`,
          },
          writeUnitsRef,
        ),
      );
    }
  }
  const instance = instanceLine(input, plan, vTable, vCtx, vLabel);
  if (instance !== null) usage.push(instance);
  const fixed = planFeeLines(input, vLabel, usage, planPrice);
  lines.push(...usage, ...fixed);
  if (plan.note) notes.push(`${vTable.name} ${plan.name}: ${plan.note}`);
  return { lines, notes, storageGb, recordKb, maxRequestsPerMonth };
}

/** Rerank: per search (a query with up to N documents) or per token, for every request. */
function rerankLines(input: RetrievalInput): LineDef[] {
  const { scenario, rag, registry, idPrefix, labelPrefix, tables } = input;
  const PATH = input.rag.path;
  const lines: LineDef[] = [];
  const rr = rag.rerank;
  if (rr !== null) {
    const rTable = tableFor(registry, rr.vendor, scenario.asOf, `${PATH}.rerank.vendor`, tables);
    const rModel = findModel(rTable, rr.model, 'rerank', `${PATH}.rerank.model`);
    const rCtx: PriceContext = {
      table: rTable,
      subject: rModel.id,
      overridePath: `${PATH}.rerank.prices`,
      overrides: rr.prices,
    };
    const ref = resolvePrice(rCtx, 'price', 'rerank.price', rModel.rerank?.price, {
      unit: 'search',
      per: '1K',
    });
    const docTokens = rag.chunkTokens.plus(rag.queryEmbeddingTokens);
    if (ref.unit === 'search') {
      const perDoc = rModel.rerank?.tokensPerDocument;
      const perSearch = rModel.rerank?.documentsPerSearch;
      const piecesPerDoc = perDoc === undefined ? ONE : docTokens.div(perDoc).ceil();
      const documents = rr.candidates.times(piecesPerDoc);
      const searches = perSearch === undefined ? ONE : documents.div(perSearch).ceil();
      lines.push(
        pricedLine(
          {
            id: `${idPrefix}.rerank`,
            label: `${labelPrefix}: rerank (${rModel.id})`,
            quantity: linear(ZERO, searches),
            quantityUnit: 'searches',
            basis: `requests/month × ⌈${formatExact(rr.candidates)} candidates${perDoc === undefined ? '' : ` × ⌈(${formatExact(rag.chunkTokens)} chunk + ${formatExact(rag.queryEmbeddingTokens)} query) ÷ ${perDoc} tokens⌉`}${perSearch === undefined ? '' : ` ÷ ${perSearch} documents per search`}⌉ searches`,
          },
          ref,
        ),
      );
    } else if (ref.unit === 'token') {
      lines.push(
        pricedLine(
          {
            id: `${idPrefix}.rerank`,
            label: `${labelPrefix}: rerank (${rModel.id})`,
            quantity: linear(ZERO, rr.candidates.times(docTokens)),
            quantityUnit: 'tokens',
            basis: `requests/month × ${formatExact(rr.candidates)} candidates × (${formatExact(rag.chunkTokens)} chunk + ${formatExact(rag.queryEmbeddingTokens)} query) tokens`,
          },
          ref,
        ),
      );
    } else {
      throw new TuneOrRagError(
        'unit_mismatch',
        `${rTable.name} ${rModel.id} rerank must be priced per search or per token`,
        {
          path: `${PATH}.rerank.model`,
        },
      );
    }
  }
  return lines;
}

function findPlan(table: PriceTable, id: string, PATH: string): VectorDbPlan {
  const plans = table.vectorDb ?? [];
  const plan = plans.find((p) => p.id === id);
  if (plan === undefined) {
    throw new TuneOrRagError(
      'unknown_model',
      plans.length === 0
        ? `${table.name} has no vector-database plans`
        : `${table.name} has no plan "${id}"; plans: ${plans.map((p) => p.id).join(', ')}`,
      { path: `${PATH}.vectorDb.plan` },
    );
  }
  return plan;
}

/** A pgvector host's instance, billed for every hour of the month in its billing increment. */
function instanceLine(
  input: RetrievalInput,
  plan: VectorDbPlan,
  vTable: PriceTable,
  vCtx: PriceContext,
  vLabel: string,
): LineDef | null {
  const { scenario, rag, idPrefix } = input;
  const PATH = input.rag.path;
  const v = rag.vectorDb;
  if (plan.instances === undefined || plan.instances.length === 0) return null;
  const id = v.instance;
  const instance = id === null ? undefined : plan.instances.find((i) => i.id === id);
  if (instance === undefined) {
    throw new TuneOrRagError(
      'invalid_input',
      `${vTable.name} ${plan.name} runs on an instance: set \`${PATH}.vectorDb.instance\` to one of ${plan.instances.map((i) => i.id).join(', ')}`,
      { path: `${PATH}.vectorDb.instance` },
    );
  }
  const ref = resolvePrice(vCtx, 'instance', `instances.${instance.id}.price`, instance.price, {
    unit: 'hour',
    per: '1',
  });
  const seconds = scenario.hoursPerMonth.times(3600);
  const billed = billedSeconds(seconds, ref.billingIncrementSeconds);
  const perUnit = SECONDS_PER[ref.unit];
  if (perUnit === undefined) {
    throw new TuneOrRagError(
      'unit_mismatch',
      `${vTable.name} instance ${instance.id} must be priced per unit of time`,
      {
        path: `${PATH}.vectorDb.instance`,
      },
    );
  }
  return pricedLine(
    {
      id: `${idPrefix}.vectorDb.instance`,
      label: `${vLabel}: ${instance.name} instance`,
      quantity: constant(billed.div(perUnit)),
      quantityUnit: `${ref.unit}s`,
      basis: `${formatExact(scenario.hoursPerMonth)} hours a month, always on`,
    },
    ref,
  );
}

/** The plan's flat fee, its included usage credit and the top-up to its monthly minimum. */
function planFeeLines(
  input: RetrievalInput,
  vLabel: string,
  usage: readonly LineDef[],
  planPrice: (
    key: 'platformFee' | 'includedCredit' | 'minimumMonthly',
    unit: PriceUnit,
    per: Per,
  ) => PriceRef | null,
): LineDef[] {
  const { idPrefix } = input;
  const fixed: LineDef[] = [];
  const platformFeeRef = planPrice('platformFee', 'month', '1');
  if (platformFeeRef !== null) {
    fixed.push(
      pricedLine(
        {
          id: `${idPrefix}.vectorDb.platformFee`,
          label: `${vLabel}: plan fee`,
          quantity: constant(ONE),
          quantityUnit: 'months',
          basis: 'one month',
        },
        platformFeeRef,
      ),
    );
  }
  const usageAmount = sum(usage.map((line) => scale(line.quantity, line.unitPrice)));
  const includedCreditRef = planPrice('includedCredit', 'month', '1');
  if (includedCreditRef !== null) {
    const credit = unitPrice(includedCreditRef);
    // The credit offsets usage up to its amount: −min(credit, usage).
    fixed.push(
      usdLine(
        {
          id: `${idPrefix}.vectorDb.credit`,
          label: `${vLabel}: included usage credit`,
          quantity: negate(minWithConstant(usageAmount, credit)),
          quantityUnit: 'USD',
          basis: `−min($${formatExact(credit)} credit, usage)`,
        },
        includedCreditRef,
      ),
    );
  }
  const minimumMonthlyRef = planPrice('minimumMonthly', 'month', '1');
  if (minimumMonthlyRef !== null) {
    const minimum = unitPrice(minimumMonthlyRef);
    fixed.push(
      usdLine(
        {
          id: `${idPrefix}.vectorDb.minimumTopUp`,
          label: `${vLabel}: top-up to the monthly minimum`,
          quantity: clampAtZero(add(constant(minimum), negate(usageAmount))),
          quantityUnit: 'USD',
          basis: `max(0, $${formatExact(minimum)} minimum − usage)`,
        },
        minimumMonthlyRef,
      ),
    );
  }
  return fixed;
}

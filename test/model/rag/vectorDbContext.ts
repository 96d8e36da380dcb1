import { D } from '../../../src/decimal.js';
import type { RetrievalContext, VectorDbContext } from '../../../src/model/rag/retrievalContext.js';
import { resolvePrice } from '../../../src/model/resolvePrice.js';
import type { VectorDbPlan } from '../../../src/pricing/priceTableSchema.js';
import { testVectors } from '../../helpers/testTables.js';
import { ragContext } from './ragContext.js';

/**
 * A vector-database context for the plan builders, with the sizes given (worked out by hand in the
 * tests, not by the code under test): `plan` in the test-vectors table, its prices looked up as the
 * builder does (the plan's entry or the user's override, else none).
 */
export function vdbContext(
  plan: VectorDbPlan,
  sizes: { vectors: string; dimensions: string; storageGb: string; recordKb: string },
  retrieval: RetrievalContext = ragContext(),
): VectorDbContext {
  const table = { ...testVectors, vectorDb: [plan] };
  const overrides = retrieval.rag.vectorDb.prices;
  const prices = {
    table,
    subject: `vectorDb:${plan.id}`,
    overridePath: `${retrieval.rag.path}.vectorDb.prices`,
    overrides,
  };
  return {
    retrieval,
    table,
    plan,
    prices,
    label: `RAG: Test Vectors ${plan.name}`,
    vectors: new D(sizes.vectors),
    dimensions: new D(sizes.dimensions),
    storageGb: new D(sizes.storageGb),
    recordKb: new D(sizes.recordKb),
    planPrice: (key, unit, per) =>
      plan[key] !== undefined || overrides[key] !== undefined
        ? resolvePrice(prices, key, key, plan[key], { unit, per })
        : null,
  };
}

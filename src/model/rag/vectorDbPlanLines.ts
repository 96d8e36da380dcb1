import { formatExact } from '../../_lib/formatExact.js';
import { add, clampAtZero, constant, minWithConstant, negate, scale, sum } from '../../_lib/piecewise.js';
import { ONE } from '../../decimal.js';
import { TuneOrRagError } from '../../errors.js';
import { billedSeconds } from '../../pricing/units.js';
import { pricedLine, usdLine } from '../lines.js';
import { resolvePrice, SECONDS_PER, unitPrice } from '../resolvePrice.js';
import type { LineDef } from '../types.js';
import type { VectorDbContext } from './retrievalContext.js';

/** A pgvector host's instance, billed for every hour of the month in its billing increment. */
export function instanceLines(vdb: VectorDbContext): LineDef[] {
  const { retrieval, table, plan, prices, label } = vdb;
  const { scenario, rag, idPrefix } = retrieval;
  if (plan.instances === undefined || plan.instances.length === 0) return [];
  const id = rag.vectorDb.instance;
  const instance = id === null ? undefined : plan.instances.find((i) => i.id === id);
  if (instance === undefined) {
    throw new TuneOrRagError(
      'invalid_input',
      `${table.name} ${plan.name} runs on an instance: set \`${vdb.retrieval.rag.path}.vectorDb.instance\` to one of ${plan.instances.map((i) => i.id).join(', ')}`,
      { path: `${vdb.retrieval.rag.path}.vectorDb.instance` },
    );
  }
  const ref = resolvePrice(prices, 'instance', `instances.${instance.id}.price`, instance.price, {
    unit: 'hour',
    per: '1',
  });
  const seconds = scenario.hoursPerMonth.times(3600);
  const billed = billedSeconds(seconds, ref.billingIncrementSeconds);
  const perUnit = SECONDS_PER[ref.unit];
  if (perUnit === undefined) {
    throw new TuneOrRagError(
      'unit_mismatch',
      `${table.name} instance ${instance.id} must be priced per unit of time`,
      {
        path: `${vdb.retrieval.rag.path}.vectorDb.instance`,
      },
    );
  }
  const line = pricedLine(
    {
      id: `${idPrefix}.vectorDb.instance`,
      label: `${label}: ${instance.name} instance`,
      quantity: constant(billed.div(perUnit)),
      quantityUnit: `${ref.unit}s`,
      basis: `${formatExact(scenario.hoursPerMonth)} hours a month, always on`,
    },
    ref,
  );
  return [line];
}

/**
 * The plan's flat fee, its included usage credit (−min(credit, usage)) and the top-up to its monthly
 * minimum (max(0, minimum − usage)), where usage is the sum of the `usage` lines' amounts.
 */
export function planFeeLines(vdb: VectorDbContext, usage: readonly LineDef[]): LineDef[] {
  const { label } = vdb;
  const { idPrefix } = vdb.retrieval;
  const fixed: LineDef[] = [];
  const platformFeeRef = vdb.planPrice('platformFee', 'month', '1');
  if (platformFeeRef !== null) {
    fixed.push(
      pricedLine(
        {
          id: `${idPrefix}.vectorDb.platformFee`,
          label: `${label}: plan fee`,
          quantity: constant(ONE),
          quantityUnit: 'months',
          basis: 'one month',
        },
        platformFeeRef,
      ),
    );
  }
  const usageAmount = sum(usage.map((line) => scale(line.quantity, line.unitPrice)));
  const includedCreditRef = vdb.planPrice('includedCredit', 'month', '1');
  if (includedCreditRef !== null) {
    const credit = unitPrice(includedCreditRef);
    fixed.push(
      usdLine(
        {
          id: `${idPrefix}.vectorDb.credit`,
          label: `${label}: included usage credit`,
          quantity: negate(minWithConstant(usageAmount, credit)),
          quantityUnit: 'USD',
          basis: `−min($${formatExact(credit)} credit, usage)`,
        },
        includedCreditRef,
      ),
    );
  }
  const minimumMonthlyRef = vdb.planPrice('minimumMonthly', 'month', '1');
  if (minimumMonthlyRef !== null) {
    const minimum = unitPrice(minimumMonthlyRef);
    fixed.push(
      usdLine(
        {
          id: `${idPrefix}.vectorDb.minimumTopUp`,
          label: `${label}: top-up to the monthly minimum`,
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

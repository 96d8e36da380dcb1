import { evaluate } from '../_lib/piecewise.js';
import { D, type Dec, ZERO } from '../decimal.js';
import { TuneOrRagError } from '../errors.js';
import { amortisationMonths } from '../kinds/buildStrategyModels.js';
import type { CandidateId, LineTiming, PriceRef, StrategyModel, TokenBuckets } from '../model/types.js';
import type { Scenario } from '../scenario/parseScenario.js';

/** One line item at a volume: where every cent came from. */
export interface LineItem {
  readonly id: string;
  readonly label: string;
  readonly timing: LineTiming;
  /** One-time lines: recurs every N months (re-training), or null for once. */
  readonly recursEveryMonths: number | null;
  /** Quantity per month (per occurrence for one-time lines). */
  readonly quantity: Dec;
  readonly quantityUnit: string;
  /** USD per quantity unit. */
  readonly unitPrice: Dec;
  readonly priceLabel: string;
  /** quantity × unitPrice: per month, or per occurrence for one-time lines. */
  readonly amount: Dec;
  /** The amount in the monthly view: one-time amounts spread over their period (or the horizon). */
  readonly monthlyAmount: Dec;
  readonly price: PriceRef | null;
  readonly basis: string;
}

/** A strategy's cost at one volume. */
export interface StrategyCost {
  readonly strategy: CandidateId;
  readonly label: string;
  /** recurring + amortised one-time, USD per month. */
  readonly monthlyTotal: Dec;
  readonly recurringMonthly: Dec;
  readonly amortisedOneTimeMonthly: Dec;
  /** Sum of one-time amounts per occurrence (first month), USD. */
  readonly oneTimeTotal: Dec;
  readonly lines: readonly LineItem[];
  /** Inference tokens billed per month, by bucket. */
  readonly billedTokensPerMonth: TokenBuckets;
  readonly tables: Readonly<Record<string, string>>;
  readonly notes: readonly string[];
  readonly maxRequestsPerMonth: Dec | null;
}

/** @throws `capacity_exceeded` when the volume is above the strategy's capacity ceiling. */
export function checkCapacity(model: StrategyModel, requests: Dec, month?: number): void {
  if (model.maxRequestsPerMonth !== null && requests.gt(model.maxRequestsPerMonth)) {
    // RAG's ceiling is its vector-DB plan's read allowance; a tuned model's, its capacity.
    const byPlan = model.kind === 'rag';
    const path = byPlan
      ? `${model.path}.vectorDb.plan`
      : `${model.fineTunePath ?? model.path}.serving.autoscale.maxCopies`;
    const fix = byPlan
      ? 'choose a plan without a read limit'
      : 'add copies (serving.copies or autoscale.maxCopies)';
    throw new TuneOrRagError(
      'capacity_exceeded',
      `${model.label} serves at most ${model.maxRequestsPerMonth.toFixed()} requests/month with its capacity; ${fix} or lower the volume (${requests.toDecimalPlaces(2, D.ROUND_UP).toFixed()}${month === undefined ? '' : ` in month ${month}`})`,
      { path },
    );
  }
}

/** Evaluates every line item of a strategy at `requests` per month. */
export function evaluateStrategy(model: StrategyModel, scenario: Scenario, requests: Dec): StrategyCost {
  checkCapacity(model, requests);
  let recurring = ZERO;
  let amortised = ZERO;
  let oneTime = ZERO;
  const lines: LineItem[] = model.lines.map((line) => {
    const quantity = evaluate(line.quantity, requests);
    const amount = quantity.times(line.unitPrice);
    let monthlyAmount = amount;
    if (line.timing === 'one_time') {
      monthlyAmount = amount.div(amortisationMonths(line, scenario));
      amortised = amortised.plus(monthlyAmount);
      oneTime = oneTime.plus(amount);
    } else {
      recurring = recurring.plus(amount);
    }
    return {
      id: line.id,
      label: line.label,
      timing: line.timing,
      recursEveryMonths: line.recursEveryMonths,
      quantity,
      quantityUnit: line.quantityUnit,
      unitPrice: line.unitPrice,
      priceLabel: line.priceLabel,
      amount,
      monthlyAmount,
      price: line.price,
      basis: line.basis,
    };
  });
  const t = model.tokensPerRequest;
  return {
    strategy: model.id,
    label: model.label,
    monthlyTotal: recurring.plus(amortised),
    recurringMonthly: recurring,
    amortisedOneTimeMonthly: amortised,
    oneTimeTotal: oneTime,
    lines,
    billedTokensPerMonth: {
      input: t.input.times(requests),
      cachedInput: t.cachedInput.times(requests),
      cacheWrite: t.cacheWrite.times(requests),
      output: t.output.times(requests),
    },
    tables: model.tables,
    notes: model.notes,
    maxRequestsPerMonth: model.maxRequestsPerMonth,
  };
}

import { constant, linear, type Piecewise, scale, sum } from '../../src/_lib/piecewise.js';
import { D, type Dec, ZERO } from '../../src/decimal.js';
import type { CandidateId, LineDef, PriceRef, StrategyModel } from '../../src/model/types.js';
import { modelOf } from './strategyModel.js';

/** A line of `unitPrice` USD per unit, `quantity` units (a number: constant; [a, b]: a + b R). */
export function lineOf(
  id: string,
  quantity: number | string | readonly [number | string, number | string] | Piecewise,
  unitPrice: number | string,
  options: { oneTime?: number | null; price?: PriceRef | null; unit?: string } = {},
): LineDef {
  const q: Piecewise =
    typeof quantity === 'object' && 'starts' in quantity
      ? quantity
      : Array.isArray(quantity)
        ? linear(new D(quantity[0]), new D(quantity[1]))
        : constant(new D(quantity as number | string));
  const oneTime = options.oneTime !== undefined;
  const slope = q.slopes.some((s) => !s.isZero());
  return {
    id,
    label: id,
    timing: oneTime ? 'one_time' : slope ? 'per_volume' : 'monthly_fixed',
    recursEveryMonths: options.oneTime ?? null,
    quantity: q,
    quantityUnit: options.unit ?? 'units',
    unitPrice: new D(unitPrice),
    priceLabel: `$${unitPrice} per unit`,
    price: options.price ?? null,
    basis: id,
  };
}

/**
 * A strategy model made of `lines`, its `recurring` the sum of the monthly lines and `monthly` that
 * plus each one-time line spread over its period (or `horizonMonths`), as the model builder does.
 */
export function modelWithLines(
  id: CandidateId,
  lines: readonly LineDef[],
  options: {
    horizonMonths?: number;
    max?: Dec | string | null;
    tokensPerRequest?: Partial<Record<'input' | 'cachedInput' | 'cacheWrite' | 'output', number>>;
  } = {},
): StrategyModel {
  const horizon = options.horizonMonths ?? 12;
  const amount = (l: LineDef) => scale(l.quantity, l.unitPrice);
  const recurring = sum([constant(ZERO), ...lines.filter((l) => l.timing !== 'one_time').map(amount)]);
  const monthly = sum([
    recurring,
    ...lines
      .filter((l) => l.timing === 'one_time')
      .map((l) => scale(amount(l), new D(1).div(l.recursEveryMonths ?? horizon))),
  ]);
  const t = options.tokensPerRequest ?? {};
  return {
    ...modelOf(id, monthly, options.max ?? null),
    lines,
    recurring,
    tokensPerRequest: {
      input: new D(t.input ?? 0),
      cachedInput: new D(t.cachedInput ?? 0),
      cacheWrite: new D(t.cacheWrite ?? 0),
      output: new D(t.output ?? 0),
    },
  };
}

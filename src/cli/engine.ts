import { type Currency, parseCurrency } from '../_lib/currency.js';
import type { CalculationOptions } from '../calculate.js';
import * as lib from '../index.js';
import type { ScenarioInput } from '../scenario/scenarioSchema.js';
import { currencyOption } from './currencyOption.js';
import { type LoadedPricing, loadPricing } from './loadPriceTables.js';
import { parseWholeFlag } from './parseWholeFlag.js';

/** The options every scenario command takes beside the scenario: `--prices`, `--stale-after`. */
export interface EngineOptions {
  readonly prices?: readonly string[];
  readonly staleAfter?: string;
  /** `--currency CODE --fx-rate R --fx-date D`: show amounts in CODE (see cli/currencyOption.ts). */
  readonly currency?: string;
  readonly fxRate?: string;
  readonly fxDate?: string;
}

let active: CalculationOptions = {};
let pricing: LoadedPricing | null = null;

/** Reads `--prices` and `--stale-after` once per command; every calculation below uses them. */
export function configureEngine(opts: EngineOptions): LoadedPricing {
  const staleAfterMonths =
    opts.staleAfter === undefined
      ? undefined
      : parseWholeFlag(opts.staleAfter, '--stale-after', { min: 1, max: 120, unit: 'months' });
  pricing = loadPricing(opts.prices);
  const currency = currencyOption(opts);
  active = {
    pricing: pricing.registry,
    ...(staleAfterMonths === undefined ? {} : { staleAfterMonths }),
    ...(currency === undefined ? {} : { currency }),
  };
  return pricing;
}

/** The options every calculation of the current command runs with (tables, staleness, currency). */
export function engineOptions(): CalculationOptions {
  return active;
}

/** The tables of the current command (bundled, plus `--prices`). */
export function currentPricing(): LoadedPricing {
  pricing ??= loadPricing(undefined);
  return pricing;
}

export const compare: typeof lib.compare = (s, o) => lib.compare(s, { ...active, ...o });
export const breakeven: typeof lib.breakeven = (s, o) => lib.breakeven(s, { ...active, ...o });
export const curve: typeof lib.curve = (s, o) => lib.curve(s, { ...active, ...o });
export const horizon: typeof lib.horizon = (s, o) => lib.horizon(s, { ...active, ...o });
export const recommend: typeof lib.recommend = (s, o) => lib.recommend(s, { ...active, ...o });
export const simulate: typeof lib.simulate = (s, o) => lib.simulate(s, { ...active, ...o });
export const sensitivity: typeof lib.sensitivity = (s, o) => lib.sensitivity(s, { ...active, ...o });
export const projectCharges: typeof lib.projectCharges = (s, o) => lib.projectCharges(s, { ...active, ...o });

/** The currency a scenario's amounts are shown in: `--currency`, else the scenario's `currency`, else USD. */
export function currencyFor(scenario: ScenarioInput): Currency {
  return parseCurrency(active.currency ?? scenario.currency, active.currency ? '--currency' : 'currency');
}

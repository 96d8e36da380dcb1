import * as z from 'zod/mini';
import { collectMissingPrices } from './_lib/collectMissingPrices.js';
import { convertAmounts } from './_lib/convertAmounts.js';
import { type Currency, type CurrencyInput, parseCurrency } from './_lib/currency.js';
import { didYouMeanText } from './_lib/didYouMean.js';
import { toPlainInput } from './_lib/plainInput.js';
import { errorFromZod } from './_lib/zodIssues.js';
import { type CheapestEnvelope, cheapestEnvelope } from './analysis/cheapestEnvelope.js';
import { type CurvePoint, computeCurve, logSpacedVolumes } from './analysis/computeCurve.js';
import { computeHorizon, type HorizonResult } from './analysis/computeHorizon.js';
import { evaluateStrategy, type StrategyCost } from './analysis/evaluateStrategy.js';
import { type BreakevenResult, findBreakeven } from './analysis/findBreakeven.js';
import { lifecycleRoutes } from './analysis/lifecycleRoutes.js';
import { type MultipleResult, multipleOf } from './analysis/multipleOf.js';
import { D, type Dec } from './decimal.js';
import { type SafeResult, TuneOrRagError, toSafe } from './errors.js';
import { buildStrategyModels, type ClosedStrategy } from './kinds/buildStrategyModels.js';
import { closedError, closingEvent } from './model/routeLifecycle.js';
import type { CandidateId, StrategyId, StrategyModel } from './model/types.js';
import { checkRegistry } from './pricing/checkRegistry.js';
import { addMonths, daysBetween, todayUtc } from './pricing/lifecycleDates.js';
import type { PricingRegistry } from './pricing/registry.js';
import { parseScenario, type Scenario } from './scenario/parseScenario.js';
import { countSchema, positiveCountSchema } from './scenario/scenarioSchema.js';
import { STRATEGY_IDS, strategyIdOfName, strategyKind } from './strategyKinds.js';

/** Options every calculation takes. */
export interface CalculationOptions {
  /** The price tables to use. The main entry defaults to the bundled tables; `tune-or-rag/core` needs it. */
  readonly pricing?: PricingRegistry;
  /** Evaluate at this monthly volume instead of the scenario's `workload.requestsPerMonth`. */
  readonly requestsPerMonth?: number | string;
  /**
   * Warn when a table used was last verified (its newest source `readOn`) this many months or more
   * before the evaluation date. Default 6.
   */
  readonly staleAfterMonths?: number;
  /**
   * Show every amount in another currency: `{ code: 'EUR', rate: '0.92', date: '2026-11-30' }`, units
   * of `code` per 1 USD on that day, your figure (nothing is fetched). Every amount is multiplied by
   * the rate once, exactly; quoted prices (`PriceRef.usd`) stay in USD. Default: the scenario's
   * `currency`, else USD.
   */
  readonly currency?: CurrencyInput;
}

/** A price table a result used, with its age on the evaluation date. */
export interface TableUsed {
  readonly vendor: string;
  readonly name: string;
  /** The table's effective date (its version). */
  readonly effectiveDate: string;
  /** The newest date on which one of its sources was read: when it was last checked. */
  readonly verifiedOn: string;
  /** Whole days from `effectiveDate` to the evaluation date. */
  readonly ageDays: number;
  /** Whole days from `verifiedOn` to the evaluation date (0 when verified after it). */
  readonly daysSinceVerified: number;
  readonly stale: boolean;
}

/** Something the reader should know before trusting a number; every report prints these. */
export interface RunWarning {
  readonly code:
    | 'stale_table'
    | 'promotional_price'
    | 'route_closes_within_horizon'
    | 'assumed_account_standing'
    | 'route_closed';
  readonly message: string;
  readonly vendor?: string;
  /** The candidate it concerns. */
  readonly strategy?: CandidateId;
  readonly date?: string;
}

/** A strategy that cannot be bought on the evaluation date, with the typed reason. */
export interface UnavailableStrategy {
  /** The candidate's name. */
  readonly strategy: CandidateId;
  readonly label: string;
  /** `offering_ended` or `offering_not_yet_available`, naming the offering, date and successor. */
  readonly error: TuneOrRagError;
}

/** One candidate of the scenario, as reports name it. */
export interface CandidateInfo {
  /** Its name: the kind's id in the `strategies` form (`fineTune`), else as written (`openai-sft`). */
  readonly id: CandidateId;
  readonly kind: StrategyId;
  readonly label: string;
  /** For narrow columns: the kind's short label in the `strategies` form, else the label. */
  readonly shortLabel: string;
}

/** What every result says about its inputs, so a saved run can be traced. */
export interface RunInfo {
  readonly scenarioName: string;
  readonly asOf: string | null;
  readonly requestsPerMonth: Dec;
  /** The volume in the unit it was given (`requestsPerDay: 1000`); `requestsPerMonth` is derived from it. */
  readonly volume: {
    readonly unit: 'requestsPerMonth' | 'requestsPerDay' | 'tokensPerMonth';
    readonly value: Dec;
  };
  /** instruction + input + output tokens of one request: the unit of the token breakeven. */
  readonly workloadTokensPerRequest: Dec;
  readonly workloadTokensPerMonth: Dec;
  readonly hoursPerMonth: Dec;
  readonly horizonMonths: number;
  readonly pricingDataVersion: string;
  readonly pricingContentHash: string;
  /** Vendor → effective date of the table used. */
  readonly tables: Readonly<Record<string, string>>;
  /** The date routes and table ages are judged at: `asOf`, or the day the run was made. */
  readonly evaluatedOn: string;
  /** Each table used, with its age. */
  readonly tableAges: readonly TableUsed[];
  /** Every candidate of the scenario in order, priced or not: the order and names reports use. */
  readonly candidates: readonly CandidateInfo[];
  /** Strategies whose routes cannot be bought on `evaluatedOn`: they have no costs in the result. */
  readonly unavailable: readonly UnavailableStrategy[];
  readonly warnings: readonly RunWarning[];
  /** The currency amounts are in: USD, or the user's code with its rate, date and source. */
  readonly currency: Currency;
}

/** The result of {@link compare}. */
export interface CompareResult {
  readonly run: RunInfo;
  readonly strategies: readonly StrategyCost[];
  /** The candidate with the lowest monthly total at this volume (first in order on a tie). */
  readonly cheapest: CandidateId;
  /** Every candidate by monthly total at this volume, cheapest first (scenario order on a tie). */
  readonly ranking: readonly CandidateId[];
  /** Which candidate is cheapest at which volume, from 0 up, with exact boundaries. */
  readonly envelope: CheapestEnvelope;
  /** Breakevens for every pair of candidates, in the scenario's order (fine-tune, RAG, prompt-only, hybrid…). */
  readonly breakevens: readonly BreakevenResult[];
  /** Multiples for every pair at this volume. */
  readonly multiples: readonly MultipleResult[];
  /** Conventions and assumptions behind the numbers, to show next to them. */
  readonly assumptions: readonly string[];
}

/** A parsed, priced scenario: what every calculation starts from. @internal */
export interface Prepared {
  readonly scenario: Scenario;
  readonly models: readonly StrategyModel[];
  readonly registry: PricingRegistry;
  readonly requests: Dec;
  /** The volume as given: the scenario's field, or `options.requestsPerMonth`. */
  readonly volume: RunInfo['volume'];
  readonly evaluatedOn: string;
  readonly unavailable: readonly UnavailableStrategy[];
  readonly staleAfterMonths: number;
  readonly currency: Currency;
}

/** `options.pricing`: a registry (see `checkRegistry`), so `{ pricing: {} }` is our error. */
function requireRegistry(value: unknown): PricingRegistry {
  if (value === undefined) {
    throw new TuneOrRagError(
      'invalid_input',
      'no price tables: pass `options.pricing` (createPricingRegistry or getBundledPricing from "tune-or-rag/pricing"), or import from "tune-or-rag", which bundles them',
      { path: 'options.pricing' },
    );
  }
  return checkRegistry(value, 'options.pricing');
}

/** The options a calculation reads, copied once: a getter or proxy is read here, guarded, and only here. */
export interface ReadOptions {
  readonly pricing?: unknown;
  readonly requestsPerMonth?: unknown;
  readonly between?: unknown;
  readonly volumes?: unknown;
  readonly range?: unknown;
  readonly months?: unknown;
  readonly staleAfterMonths?: unknown;
  readonly currency?: unknown;
}

const OPTION_KEYS = [
  'pricing',
  'requestsPerMonth',
  'between',
  'volumes',
  'range',
  'months',
  'staleAfterMonths',
  'currency',
] as const;

/**
 * One option, read once and guarded: a getter or proxy trap that throws is the caller's input
 * error at `options.<key>`, not a crash. `undefined` when `options` is not an object.
 * @internal
 */
export function readOptionKey(options: unknown, key: string): unknown {
  if (options === undefined || options === null || typeof options !== 'object') return undefined;
  try {
    return (options as Record<string, unknown>)[key];
  } catch (error) {
    throw new TuneOrRagError('invalid_input', 'reading this option threw an error; pass plain data', {
      path: `options.${key}`,
      cause: error,
    });
  }
}

/** Reads the options a calculation takes (see {@link ReadOptions}); internal, not exported by the entries. */
export function readOptions(options: unknown): ReadOptions {
  if (options === undefined) return {};
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new TuneOrRagError('invalid_input', 'expected an options object or nothing', { path: 'options' });
  }
  const out: Record<string, unknown> = {};
  for (const key of OPTION_KEYS) {
    const value = readOptionKey(options, key);
    // The registry is kept by reference (it holds Maps); everything else is copied to plain data.
    out[key] = key === 'pricing' ? value : toPlainInput(value, `options.${key}`);
  }
  return out;
}

function parseCount(
  value: unknown,
  path: string,
  schema: typeof countSchema | typeof positiveCountSchema = countSchema,
): Dec {
  const parsed = z.safeParse(schema, value, { reportInput: true });
  if (!parsed.success) throw errorFromZod('invalid_input', parsed.error.issues, 'invalid option', path);
  return new D(String(parsed.data));
}

function staleAfterOf(options: ReadOptions): number {
  const value = options.staleAfterMonths;
  if (value === undefined) return 6;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 120) {
    throw new TuneOrRagError('invalid_input', 'expected a whole number of months from 1 to 120', {
      path: 'options.staleAfterMonths',
    });
  }
  return value;
}

/** Parses the scenario and builds every strategy model once. @internal */
export function prepare(input: unknown, options: ReadOptions): Prepared {
  const registry = requireRegistry(options.pricing);
  const staleAfterMonths = staleAfterOf(options);
  // Every missing price of the scenario in one error, not one per run.
  const { scenario, built, closed } = collectMissingPrices(input, (attempt) => {
    const parsed = parseScenario(attempt);
    const closedRoutes: ClosedStrategy[] = [];
    return {
      scenario: parsed,
      built: buildStrategyModels(parsed, registry, closedRoutes),
      closed: closedRoutes,
    };
  });
  const evaluatedOn = scenario.asOf ?? todayUtc();
  const models: StrategyModel[] = [];
  const unavailable: UnavailableStrategy[] = closed.map((c) => ({
    strategy: c.id,
    label: c.label,
    error: c.error,
  }));
  for (const model of built) {
    const event = closingEvent(model.events, evaluatedOn, model.trains);
    if (event === null) models.push(model);
    else unavailable.push({ strategy: model.id, label: model.label, error: closedError(event, evaluatedOn) });
  }
  // A candidate that builds on others (hybrid) closes with any of them.
  for (let i = models.length - 1; i >= 0; i--) {
    const candidate = scenario.candidates.find((c) => c.name === models[i]!.id)!;
    const uses: readonly string[] = Object.values(candidate.uses);
    const blocker = unavailable.find((u) => uses.includes(u.strategy));
    if (blocker === undefined) continue;
    const [model] = models.splice(i, 1);
    unavailable.push({ strategy: model!.id, label: model!.label, error: blocker.error });
  }
  const order = scenario.candidates.map((c) => c.name);
  unavailable.sort((a, b) => order.indexOf(a.strategy) - order.indexOf(b.strategy));
  if (models.length === 0) throw unavailable[0]!.error;
  const requests =
    options.requestsPerMonth === undefined
      ? scenario.workload.requestsPerMonth
      : parseCount(options.requestsPerMonth, 'options.requestsPerMonth');
  const currency =
    options.currency === undefined
      ? parseCurrency(scenario.currency ?? undefined, 'currency')
      : parseCurrency(options.currency, 'options.currency');
  const volume: RunInfo['volume'] =
    options.requestsPerMonth === undefined
      ? scenario.workload.volume
      : { unit: 'requestsPerMonth', value: requests };
  return {
    scenario,
    models,
    registry,
    requests,
    volume,
    evaluatedOn,
    unavailable,
    staleAfterMonths,
    currency,
  };
}

/** @internal */
export function runInfo(p: Prepared): RunInfo {
  const tables: Record<string, string> = {};
  for (const model of p.models) Object.assign(tables, model.tables);
  const sorted = Object.fromEntries(Object.entries(tables).sort(([a], [b]) => (a < b ? -1 : 1)));
  const perRequest = p.scenario.workload.tokensPerRequest;
  const tableAges = tablesUsed(p, sorted);
  return {
    scenarioName: p.scenario.name,
    asOf: p.scenario.asOf,
    requestsPerMonth: p.requests,
    volume: p.volume,
    workloadTokensPerRequest: perRequest,
    workloadTokensPerMonth: p.requests.times(perRequest),
    hoursPerMonth: p.scenario.hoursPerMonth,
    horizonMonths: p.scenario.horizonMonths,
    pricingDataVersion: p.registry.dataVersion,
    pricingContentHash: p.registry.contentHash,
    tables: sorted,
    evaluatedOn: p.evaluatedOn,
    tableAges,
    candidates: p.scenario.candidates.map((c) => ({
      id: c.name,
      kind: c.kind,
      label: c.label,
      shortLabel: c.path === `strategies.${c.kind}` ? strategyKind(c.kind).shortLabel : c.label,
    })),
    unavailable: p.unavailable,
    warnings: warningsOf(p, tableAges),
    currency: p.currency,
  };
}

function tablesUsed(p: Prepared, tables: Readonly<Record<string, string>>): TableUsed[] {
  return Object.entries(tables).map(([vendor, effectiveDate]) => {
    const table = p.registry.vendors.get(vendor)?.find((t) => t.effectiveDate === effectiveDate);
    let verifiedOn = effectiveDate;
    for (const source of Object.values(table?.sources ?? {})) {
      if (source.readOn > verifiedOn) verifiedOn = source.readOn;
    }
    return {
      vendor,
      name: table?.name ?? vendor,
      effectiveDate,
      verifiedOn,
      ageDays: Math.max(0, daysBetween(effectiveDate, p.evaluatedOn)),
      daysSinceVerified: Math.max(0, daysBetween(verifiedOn, p.evaluatedOn)),
      stale: addMonths(verifiedOn, p.staleAfterMonths) <= p.evaluatedOn,
    };
  });
}

function warningsOf(p: Prepared, tables: readonly TableUsed[]): RunWarning[] {
  const out: RunWarning[] = [];
  for (const u of p.unavailable) {
    out.push({
      code: 'route_closed',
      message: `${u.label}: not priced: ${u.error.detail}`,
      strategy: u.strategy,
      ...(u.error.offering ? { vendor: u.error.offering.vendor, date: u.error.offering.date } : {}),
    });
  }
  for (const t of tables) {
    if (!t.stale) continue;
    out.push({
      code: 'stale_table',
      message: `${t.name}'s table of ${t.effectiveDate} was last verified on ${t.verifiedOn}, ${t.daysSinceVerified} days before ${p.evaluatedOn} (threshold ${p.staleAfterMonths} months): check the vendor's page or pass your own table`,
      vendor: t.vendor,
      date: t.verifiedOn,
    });
  }
  const horizonEnd = addMonths(p.evaluatedOn, p.scenario.horizonMonths);
  const seen = new Set<string>();
  for (const model of p.models) {
    for (const line of model.lines) {
      const price = line.price;
      if (price?.promotion !== true) continue;
      const key = `${model.id}|${price.vendor}|${price.subject}|${price.item}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        code: 'promotional_price',
        message: `${model.label}: ${price.vendorName} ${price.subject} ${price.item} is a promotional price${price.until ? ` ending ${price.until}` : ''}`,
        vendor: price.vendor,
        strategy: model.id,
        ...(price.until ? { date: price.until } : {}),
      });
    }
    const retrains = model.trains && model.retrainEveryMonths !== null;
    for (const e of model.events) {
      if (e.stage?.assumed && !seen.has(`${model.id}|stage`)) {
        seen.add(`${model.id}|stage`);
        out.push({
          code: 'assumed_account_standing',
          message: `${model.label}: ${e.offering} closes on ${e.date} for accounts that are "${e.stage.standing}", the earliest stage, assumed because \`${e.stage.path}\` is not set`,
          vendor: e.vendor,
          strategy: model.id,
          date: e.date,
        });
      }
      const closes = e.kind === 'ends' || (e.kind === 'new_jobs_end' && retrains);
      if (closes && e.date > p.evaluatedOn && e.date < horizonEnd) {
        out.push({
          code: 'route_closes_within_horizon',
          message: `${model.label}: ${e.offering} ${e.kind === 'new_jobs_end' ? 'takes no new jobs' : 'ends'} on ${e.date}, within the ${p.scenario.horizonMonths}-month horizon${e.successor ? ` (successor: ${e.successor})` : ''}`,
          vendor: e.vendor,
          strategy: model.id,
          date: e.date,
        });
      }
    }
  }
  return out;
}

function pairs<TItem>(items: readonly TItem[]): [TItem, TItem][] {
  const out: [TItem, TItem][] = [];
  for (let i = 0; i < items.length; i++)
    for (let j = i + 1; j < items.length; j++) out.push([items[i]!, items[j]!]);
  return out;
}

function assumptionsOf(p: Prepared): string[] {
  const s = p.scenario;
  const out = [
    `A month is ${s.hoursPerMonth.toFixed()} hours${s.hoursPerMonth.eq(730) ? ' (365 × 24 ÷ 12)' : ''}; capacity billed by time runs all month unless the scenario says otherwise.`,
    `Workload tokens per request = instruction ${s.workload.instructionTokens.toFixed()} + input ${s.workload.inputTokens.toFixed()} + output ${s.workload.outputTokens.toFixed()} = ${s.workload.tokensPerRequest.toFixed()}: the same volume measure for every strategy.`,
    `Monthly totals spread one-time costs evenly: re-training over its period, one-off costs (first training when never re-trained, corpus embedding) over ${s.horizonMonths} months.`,
    'Amounts are exact decimals; display rounds once, half-to-even, so a shown total is the rounded exact total, not a sum of rounded lines.',
  ];
  if (s.asOf === null) {
    out.push(
      `Prices: each vendor's table in effect today, ${p.evaluatedOn} (set \`asOf\` to price at a fixed date).`,
    );
  } else out.push(`Prices: each vendor's table in effect on ${s.asOf}.`);
  out.push(
    `Routes: only offerings that can be bought on ${p.evaluatedOn} are priced; end dates are the first day an offering can no longer be bought.`,
  );
  for (const model of p.models) for (const note of model.notes) out.push(`${model.label}: ${note}`);
  return out;
}

/**
 * Compares every strategy the scenario describes at its monthly volume: each one's monthly and
 * one-time cost with line items, every pairwise breakeven and multiple.
 *
 * @throws a {@link TuneOrRagError} (`invalid_input`, `unknown_vendor`, `unknown_model`,
 *   `fine_tuning_not_offered`, `missing_price`, `no_price_at_date`, `capacity_exceeded`, …).
 */
export function compareWith(input: unknown, options?: CalculationOptions): CompareResult {
  const p = prepare(input, readOptions(options));
  const strategies = p.models.map((model) => evaluateStrategy(model, p.scenario, p.requests));
  let cheapest = strategies[0]!;
  for (const cost of strategies) if (cost.monthlyTotal.lt(cheapest.monthlyTotal)) cheapest = cost;
  const perRequest = p.scenario.workload.tokensPerRequest;
  const breakevens = pairs(p.models).map(([a, b]) => findBreakeven(a, b, perRequest));
  const ranking = strategies
    .map((s, i) => ({ id: s.strategy, total: s.monthlyTotal, i }))
    .sort((x, y) => x.total.cmp(y.total) || x.i - y.i)
    .map((x) => x.id);
  return convertAmounts(p.currency, {
    run: runInfo(p),
    strategies,
    cheapest: cheapest.strategy,
    ranking,
    envelope: cheapestEnvelope(p.models, breakevens, perRequest),
    breakevens,
    multiples: pairs(strategies).map(([a, b]) =>
      multipleOf(a.strategy, a.monthlyTotal, b.strategy, b.monthlyTotal),
    ),
    assumptions: assumptionsOf(p),
  });
}

function pick(p: Prepared, id: unknown, path: string): StrategyModel {
  const models = p.models;
  // A kind's command-line name (`fine-tune`) names its `strategies` candidate (`fineTune`).
  const name = typeof id === 'string' ? (strategyIdOfName(id) ?? id) : id;
  const model = models.find((m) => m.id === id) ?? models.find((m) => m.id === name);
  // A candidate whose route is closed on the date: its lifecycle error, not "not described".
  const closed = p.unavailable.find((u) => u.strategy === id || u.strategy === name);
  if (model === undefined && closed !== undefined) throw closed.error;
  if (model === undefined) {
    const present = p.scenario.candidates.map((c) => c.name);
    // Not String(id): it throws for null-prototype objects and symbols (found by the fuzz campaign).
    const shown = typeof id === 'string' ? id : `(${typeof id})`;
    throw new TuneOrRagError(
      'invalid_input',
      STRATEGY_IDS.includes(name as StrategyId)
        ? `the scenario does not describe strategy "${shown}"; it has: ${present.join(', ')}`
        : `unknown candidate "${shown}"${typeof id === 'string' ? didYouMeanText(id, present) : ''}; candidates: ${present.join(', ')}`,
      { path },
    );
  }
  return model;
}

/**
 * The pair a breakeven or multiple is about by default: the first fine-tune and the first RAG
 * candidate (`strategies.fineTune` and `strategies.rag` when written), in the order given.
 */
function defaultPair(p: Prepared, order: readonly [StrategyId, StrategyId]): readonly [string, string] {
  const first = (kind: StrategyId) =>
    p.scenario.candidates.find((c) => c.name === kind)?.name ??
    p.scenario.candidates.find((c) => c.kind === kind)?.name;
  const a = first(order[0]);
  const b = first(order[1]);
  if (a === undefined || b === undefined) {
    throw new TuneOrRagError(
      'invalid_input',
      `name the two candidates to compare (the default pair is a ${strategyKind(order[0]).cliName} and a ${strategyKind(order[1]).cliName} candidate); candidates: ${p.scenario.candidates.map((c) => c.name).join(', ')}`,
      { path: 'options.between' },
    );
  }
  return [a, b];
}

/** `options.between`, checked to be a pair before it is destructured. */
function betweenOf(
  value: unknown,
  p: Prepared,
  order: readonly [StrategyId, StrategyId],
): readonly [unknown, unknown] {
  if (value === undefined) return defaultPair(p, order);
  if (!Array.isArray(value) || value.length !== 2) {
    throw new TuneOrRagError(
      'invalid_input',
      `expected two candidates such as ["fineTune", "rag"]; candidates: ${p.scenario.candidates.map((c) => c.name).join(', ')}`,
      { path: 'options.between' },
    );
  }
  return [value[0], value[1]];
}

/** Options of {@link breakevenWith}: the two strategies (default: fine-tune and RAG). */
export interface BreakevenOptions extends CalculationOptions {
  /** Two candidates by name (`fineTune`, `rag`, or names under `candidates`). */
  readonly between?: readonly [CandidateId, CandidateId];
}

/** The result of {@link breakevenWith}. */
export interface BreakevenReport {
  readonly run: RunInfo;
  readonly breakeven: BreakevenResult;
}

/**
 * Every monthly volume at which the cheaper of two strategies changes, in requests/month and in
 * workload tokens/month, exactly.
 */
export function breakevenWith(input: unknown, options?: BreakevenOptions): BreakevenReport {
  const o = readOptions(options);
  const p = prepare(input, o);
  const [a, b] = betweenOf(o.between, p, ['fineTune', 'rag']);
  if (a === b)
    throw new TuneOrRagError('invalid_input', 'name two different strategies', { path: 'options.between' });
  const ma = pick(p, a, 'options.between[0]');
  const mb = pick(p, b, 'options.between[1]');
  return convertAmounts(p.currency, {
    run: runInfo(p),
    breakeven: findBreakeven(ma, mb, p.scenario.workload.tokensPerRequest),
  });
}

/** The result of {@link multipleWith}. */
export interface MultipleReport {
  readonly run: RunInfo;
  readonly multiple: MultipleResult;
}

/**
 * How many times cheaper one strategy is than another at the volume (default: RAG vs fine-tune).
 */
export function multipleWith(input: unknown, options?: BreakevenOptions): MultipleReport {
  const o = readOptions(options);
  const p = prepare(input, o);
  const [a, b] = betweenOf(o.between, p, ['rag', 'fineTune']);
  const ca = evaluateStrategy(pick(p, a, 'options.between[0]'), p.scenario, p.requests);
  const cb = evaluateStrategy(pick(p, b, 'options.between[1]'), p.scenario, p.requests);
  return convertAmounts(p.currency, {
    run: runInfo(p),
    multiple: multipleOf(ca.strategy, ca.monthlyTotal, cb.strategy, cb.monthlyTotal),
  });
}

/** Options of {@link curveWith}: a list of volumes, or a log-spaced range. */
export interface CurveOptions extends CalculationOptions {
  readonly volumes?: readonly (number | string)[];
  readonly range?: { readonly from: number | string; readonly to: number | string; readonly points: number };
}

/** The result of {@link curveWith}. */
export interface CurveReport {
  readonly run: RunInfo;
  readonly points: readonly CurvePoint[];
}

/** Monthly cost of every strategy over a list or a log-spaced range of monthly volumes. */
export function curveWith(input: unknown, options?: CurveOptions): CurveReport {
  const o = readOptions(options);
  const p = prepare(input, o);
  let volumes: Dec[];
  if (o.volumes !== undefined) {
    if (!Array.isArray(o.volumes)) {
      throw new TuneOrRagError('invalid_input', 'expected an array of monthly volumes', {
        path: 'options.volumes',
      });
    }
    if (o.volumes.length > 1_000_000) {
      throw new TuneOrRagError('invalid_input', 'more than 1,000,000 volumes, the limit for a curve', {
        path: 'options.volumes',
      });
    }
    // Plain safe integers (the common case) skip the schema; anything else (a hole of a sparse
    // array included: it was copied as `undefined`) is validated by it.
    const list: readonly unknown[] = o.volumes;
    volumes = new Array(list.length);
    for (let i = 0; i < list.length; i++) {
      const v = list[i];
      volumes[i] =
        typeof v === 'number' && Number.isSafeInteger(v) && v >= 0
          ? new D(v)
          : parseCount(v, `options.volumes[${i}]`);
    }
  } else if (o.range !== undefined) {
    const r = o.range as { from?: unknown; to?: unknown; points?: unknown } | null;
    if (typeof r !== 'object' || r === null || Array.isArray(r)) {
      throw new TuneOrRagError('invalid_input', 'expected { from, to, points }', { path: 'options.range' });
    }
    const from = parseCount(r.from, 'options.range.from', positiveCountSchema);
    const to = parseCount(r.to, 'options.range.to', positiveCountSchema);
    if (to.lt(from)) {
      throw new TuneOrRagError('invalid_input', 'expected `to` ≥ `from`', { path: 'options.range.to' });
    }
    if (typeof r.points !== 'number' || !Number.isInteger(r.points) || r.points < 2 || r.points > 100_000) {
      throw new TuneOrRagError('invalid_input', 'expected a whole number of points from 2 to 100,000', {
        path: 'options.range.points',
      });
    }
    volumes = logSpacedVolumes(from, to, r.points);
  } else {
    volumes = logSpacedVolumes(new D(1000), new D(1_000_000_000), 25);
  }
  return convertAmounts(p.currency, {
    run: runInfo(p),
    points: computeCurve(p.models, volumes, p.scenario.workload.tokensPerRequest),
  });
}

/** Options of {@link horizonWith}. */
export interface HorizonOptions extends CalculationOptions {
  /** Months to run (default: the scenario's horizonMonths). */
  readonly months?: number;
}

/** The result of {@link horizonWith}. */
export interface HorizonReport extends HorizonResult {
  readonly run: RunInfo;
}

/** Cumulative cost by month (one-time costs in the months they fall) and the breakeven months. */
export function horizonWith(input: unknown, options?: HorizonOptions): HorizonReport {
  const o = readOptions(options);
  const p = prepare(input, o);
  const months = o.months ?? p.scenario.horizonMonths;
  if (typeof months !== 'number' || !Number.isInteger(months) || months < 1 || months > 1200) {
    throw new TuneOrRagError('invalid_input', 'expected a whole number of months from 1 to 1200', {
      path: 'options.months',
    });
  }
  return convertAmounts(p.currency, {
    run: runInfo(p),
    ...computeHorizon(
      p.models,
      p.scenario,
      p.requests,
      months,
      p.evaluatedOn,
      lifecycleRoutes(p.scenario, p.registry),
    ),
  });
}

/** {@link compareWith} returning `{ success, data | error }`. */
export function safeCompareWith(input: unknown, options?: CalculationOptions): SafeResult<CompareResult> {
  return toSafe(() => compareWith(input, options));
}

/** {@link breakevenWith} returning `{ success, data | error }`. */
export function safeBreakevenWith(input: unknown, options?: BreakevenOptions): SafeResult<BreakevenReport> {
  return toSafe(() => breakevenWith(input, options));
}

/** {@link multipleWith} returning `{ success, data | error }`. */
export function safeMultipleWith(input: unknown, options?: BreakevenOptions): SafeResult<MultipleReport> {
  return toSafe(() => multipleWith(input, options));
}

/** {@link curveWith} returning `{ success, data | error }`. */
export function safeCurveWith(input: unknown, options?: CurveOptions): SafeResult<CurveReport> {
  return toSafe(() => curveWith(input, options));
}

/** {@link horizonWith} returning `{ success, data | error }`. */
export function safeHorizonWith(input: unknown, options?: HorizonOptions): SafeResult<HorizonReport> {
  return toSafe(() => horizonWith(input, options));
}

/**
 * `tune-or-rag/core`: the engine without the bundled price tables. Every calculation takes
 * `options.pricing`, a registry built from your own tables with {@link createPricingRegistry}.
 * Use it in a page that loads prices itself, to keep the bundle small.
 *
 * @packageDocumentation
 */

export type { Currency, CurrencyInput } from './_lib/currency.js';
export { describeCurrency, parseCurrency } from './_lib/currency.js';
export type {
  CheapestEnvelope,
  EnvelopeBoundary,
  EnvelopeSegment,
} from './analysis/cheapestEnvelope.js';
export { envelopeAt } from './analysis/cheapestEnvelope.js';
export type { CurvePoint } from './analysis/computeCurve.js';
export { logSpacedVolumes } from './analysis/computeCurve.js';
export type {
  HorizonClosure,
  HorizonCrossing,
  HorizonMonth,
  HorizonPhase,
  HorizonResult,
} from './analysis/computeHorizon.js';
export type { LineItem, StrategyCost } from './analysis/evaluateStrategy.js';
export type { BreakevenResult, Crossover, VolumeRange } from './analysis/findBreakeven.js';
export type { MultipleResult } from './analysis/multipleOf.js';
export type { ProjectedCharge } from './analysis/projectCharges.js';
export type {
  BreakevenOptions,
  BreakevenReport,
  CalculationOptions,
  CandidateInfo,
  CompareResult,
  CurveOptions,
  CurveReport,
  HorizonOptions,
  HorizonReport,
  MultipleReport,
  RunInfo,
  RunWarning,
  TableUsed,
  UnavailableStrategy,
} from './calculate.js';
export {
  breakevenWith,
  compareWith,
  curveWith,
  horizonWith,
  multipleWith,
  safeBreakevenWith,
  safeCompareWith,
  safeCurveWith,
  safeHorizonWith,
  safeMultipleWith,
} from './calculate.js';
// `Dec` is the type of every amount. The constructor itself (`D`) is deliberately not exported: a
// user's `set()` on it would change every result. Build money inputs from strings, or from your own
// decimal.js constructor: any Decimal is accepted and copied by value.
export type { Dec, RoundingMode } from './decimal.js';
export { formatDecimal, toPlainString } from './decimal.js';
export type {
  ErrorCode,
  ErrorIssue,
  OfferingDetails,
  SafeResult,
  TuneOrRagErrorOptions,
} from './errors.js';
export { isTuneOrRagError, TuneOrRagError } from './errors.js';
export type { RouteEvent } from './model/routeLifecycle.js';
export type { CandidateId, LineTiming, PriceRef, StrategyId, TokenBuckets } from './model/types.js';
export { STRATEGY_IDS, STRATEGY_LABELS } from './model/types.js';
export type { ModelDates } from './pricing/lifecycleDates.js';
export type { PriceRow } from './pricing/listPriceRows.js';
export type { ModelListing, VendorListing } from './pricing/listVendors.js';
export type {
  AccountStanding,
  CapacityOption,
  FineTuningLifecycle,
  FineTuningPrices,
  HardwareEntry,
  Lifecycle,
  ModelEntry,
  PriceEntry,
  PriceOrMissing,
  PriceTable,
  PriceUnit,
  TableSchemas,
  TierEntry,
  VectorDbPlan,
} from './pricing/priceTableSchema.js';
export { ACCOUNT_STANDINGS, priceTableSchema, priceUnitSchema } from './pricing/priceTableSchema.js';
export type { CreatePricingRegistryOptions, PricingRegistry } from './pricing/registry.js';
export type { FactSource, Perimeter, VendorFacts } from './pricing/vendorFacts.js';

// The pricing functions with their arguments checked at the edge (the unchecked ones stay internal).
export {
  createPricingRegistry,
  extendPricingRegistry,
  listPriceRows,
  listVendors,
  parsePriceTable,
  resolvePriceTable,
  safeCreatePricingRegistry,
  safeParsePriceTable,
} from './pricingFacade.js';
export type { ProjectChargesOptions, ProjectChargesReport } from './projectChargesWith.js';
export { projectChargesWith, safeProjectChargesWith } from './projectChargesWith.js';
export type { FocusColumn, FocusRow } from './report/focusReport.js';
export { FOCUS_COLUMNS, FOCUS_CUSTOM_COLUMNS, focusUnit, toFocusRows } from './report/focusReport.js';
export { defaultScenario } from './scenario/defaultScenario.js';
export type {
  Candidate,
  FineTune,
  Generation,
  ModelRef,
  PriceOverrides,
  Rag,
  RetrievalModelTuning,
  RetrievalTuning,
  Scenario,
  Serving,
} from './scenario/parseScenario.js';
export { parseScenario, safeParseScenario } from './scenario/parseScenario.js';
export type {
  CandidatesInput,
  ScenarioInput,
  StrategiesInput,
  StrategiesScenarioInput,
} from './scenario/scenarioSchema.js';
export { scenarioSchema } from './scenario/scenarioSchema.js';
export type { DistributionInput, UncertaintyInput } from './scenario/uncertaintySchema.js';
export { distributionSchema, uncertaintySchema } from './scenario/uncertaintySchema.js';
export type { Fallback, FineTuneLifecycle, Monitoring, Upgrade } from './spec/parseLifecycle.js';
export type { CapacityServing, ServingThroughput } from './spec/parseServing.js';
export type { StrategyKindInfo } from './strategyKinds.js';
export { STRATEGY_KINDS } from './strategyKinds.js';

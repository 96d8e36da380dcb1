/**
 * `tune-or-rag/decide`: the decision tools on top of the core, in their own entry so a page that
 * only compares does not ship them: `simulateWith` (seeded Monte Carlo over the scenario's
 * `uncertainty`), `sensitivityWith` (tornado), `recommendWith` (the verdict, the needs rule, the
 * constraints and how sure), the four buyer presets and the sourced vendor facts. Like
 * `tune-or-rag/core`, every calculation takes `options.pricing`; `tune-or-rag` re-exports all of it
 * with the bundled tables.
 *
 * @module
 */
export type { StrategyPlan } from './analysis/compileUncertainModels.js';
export type { Percentiles } from './analysis/percentiles.js';
export type {
  EligibleStrategy,
  Need,
  RecommendResult,
  RecommendRule,
  RecommendSureness,
  RemovalReason,
  RemovedStrategy,
} from './analysis/recommend.js';
export { recommendWith, safeRecommendWith } from './analysis/recommend.js';
export type {
  MonteCarloCore,
  Outcome,
  SimulatedBreakeven,
  SimulatedMultiple,
  SimulatedStrategy,
} from './analysis/runMonteCarlo.js';
export type {
  SensitivityBar,
  SensitivityOptions,
  SensitivityPoint,
  SensitivityResult,
} from './analysis/sensitivityWith.js';
export { safeSensitivityWith, sensitivityWith } from './analysis/sensitivityWith.js';
export type { SimulatedInput, SimulateOptions, SimulateResult } from './analysis/simulateWith.js';
export { safeSimulateWith, simulateWith } from './analysis/simulateWith.js';
export { VENDOR_FACTS } from './pricing/vendorFacts.js';
export type { Distribution } from './scenario/parseUncertainty.js';
export type { Preset } from './scenario/presets/presets.js';
export { findPreset, PRESETS } from './scenario/presets/presets.js';

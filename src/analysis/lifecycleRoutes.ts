import { buildStrategyModels } from '../model/buildStrategyModels.js';
import type { StrategyId } from '../model/types.js';
import type { PricingRegistry } from '../pricing/registry.js';
import type { FineTune, Scenario } from '../scenario/parseScenario.js';
import { type LifecycleRoutes, type PhaseModel, routeName } from './computeHorizon.js';

/** Strategies that serve a tuned model, so its upgrades and fallback apply to them. */
const TUNED: readonly StrategyId[] = ['fineTune', 'hybrid'];

/**
 * One strategy of `scenario` priced on `startsOn` (the tables in effect that day), with `fineTune`
 * as its tuned model. The others are left out, so only what is asked for is built.
 */
function phaseOf(
  scenario: Scenario,
  registry: PricingRegistry,
  id: StrategyId,
  fineTune: FineTune | null,
  startsOn: string,
): PhaseModel {
  const only: Scenario = {
    ...scenario,
    asOf: startsOn,
    fineTune,
    // Hybrid builds on RAG's retrieval, so RAG stays when hybrid is asked for.
    rag: id === 'rag' || id === 'hybrid' ? scenario.rag : null,
    hybrid: id === 'hybrid' ? scenario.hybrid : null,
    promptOnly: id === 'promptOnly' ? scenario.promptOnly : null,
    longContext: id === 'longContext' ? scenario.longContext : null,
  };
  const model = buildStrategyModels(only, registry).find((m) => m.id === id)!;
  return {
    model,
    scenario: only,
    retrainEveryMonths: model.trains ? (fineTune?.retrainEveryMonths ?? null) : null,
    route: routeName(model, only),
    pricedOn: startsOn,
  };
}

/**
 * The routes of the tuned model's life that `scenario` states (`strategies.fineTune.lifecycle`):
 * each upgrade and the fallback, priced with the tables in effect on the first day of the month
 * they start. `undefined` when it states neither, so the horizon is one route per strategy.
 */
export function lifecycleRoutes(scenario: Scenario, registry: PricingRegistry): LifecycleRoutes | undefined {
  const life = scenario.fineTune?.lifecycle;
  if (life == null || (life.upgrades.length === 0 && life.fallback === null)) return undefined;
  return {
    upgrades: (id) =>
      TUNED.includes(id)
        ? life.upgrades.map((u) => ({
            month: u.month,
            build: (startsOn: string) => phaseOf(scenario, registry, id, u.fineTune, startsOn),
          }))
        : [],
    fallback: (id, startsOn) => {
      const f = life.fallback;
      if (f === null || !TUNED.includes(id)) return null;
      if (f.strategy === 'fineTune') return phaseOf(scenario, registry, id, f.fineTune, startsOn);
      return phaseOf(scenario, registry, f.strategy, null, startsOn);
    },
  };
}

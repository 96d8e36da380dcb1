import { buildStrategyModels } from '../kinds/buildStrategyModels.js';
import type { CandidateId } from '../model/types.js';
import type { PricingRegistry } from '../pricing/registry.js';
import type { Candidate, FineTune, Scenario } from '../scenario/parseScenario.js';
import { type LifecycleRoutes, type PhaseModel, routeName } from './computeHorizon.js';

/**
 * One candidate of `scenario` priced on `startsOn` (the tables in effect that day), with
 * `fineTune` as its tuned model when given. Only it and the candidates it builds on are built.
 */
function phaseOf(
  scenario: Scenario,
  registry: PricingRegistry,
  id: CandidateId,
  fineTune: FineTune | null,
  startsOn: string,
): PhaseModel {
  const candidate = scenario.candidates.find((c) => c.name === id)!;
  const changed: Candidate = fineTune === null ? candidate : { ...candidate, fineTune };
  // Hybrid builds on RAG's retrieval, so the candidates it uses are built too.
  const uses = Object.values(candidate.uses).map((name) => scenario.candidates.find((c) => c.name === name)!);
  const only: Scenario = { ...scenario, asOf: startsOn, candidates: [...uses, changed] };
  const model = buildStrategyModels(only, registry).find((m) => m.id === id)!;
  return {
    model,
    scenario: only,
    retrainEveryMonths: model.retrainEveryMonths,
    route: routeName(model, only),
    pricedOn: startsOn,
  };
}

/**
 * The routes of each tuned model's life that `scenario` states (`lifecycle` on a fine-tune): each
 * upgrade and the fallback, priced with the tables in effect on the first day of the month they
 * start, for every candidate that serves that tuned model (its fine-tune, and hybrids on it).
 * `undefined` when no fine-tune states either, so the horizon is one route per candidate.
 */
export function lifecycleRoutes(scenario: Scenario, registry: PricingRegistry): LifecycleRoutes | undefined {
  const lifeOf = (id: CandidateId) =>
    scenario.candidates.find((c) => c.name === id)?.fineTune?.lifecycle ?? null;
  const any = scenario.candidates.some((c) => {
    const life = c.fineTune?.lifecycle;
    return life != null && (life.upgrades.length > 0 || life.fallback !== null);
  });
  if (!any) return undefined;
  return {
    upgrades: (id) =>
      (lifeOf(id)?.upgrades ?? []).map((u) => ({
        month: u.month,
        build: (startsOn: string) => phaseOf(scenario, registry, id, u.fineTune, startsOn),
      })),
    fallback: (id, startsOn) => {
      const f = lifeOf(id)?.fallback ?? null;
      if (f === null) return null;
      if (f.strategy === 'fineTune') return phaseOf(scenario, registry, id, f.fineTune, startsOn);
      return phaseOf(scenario, registry, f.strategy, null, startsOn);
    },
  };
}

import { D, type Dec } from '../decimal.js';
import { TuneOrRagError } from '../errors.js';
import {
  type FineTuneInput,
  type FineTuneRouteInput,
  monitoringDefaults,
  type QuantityInput,
  type WorkloadInput,
} from './fields.js';
import type { FineTune, Scenario } from './specs.js';

/** Monthly drift monitoring of a tuned model (see `strategies.fineTune.lifecycle.monitoring`). */
/** What a lifecycle reads of the scenario it is written in: the workload and which strategies exist. */
export interface LifecycleScenarioInput {
  readonly workload: WorkloadInput;
  readonly hoursPerMonth?: QuantityInput | undefined;
  readonly strategies?: Readonly<Partial<Record<string, unknown>>> | undefined;
}

export interface Monitoring {
  /** Requests sent through the tuned model each month to watch for drift, priced as serving. */
  readonly evaluationRequestsPerMonth: Dec;
  /** The user's own monthly figure (review, labelling, tooling), or null. */
  readonly usdPerMonth: Dec | null;
}

/** A base-model upgrade: from `month` on, the tuned route is `fineTune` (re-trained in that month). */
export interface Upgrade {
  readonly month: number;
  readonly fineTune: FineTune;
}

/** Where a horizon continues when the tuned route closes inside it. */
export type Fallback =
  | { readonly strategy: 'fineTune'; readonly fineTune: FineTune }
  | { readonly strategy: 'rag' | 'promptOnly' | 'longContext' };

/** A tuned model's life over a horizon, parsed. */
export interface FineTuneLifecycle {
  /** In month order, each from month 2 or later. */
  readonly upgrades: readonly Upgrade[];
  readonly monitoring: Monitoring | null;
  readonly fallback: Fallback | null;
}

// A nested route is parsed as the `strategies.fineTune` of a scenario of its own.
const AT = 'strategies.fineTune';

/** Re-labels an error from a nested parse so its path names the field the user wrote. */
function under(prefix: string, parse: () => FineTune): FineTune {
  try {
    return parse();
  } catch (error) {
    if (!(error instanceof TuneOrRagError) || !error.path.startsWith(AT)) throw error;
    const path = `${prefix}${error.path.slice(AT.length)}`;
    throw new TuneOrRagError(error.code, error.detail, {
      path,
      issues: error.issues.map((i) => ({ ...i, path: `${prefix}${i.path.slice(AT.length)}` })),
      cause: error,
    });
  }
}

/**
 * Parses `strategies.fineTune.lifecycle`: each upgrade and the fallback's fine-tune are whole
 * fine-tune descriptions, validated by the scenario parser itself (passed in, so this module does
 * not import it back), against the same workload and month.
 *
 * @param raw - The fine-tune as validated by the schema (before defaults).
 * @param at - Where it is written (`strategies.fineTune`, `candidates.x`).
 * @param input - The scenario as validated by the schema, for the workload and the strategies.
 * @param parse - `parseScenario`.
 */
export function parseLifecycle(
  raw: FineTuneInput,
  at: string,
  input: LifecycleScenarioInput,
  parse: (input: unknown) => Scenario,
): FineTuneLifecycle | null {
  const life = raw.lifecycle;
  if (life === undefined) return null;
  const LIFE = `${at}.lifecycle`;
  const monitoring: Monitoring | null =
    life.monitoring === undefined
      ? null
      : {
          evaluationRequestsPerMonth: new D(
            String(
              life.monitoring.evaluationRequestsPerMonth ?? monitoringDefaults.evaluationRequestsPerMonth,
            ),
          ),
          usdPerMonth: life.monitoring.usdPerMonth === undefined ? null : new D(life.monitoring.usdPerMonth),
        };
  // Monitoring goes on with whichever tuned model serves: an upgrade's or a fallback's.
  const carried: FineTuneLifecycle = { upgrades: [], monitoring, fallback: null };
  const parseRoute = (route: FineTuneRouteInput, prefix: string): FineTune =>
    under(prefix, () => {
      const parsed = parse({
        workload: input.workload,
        ...(input.hoursPerMonth === undefined ? {} : { hoursPerMonth: input.hoursPerMonth }),
        strategies: { fineTune: route },
      }).fineTune!;
      return { ...parsed, path: prefix, lifecycle: carried };
    });
  const { lifecycle: _ignored, ...base } = raw;
  const upgrades: Upgrade[] = [];
  let previous = 1;
  let current: FineTuneRouteInput = base;
  (life.upgrades ?? []).forEach((u, i) => {
    const path = `${LIFE}.upgrades[${i}]`;
    const month = Number(u.month);
    if (!Number.isSafeInteger(month) || month <= previous || month > 1200) {
      throw new TuneOrRagError(
        'invalid_input',
        `expected a month after ${previous} (and at most 1200): upgrades are listed in month order, from month 2`,
        { path: `${path}.month` },
      );
    }
    previous = month;
    const { month: _month, ...given } = u;
    // Only the fields written replace the current ones.
    const fields = Object.fromEntries(
      Object.entries(given).filter(([, v]) => v !== undefined),
    ) as Partial<FineTuneRouteInput>;
    const changesModel =
      (fields.model !== undefined && fields.model !== current.model) ||
      (fields.vendor !== undefined && fields.vendor !== current.vendor);
    const { prices: _oldPrices, ...kept } = current;
    // Overrides priced the old model; a new model starts from its own table unless given again.
    current = { ...(changesModel ? kept : current), ...fields } as FineTuneRouteInput;
    upgrades.push({ month, fineTune: parseRoute(current, path) });
  });
  let fallback: Fallback | null = null;
  if (life.fallback !== undefined) {
    const f = life.fallback;
    if (f.strategy === 'fineTune') {
      fallback = { strategy: 'fineTune', fineTune: parseRoute(f.fineTune, `${LIFE}.fallback.fineTune`) };
    } else {
      if (input.strategies?.[f.strategy] === undefined) {
        throw new TuneOrRagError(
          'invalid_input',
          `the fallback "${f.strategy}" is priced from \`strategies.${f.strategy}\`: describe it too`,
          { path: `${LIFE}.fallback.strategy` },
        );
      }
      fallback = { strategy: f.strategy };
    }
  }
  return { upgrades, monitoring, fallback };
}

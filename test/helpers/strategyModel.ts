import type { Piecewise } from '../../src/_lib/piecewise.js';
import { D, type Dec } from '../../src/decimal.js';
import type { CandidateId, StrategyModel } from '../../src/model/types.js';

/** A strategy model that is only its monthly cost function (and an optional capacity ceiling). */
export function modelOf(id: CandidateId, monthly: Piecewise, max: Dec | string | null = null): StrategyModel {
  return {
    id,
    kind: 'fineTune',
    label: id,
    path: `candidates.${id}`,
    fineTunePath: null,
    lines: [],
    monthly,
    monthlyScaled: monthly,
    monthlyScale: 1,
    recurring: monthly,
    maxRequestsPerMonth: max === null ? null : new D(max),
    tables: {},
    tokensPerRequest: { input: new D(0), cachedInput: new D(0), cacheWrite: new D(0), output: new D(0) },
    notes: [],
    events: [],
    trains: false,
    retrainEveryMonths: null,
  };
}

import type { BuildContext, StrategyParts } from '../model/strategies.js';
import type { Candidate, ParseContext } from '../spec/specs.js';
import type { StrategyId } from '../strategyKinds.js';
import { distillationKind } from './distillation.js';
import { fineTuneKind } from './fineTune.js';
import { hybridKind } from './hybrid.js';
import type { AnyKindModule } from './kind.js';
import { longContextKind } from './longContext.js';
import { promptOnlyKind } from './promptOnly.js';
import { ragKind } from './rag.js';
import { retrievalTuningKind } from './retrievalTuning.js';

/**
 * Each strategy kind's module (schema, converter, builder), keyed by every id of `STRATEGY_KINDS`:
 * a kind listed there does not compile until its module is here. The scenario's schema, the parser
 * and the model builder read this and nothing kind-specific.
 */
export const KINDS = {
  fineTune: fineTuneKind,
  rag: ragKind,
  promptOnly: promptOnlyKind,
  hybrid: hybridKind,
  longContext: longContextKind,
  retrievalTuning: retrievalTuningKind,
  distillation: distillationKind,
} as const satisfies { readonly [TKind in StrategyId]: AnyKindModule };

/** A kind's module as the parser and builder call it: fields in, candidate out; candidate in, parts out. */
export interface KindCalls {
  readonly schema: AnyKindModule['schema'];
  readonly parse: (data: Record<string, unknown>, candidate: Candidate, ctx: ParseContext) => Candidate;
  readonly checkLinked?: (candidate: Candidate, spec: unknown) => void;
  readonly build: (ctx: BuildContext, spec: unknown) => StrategyParts;
}

/** A kind's module with its spec type erased: `parse` made the spec that `build` reads. */
export function kindModule(id: StrategyId): KindCalls {
  return KINDS[id] as unknown as KindCalls;
}

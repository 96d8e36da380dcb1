import { formatExact } from '../_lib/formatExact.js';
import { fineTuneParts } from '../model/fineTuneCost.js';
import type { BuildContext, StrategyParts } from '../model/strategies.js';
import { fineTuneSchema } from '../spec/fields.js';
import { toFineTune } from '../spec/specs.js';
import { defineKind } from './kind.js';

/**
 * The fine-tune's lines (training, evaluation, storage, serving) for a tuned model answering the
 * user's input alone, with the tables read: the fine-tune kind, and distillation's student.
 */
export function tunedOnUserInput(ctx: BuildContext): StrategyParts & { tables: Record<string, string> } {
  const w = ctx.scenario.workload;
  const tables: Record<string, string> = {};
  const parts = fineTuneParts(
    ctx.scenario,
    ctx.candidate.fineTune!,
    ctx.registry,
    ctx.idPrefix,
    ctx.labelPrefix,
    { uncachedInput: w.inputTokens, uncachedBasis: `${formatExact(w.inputTokens)} user input` },
    tables,
  );
  return { ...parts, tables };
}

/** A tuned model answering the user's input alone: training, evaluation, storage and serving. */
export const fineTuneKind = defineKind({
  schema: fineTuneSchema,
  parse: (data, candidate, ctx) => ({ ...candidate, fineTune: toFineTune(data, candidate.path, ctx) }),
  build: tunedOnUserInput,
});

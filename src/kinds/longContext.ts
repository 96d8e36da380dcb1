import * as z from 'zod/mini';
import { formatExact } from '../_lib/formatExact.js';
import { D, type Dec } from '../decimal.js';
import { TuneOrRagError } from '../errors.js';
import { findModel } from '../model/resolvePrice.js';
import { type BuildContext, promptedBaseModel } from '../model/strategies.js';
import { tableFor } from '../model/tableFor.js';
import { generationSchema, positiveCountSchema } from '../spec/fields.js';
import { num, toGeneration } from '../spec/specs.js';
import { defineKind } from './kind.js';

export const longContextSchema = z.strictObject({
  ...generationSchema.shape,
  /**
   * The knowledge put whole into every prompt instead of retrieved (a manual, a policy set), in
   * tokens: a cacheable prefix after the instruction, read from the prompt cache at
   * `cachedPrefixHitRate`.
   */
  contextTokens: positiveCountSchema,
});
export type LongContextInput = z.infer<typeof longContextSchema>;

/** What long context keeps beside its base model: the knowledge in every prompt, in tokens. */
export interface LongContextSpec {
  readonly contextTokens: Dec;
}

/**
 * A request must fit the model's context window: instruction + knowledge + input + output tokens.
 * @throws `context_window_exceeded` naming both numbers when the table states the window and the
 *   request does not fit; the note says when the table does not state it (nothing is checked).
 */
function contextWindowNotes(ctx: BuildContext, contextTokens: Dec): string[] {
  const w = ctx.scenario.workload;
  const l = ctx.candidate.generation!;
  const table = tableFor(ctx.registry, l.vendor, ctx.scenario.asOf, `${ctx.candidate.path}.vendor`, {});
  const model = findModel(table, l.model, 'chat', `${ctx.candidate.path}.model`);
  const needed = w.instructionTokens.plus(contextTokens).plus(w.inputTokens).plus(w.outputTokens);
  const window = model.contextWindow;
  if (window === undefined) {
    return [
      `${table.name} ${model.id}: its context window is not in the table, so the ${formatExact(needed)} tokens a request holds are not checked against it.`,
    ];
  }
  if (needed.gt(window.tokens)) {
    throw new TuneOrRagError(
      'context_window_exceeded',
      `a request holds ${formatExact(needed)} tokens (instruction ${formatExact(w.instructionTokens)} + context ${formatExact(contextTokens)} + input ${formatExact(w.inputTokens)} + output ${formatExact(w.outputTokens)}), more than ${table.name} ${model.id}'s context window of ${formatExact(new D(window.tokens))} tokens: put a share of the knowledge in the prompt (a smaller \`contextTokens\`), retrieve it instead, or choose a model with a larger window`,
      { path: `${ctx.candidate.path}.contextTokens` },
    );
  }
  return [];
}

/** A base model with the knowledge base in every prompt: instruction + context as a cached prefix. */
export const longContextKind = defineKind({
  schema: longContextSchema,
  parse: (data, candidate) => ({
    ...candidate,
    generation: toGeneration(data, candidate.path),
    spec: { contextTokens: num(data.contextTokens) } as LongContextSpec,
  }),
  build: (ctx, spec) => ({
    ...promptedBaseModel(ctx, spec.contextTokens),
    maxRequestsPerMonth: null,
    notes: contextWindowNotes(ctx, spec.contextTokens),
  }),
});

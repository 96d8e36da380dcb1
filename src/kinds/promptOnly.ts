import * as z from 'zod/mini';
import { formatExact } from '../_lib/formatExact.js';
import type { Dec } from '../decimal.js';
import { generationLines } from '../model/strategies.js';
import { countSchema, generationSchema } from '../spec/fields.js';
import { num, toGeneration } from '../spec/specs.js';
import { defineKind } from './kind.js';

export const promptOnlySchema = z.strictObject({
  ...generationSchema.shape,
  /** The long instruction / few-shot block added to every request, in tokens. */
  fewShotTokens: countSchema,
});
export type PromptOnlyInput = z.infer<typeof promptOnlySchema>;

/** A base model with a long, cacheable instruction and few-shot block. */
export const promptOnlyKind = defineKind({
  schema: promptOnlySchema,
  parse: (data, candidate) => ({
    ...candidate,
    generation: toGeneration(data, candidate.path),
    spec: { fewShotTokens: num(data.fewShotTokens) } as { readonly fewShotTokens: Dec },
  }),
  build: (ctx, spec) => {
    const w = ctx.scenario.workload;
    const g = ctx.candidate.generation!;
    const tables: Record<string, string> = {};
    const generation = generationLines(
      ctx,
      g,
      ctx.candidate.path,
      ctx.idPrefix,
      ctx.labelPrefix,
      {
        prefix: w.instructionTokens.plus(spec.fewShotTokens),
        prefixHitRate: g.cachedPrefixHitRate,
        uncachedInput: w.inputTokens,
        uncachedBasis: `${formatExact(w.inputTokens)} user input`,
        output: w.outputTokens,
      },
      tables,
    );
    return { ...generation, maxRequestsPerMonth: null, tables, notes: [] };
  },
});

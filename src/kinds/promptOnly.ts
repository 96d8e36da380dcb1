import * as z from 'zod/mini';
import type { Dec } from '../decimal.js';
import { promptedBaseModel } from '../model/strategies.js';
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
  build: (ctx, spec) => ({
    ...promptedBaseModel(ctx, spec.fewShotTokens),
    maxRequestsPerMonth: null,
    notes: [],
  }),
});

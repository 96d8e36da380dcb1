import * as z from 'zod/mini';
import { formatExact } from '../_lib/formatExact.js';
import { constant } from '../_lib/piecewise.js';
import type { Dec } from '../decimal.js';
import { pricedLine } from '../model/lines.js';
import { findModel } from '../model/resolvePrice.js';
import type { BuildContext } from '../model/strategies.js';
import { tableFor } from '../model/tableFor.js';
import { resolveBaseTokenPrices } from '../model/tokenPrices.js';
import type { LineDef } from '../model/types.js';
import { countSchema, fineTuneSchema, generationSchema, positiveCountSchema } from '../spec/fields.js';
import { type Generation, num, toFineTune, toGeneration } from '../spec/specs.js';
import { tunedOnUserInput } from './fineTune.js';
import { defineKind } from './kind.js';

/**
 * The teacher of a distillation: a large base model that writes the answers the student is trained
 * on, priced per token from its table (a batch tier where the vendor has one: `serviceTier: batch`).
 */
export const teacherSchema = z.strictObject({
  ...generationSchema.shape,
  /** Prompts the teacher answers to make one training set. */
  examples: positiveCountSchema,
  /** Input tokens of one teacher prompt (instruction, context and question). */
  inputTokensPerExample: countSchema,
  /** Output tokens of one teacher answer. */
  outputTokensPerExample: positiveCountSchema,
});

/**
 * Distillation: a small model fine-tuned on a large model's answers, then served. Every field of
 * `fineTune` describes the student (its training set is the teacher's answers: give
 * `training.datasetTokens`), plus `teacher`. The teacher's labelling is paid at every training run,
 * like the training itself.
 */
export const distillationSchema = z.strictObject({
  ...fineTuneSchema.shape,
  /** The model that writes the training answers. */
  teacher: teacherSchema,
});
export type DistillationInput = z.infer<typeof distillationSchema>;

/** What distillation keeps beside the student (the candidate's `fineTune`): the teacher's run. */
export interface DistillationSpec {
  readonly teacher: Generation;
  readonly examples: Dec;
  readonly inputTokensPerExample: Dec;
  readonly outputTokensPerExample: Dec;
}

/**
 * The teacher's labelling: examples × tokens per example, input and output, at the teacher's table
 * prices (with its tier and region), one-time and repeated with the student's re-training.
 */
function teacherLines(ctx: BuildContext, spec: DistillationSpec, tables: Record<string, string>): LineDef[] {
  const path = `${ctx.candidate.path}.teacher`;
  const t = spec.teacher;
  const table = tableFor(ctx.registry, t.vendor, ctx.scenario.asOf, `${path}.vendor`, tables);
  const model = findModel(table, t.model, 'chat', `${path}.model`);
  const refs = resolveBaseTokenPrices(
    { table, subject: model.id, overridePath: `${path}.prices`, overrides: t.prices },
    model,
    spec.inputTokensPerExample,
    t.cachedPrefixHitRate,
    t.cacheTtl,
    { tier: t.serviceTier, region: t.region, path },
  );
  const recurs = { recursEveryMonths: ctx.candidate.fineTune!.retrainEveryMonths };
  const side = (key: 'input' | 'output', perExample: Dec) =>
    pricedLine(
      {
        id: `${ctx.idPrefix}.teacher.${key}`,
        label: `${ctx.labelPrefix}: teacher ${key} tokens (${model.id})`,
        quantity: constant(spec.examples.times(perExample)),
        quantityUnit: 'tokens',
        basis: `${formatExact(spec.examples)} examples × ${formatExact(perExample)} ${key} tokens, per training run`,
        oneTime: recurs,
      },
      refs[key],
      refs.factor ?? undefined,
      undefined,
      refs.modifier ?? undefined,
    );
  return [side('input', spec.inputTokensPerExample), side('output', spec.outputTokensPerExample)];
}

/** A student model tuned on a teacher's answers: the teacher's labelling, then the fine-tune's lines. */
export const distillationKind = defineKind({
  schema: distillationSchema,
  parse: (data, candidate, ctx) => {
    const { teacher, ...student } = data;
    return {
      ...candidate,
      fineTune: toFineTune(student, candidate.path, ctx),
      spec: {
        teacher: toGeneration(teacher, `${candidate.path}.teacher`),
        examples: num(teacher.examples),
        inputTokensPerExample: num(teacher.inputTokensPerExample),
        outputTokensPerExample: num(teacher.outputTokensPerExample),
      } as DistillationSpec,
    };
  },
  build: (ctx, spec) => {
    const student = tunedOnUserInput(ctx);
    const tables = { ...student.tables };
    const teacher = teacherLines(ctx, spec, tables);
    return { ...student, lines: [...teacher, ...student.lines], tables };
  },
});

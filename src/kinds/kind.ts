import type * as z from 'zod/mini';
import type { BuildContext, StrategyParts } from '../model/strategies.js';
import type { Candidate, ParseContext } from '../spec/specs.js';

/**
 * Everything that makes a strategy kind, in its own module under `src/kinds/`: the fields a user
 * writes for it (`schema`), how they become the candidate's parts (`parse`), and how those are
 * priced (`build`). The registry (`src/kinds/registry.ts`) lists one per entry of `STRATEGY_KINDS`
 * (its labels, CLI names and needs), so adding a kind is: its entry there, its module, one line in
 * the registry (docs/architecture.md).
 *
 * @typeParam TSchema - The kind's fields as a zod object (strict: an unknown field is an error).
 * @typeParam TSpec - What `parse` keeps in `Candidate.spec` for `build` (the kind's own fields beyond
 *   the shared parts `fineTune`, `rag` and `generation`).
 */
export interface StrategyKindModule<TSchema extends z.ZodMiniObject = z.ZodMiniObject, TSpec = unknown> {
  /** The fields under `strategies.<id>` or in a candidate of this kind (JSON Schema and errors read it). */
  readonly schema: TSchema;
  /**
   * Converts the validated fields into the candidate's parts: set `fineTune`, `rag`, `generation`
   * where the kind has them and put the rest in `spec`. Throws `invalid_input` with a path under
   * `candidate.path` for a rule across fields.
   */
  readonly parse: (
    data: z.output<TSchema>,
    candidate: Candidate,
    ctx: ParseContext,
  ) => Candidate & { readonly spec: TSpec };
  /**
   * For a kind that builds on others (`needs`): its rules across the parts it took from them, run
   * once they are linked (a hybrid's top-K against the reused reranker's candidates). Throws
   * `invalid_input` with a path under `candidate.path`.
   */
  readonly checkLinked?: (candidate: Candidate, spec: TSpec) => void;
  /** Prices the candidate: its line items as functions of the monthly volume, and the tables read. */
  readonly build: (ctx: BuildContext, spec: TSpec) => StrategyParts;
}

/** Declares a kind's module with its types checked against each other (`parse` feeds `build`). */
export function defineKind<TSchema extends z.ZodMiniObject, TSpec>(
  kind: StrategyKindModule<TSchema, TSpec>,
): StrategyKindModule<TSchema, TSpec> {
  return kind;
}

/** Any kind's module, its types erased: what the registry holds and the parser and builder call. */
export interface AnyKindModule {
  readonly schema: z.ZodMiniObject;
  readonly parse: (data: never, candidate: Candidate, ctx: ParseContext) => Candidate;
  readonly checkLinked?: (candidate: Candidate, spec: never) => void;
  readonly build: (ctx: BuildContext, spec: never) => StrategyParts;
}

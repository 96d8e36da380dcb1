/**
 * The stable error codes. Switch on `error.code`; messages may be reworded, codes never are.
 *
 * - `invalid_input`: a scenario or option field is malformed (path says which).
 * - `unknown_vendor` / `unknown_model`: a name that no price table holds.
 * - `fine_tuning_not_offered`: the vendor or model cannot be fine-tuned (e.g. OpenRouter).
 * - `option_not_offered`: the model exists but not with that method, variant or serving mode.
 * - `missing_price`: the structure is known but no verified list price exists; pass it yourself.
 * - `no_price_at_date`: the as-of date is before the vendor's first table.
 * - `invalid_price_table`: a price table (bundled or yours) does not match the schema.
 * - `unit_mismatch`: a price is in a unit the calculation cannot use (e.g. per hour where per token is needed).
 * - `capacity_exceeded`: the volume needs more capacity than the scenario allows.
 * - `offering_ended`: on the date asked for, the route can no longer be bought (a retired model, a
 *   fine-tuning service closed to new jobs, an ended promotion); `details` names the offering, the
 *   date and the vendor's successor when there is one.
 * - `offering_not_yet_available`: on the date asked for, the route could not be bought yet.
 */
export type ErrorCode =
  | 'invalid_input'
  | 'unknown_vendor'
  | 'unknown_model'
  | 'fine_tuning_not_offered'
  | 'option_not_offered'
  | 'missing_price'
  | 'no_price_at_date'
  | 'invalid_price_table'
  | 'unit_mismatch'
  | 'capacity_exceeded'
  | 'context_window_exceeded'
  | 'offering_ended'
  | 'offering_not_yet_available';

/** What a lifecycle error is about: the offering, the date it ended (or opens) and what replaces it. */
export interface OfferingDetails {
  /** e.g. `OpenAI gpt-4.1-mini fine-tuning: new jobs`. */
  readonly offering: string;
  readonly vendor: string;
  /** The first day it could no longer be bought (or, for `offering_not_yet_available`, the first day it can). */
  readonly date: string;
  /** The vendor's stated successor or migration path, or `""`. */
  readonly successor: string;
  readonly sourceUrl: string;
}

/** One problem found in an input, with the path to the field. */
export interface ErrorIssue {
  readonly path: string;
  readonly message: string;
}

/** The options of a {@link TuneOrRagError}. */
export interface TuneOrRagErrorOptions {
  readonly path?: string;
  readonly issues?: readonly ErrorIssue[];
  readonly cause?: unknown;
  readonly offering?: OfferingDetails;
}

const PREFIX = '[tune-or-rag]';

/**
 * The brand of our errors: a registered symbol, so copies of the library (ESM and CJS builds, other
 * realms) recognise each other's errors, while a look-alike `{ name: 'TuneOrRagError' }` does not pass.
 */
const BRAND: unique symbol = Symbol.for('tune-or-rag.TuneOrRagError') as never;

/**
 * The one error class of the library. `code` is stable, `path` names the offending field (dotted, as
 * in the scenario: `strategies.rag.topK`), and the message says what would be valid.
 */
export class TuneOrRagError extends Error {
  override readonly name = 'TuneOrRagError' as const;
  readonly code: ErrorCode;
  readonly path: string;
  readonly issues: readonly ErrorIssue[];
  /** Lifecycle errors only: the offering that ended or is not open yet. */
  readonly offering?: OfferingDetails;
  /** The message without its `[tune-or-rag] code at \`path\`: ` prefix, for callers that show code and path themselves. */
  readonly detail: string;

  constructor(code: ErrorCode, message: string, options: TuneOrRagErrorOptions = {}) {
    super(`${PREFIX} ${code}${options.path ? ` at \`${options.path}\`` : ''}: ${message}`, {
      cause: options.cause,
    });
    this.code = code;
    this.path = options.path ?? '';
    this.issues = options.issues ?? [{ path: this.path, message }];
    this.detail = message;
    if (options.offering !== undefined) this.offering = options.offering;
    Object.defineProperty(this, BRAND, { value: true });
  }

  /** A plain object for JSON output (no stack). */
  toJSON(): {
    code: ErrorCode;
    path: string;
    message: string;
    issues: readonly ErrorIssue[];
    offering?: OfferingDetails;
  } {
    const out = { code: this.code, path: this.path, message: this.message, issues: this.issues };
    return this.offering === undefined ? out : { ...out, offering: this.offering };
  }
}

/**
 * `true` when `value` is a {@link TuneOrRagError}, also across realms and bundle copies (by a private
 * brand, not by `name`: a thrown `{ name: 'TuneOrRagError' }` is not ours). Never throws, even for a
 * proxy whose every trap throws.
 */
export function isTuneOrRagError(value: unknown): value is TuneOrRagError {
  try {
    if (value instanceof TuneOrRagError) return true;
    return (
      typeof value === 'object' &&
      value !== null &&
      (value as { [BRAND]?: unknown })[BRAND] === true &&
      typeof (value as { code?: unknown }).code === 'string' &&
      typeof (value as { path?: unknown }).path === 'string'
    );
  } catch {
    return false;
  }
}

/** The result of every `safe…` function. */
export type SafeResult<TData> =
  | { readonly success: true; readonly data: TData; readonly error?: never }
  | { readonly success: false; readonly error: TuneOrRagError; readonly data?: never };

/**
 * Runs `fn` and returns a {@link SafeResult}. Anything that is not our error (a bug) is wrapped as
 * `invalid_input` with the cause attached, so a safe call never throws.
 */
export function toSafe<TData>(fn: () => TData): SafeResult<TData> {
  try {
    return { success: true, data: fn() };
  } catch (error) {
    if (isTuneOrRagError(error)) return { success: false, error };
    // Nothing here reads the thrown value (a proxy or an object with throwing getters): it is only
    // kept as the cause.
    return {
      success: false,
      error: new TuneOrRagError('invalid_input', 'the input could not be processed; check its shape', {
        cause: error,
      }),
    };
  }
}

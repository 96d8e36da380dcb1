import { type ErrorIssue, TuneOrRagError } from '../errors.js';

/**
 * Runs the cross-field rules of an input one after another and keeps going past a broken one, so
 * one run names every problem rather than the first: each rule that throws `invalid_input` is kept;
 * any other error (a missing price, the library's own bug) goes on at once.
 */
export class InputIssues {
  readonly #errors: TuneOrRagError[] = [];

  /** Runs `rule`; returns its value, or `undefined` when it broke (kept for {@link throwIfAny}). */
  check<TValue>(rule: () => TValue): TValue | undefined {
    try {
      return rule();
    } catch (error) {
      if (error instanceof TuneOrRagError && error.code === 'invalid_input') {
        this.#errors.push(error);
        return undefined;
      }
      throw error;
    }
  }

  /** How many rules broke so far. */
  get count(): number {
    return this.#errors.length;
  }

  /**
   * Throws what was found: one error as it was thrown; several as one `invalid_input` at the first
   * one's path, its message naming the others (up to 5) and `issues` holding every issue.
   */
  throwIfAny(): void {
    const [first, ...rest] = this.#errors;
    if (first === undefined) return;
    if (rest.length === 0) throw first;
    const issues: ErrorIssue[] = this.#errors.flatMap((e) => e.issues);
    const others = issues.slice(first.issues.length);
    const listed = others.slice(0, 5).map((i) => `\`${i.path}\`: ${i.message}`);
    if (others.length > 5) listed.push(`${others.length - 5} more`);
    throw new TuneOrRagError('invalid_input', `${first.detail}; also ${listed.join('; ')}`, {
      path: first.path,
      issues,
    });
  }
}

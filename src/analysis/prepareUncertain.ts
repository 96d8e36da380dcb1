import { toPlainInput } from '../_lib/plainInput.js';
import { type Prepared, prepare, type ReadOptions } from '../calculate.js';
import { TuneOrRagError } from '../errors.js';
import { parseScenario } from '../scenario/parseScenario.js';
import {
  parseUncertainty,
  type UncertainInput,
  withoutUncertainty,
  withValueAt,
} from '../scenario/parseUncertainty.js';

/** A scenario with uncertain inputs, ready to sample or to move one input at a time. */
export interface PreparedUncertain {
  readonly inputs: readonly UncertainInput[];
  /** The plain scenario with every uncertain input at its base and no `uncertainty` block. */
  readonly template: Readonly<Record<string, unknown>>;
  /** The base case, parsed and priced. */
  readonly prepared: Prepared;
}

/**
 * Validates a scenario and its `uncertainty` block and prices the base case (every uncertain input
 * at its base).
 *
 * @throws `invalid_input` when the block is empty or invalid, and every error of `compare`.
 */
export function prepareUncertain(input: unknown, options: ReadOptions): PreparedUncertain {
  const plain = toPlainInput(input) as Record<string, unknown>;
  // The whole scenario through its schema first (the block's shape included), then the block's meaning.
  parseScenario(plain);
  const inputs = parseUncertainty(plain);
  if (inputs.length === 0) {
    throw new TuneOrRagError(
      'invalid_input',
      'no uncertain inputs: add an `uncertainty` block, e.g. uncertainty: { workload.requestsPerMonth: { dist: triangular, low: 50000, mode: 200000, high: 400000 } }',
      { path: 'uncertainty' },
    );
  }
  let template: unknown = withoutUncertainty(plain);
  for (const u of inputs) template = withValueAt(template, u.path.split('.'), u.base.toFixed());
  const prepared = prepare(template, options);
  return { inputs, template: template as Record<string, unknown>, prepared };
}

import type { SweepAxis } from '../analysis/sweep.js';
import { D, type Dec } from '../decimal.js';
import { usageError } from './cliError.js';
import { toDecimalString } from './parseSetValue.js';
import { resolveScenarioPath } from './resolveScenarioPath.js';

/** Points one axis may have, and a whole sweep. */
export const MAX_AXIS_POINTS = 100_000;
export const MAX_SWEEP_POINTS = 1_000_000;

const EXAMPLES =
  'write path=FROM..TO:log:N, path=FROM..TO:lin:N, path=FROM..TO:step:S or path=A,B,C (e.g. requestsPerMonth=1e3..1e9:log:25, rag.topK=3,5,10)';

function number(text: string, spec: string): Dec {
  const plain = toDecimalString(text.trim());
  if (plain === undefined)
    throw usageError(`\`${text}\` is not a number in --vary ${spec}; ${EXAMPLES}`, '--vary');
  const value = new D(plain);
  // No field takes more than 21 integer digits or 30 decimals; writing 1e999999999 out point by
  // point would exhaust memory, so such an end is refused here, before any point is made.
  if (value.abs().gte('1e21') || (!value.isZero() && value.abs().lt('1e-30'))) {
    throw usageError(
      `--vary ${spec}: \`${text.trim()}\` has more than ${value.abs().gte(1) ? '21 integer digits' : '30 decimals'}, beyond what any field accepts`,
      '--vary',
    );
  }
  return value;
}

// Ends written without a decimal point (1e3 included) give whole-number points: counts stay integers.
const isWholeText = (text: string) => !text.includes('.');

function finish(values: Dec[], whole: boolean): string[] {
  const out: string[] = [];
  for (const v of values) {
    const s = (whole ? v.toDecimalPlaces(0, D.ROUND_HALF_EVEN) : v.toSignificantDigits(12)).toFixed();
    const plain = s === '-0' ? '0' : s;
    if (out[out.length - 1] !== plain) out.push(plain);
  }
  return out;
}

/**
 * Parses one `--vary` option into an axis. Ranges are inclusive; `log` and `lin` give N points,
 * `step` every S from FROM up to TO. When both ends are written as whole numbers (`1e3` is one), the
 * points are rounded to whole numbers and repeats dropped; write a decimal point (`0.1..0.5:lin:5`)
 * for fractional points. A list may hold numbers or names (`rag.generation.model=gpt-4.1,gpt-4.1-mini`).
 *
 * @throws a usage error (exit 2) naming what is wrong.
 */
export function parseVary(spec: string): SweepAxis {
  const eq = spec.indexOf('=');
  if (eq <= 0 || eq === spec.length - 1) throw usageError(`--vary \`${spec}\`: ${EXAMPLES}`, '--vary');
  const path = spec.slice(0, eq).trim();
  const field = resolveScenarioPath(path);
  const body = spec.slice(eq + 1).trim();
  const range = /^([^.]+(?:\.\d+)?(?:[eE][-+]?\d+)?)\.\.([^:]+)(?::(log|lin|step):([^:]+))?$/.exec(body);
  let values: string[];
  if (range) {
    const [, fromText = '', toText = '', mode, countText = ''] = range;
    const from = number(fromText, spec);
    const to = number(toText, spec);
    if (mode === undefined)
      throw usageError(`--vary ${spec}: say how to fill the range; ${EXAMPLES}`, '--vary');
    if (to.lt(from)) throw usageError(`--vary ${spec}: FROM must not exceed TO`, '--vary');
    const whole = isWholeText(fromText) && isWholeText(toText) && from.isInteger() && to.isInteger();
    if (mode === 'step') {
      const step = number(countText, spec);
      if (step.lte(0)) throw usageError(`--vary ${spec}: the step must be positive`, '--vary');
      const count = to.minus(from).div(step).floor().plus(1);
      if (count.gt(MAX_AXIS_POINTS))
        throw usageError(`--vary ${spec}: at most ${MAX_AXIS_POINTS} points per axis`, '--vary');
      values = finish(
        Array.from({ length: count.toNumber() }, (_, i) => from.plus(step.times(i))),
        whole && step.isInteger(),
      );
    } else {
      const n = Number(countText);
      if (!Number.isInteger(n) || n < 2 || n > MAX_AXIS_POINTS) {
        throw usageError(`--vary ${spec}: N must be a whole number from 2 to ${MAX_AXIS_POINTS}`, '--vary');
      }
      if (mode === 'log') {
        if (from.lte(0)) throw usageError(`--vary ${spec}: a log range must start above 0`, '--vary');
        // Grid positions need no exactness (the ends are exact): floats keep 100,000 points fast.
        const a = Math.log(from.toNumber());
        const step = (Math.log(to.toNumber()) - a) / (n - 1);
        values = finish(
          Array.from({ length: n }, (_, i) =>
            i === n - 1 ? to : i === 0 ? from : new D(Math.exp(a + step * i).toPrecision(15)),
          ),
          whole,
        );
      } else {
        const step = to.minus(from).div(n - 1);
        values = finish(
          Array.from({ length: n }, (_, i) => (i === n - 1 ? to : from.plus(step.times(i)))),
          whole,
        );
      }
    }
  } else {
    const items = body.split(',').map((v) => v.trim());
    // `1..5`, `1e3..1e9:log` or `1..9:lin:x` read as a one-value list would become a literal string
    // and fail later as a bad field value: it is a malformed range, a usage error.
    if (items.some((v) => v.includes('..') || /:(log|lin|step)\b/.test(v))) {
      throw usageError(`--vary ${spec}: a malformed range; ${EXAMPLES}`, '--vary');
    }
    if (items.some((v) => v === ''))
      throw usageError(`--vary ${spec}: empty value in the list; ${EXAMPLES}`, '--vary');
    if (items.length > MAX_AXIS_POINTS)
      throw usageError(`--vary ${spec}: at most ${MAX_AXIS_POINTS} values`, '--vary');
    values = items.map((v) => toDecimalString(v) ?? v);
  }
  const fieldText = field.join('.');
  return { path, field: fieldText, values, volume: fieldText === 'workload.requestsPerMonth' };
}

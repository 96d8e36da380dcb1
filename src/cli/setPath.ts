import { deepMerge, isPlainObject } from '../_lib/deepMerge.js';
import { CliError } from './cliError.js';

export { deepMerge, isPlainObject };

type Json = unknown;

/** Marks "remove this key" (a `null` in a profile or `--set path=null`). */
export const REMOVE: unique symbol = Symbol('remove');

/**
 * Returns a copy of `target` with `value` at `path` (intermediate objects created as needed), or
 * without the key when `value` is {@link REMOVE}. The input is not mutated.
 *
 * @throws `invalid_input`-like CLI error when the path runs through a value that is not an object.
 */
export function setPath(
  target: Json,
  path: readonly string[],
  value: Json | typeof REMOVE,
  shown = path.join('.'),
): Json {
  const [key, ...rest] = path;
  if (key === undefined) return value === REMOVE ? undefined : value;
  if (target !== undefined && !isPlainObject(target)) {
    throw new CliError('usage', `cannot set \`${shown}\`: a parent of it is not an object`, shown);
  }
  const copy: Record<string, unknown> = { ...(target ?? {}) };
  if (rest.length === 0 && value === REMOVE) {
    delete copy[key];
    return copy;
  }
  const child = Object.hasOwn(copy, key) ? copy[key] : undefined;
  copy[key] = setPath(child, rest, value, shown);
  return copy;
}

import { CliError } from './cliError.js';

type Json = unknown;

/** Marks "remove this key" (a `null` in a profile or `--set path=null`). */
export const REMOVE: unique symbol = Symbol('remove');

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

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

/**
 * Deep-merges `override` over `base`: objects merge key by key, anything else (numbers, strings,
 * lists) replaces, and `null` removes the key. Neither input is mutated.
 */
export function deepMerge(base: Json, override: Json): Json {
  if (!isPlainObject(base) || !isPlainObject(override)) return override;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    if (value === null) delete out[key];
    else out[key] = Object.hasOwn(out, key) ? deepMerge(out[key], value) : value;
  }
  return out;
}

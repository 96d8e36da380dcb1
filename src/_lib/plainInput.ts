import { isDecimal } from '../decimal.js';
import { type ErrorCode, TuneOrRagError } from '../errors.js';

/** Limits on what a caller hands the library, checked while it is copied (before any schema). */
export const API_INPUT_LIMITS = {
  /** Nesting of objects and arrays (a scenario is about 6 deep). */
  depth: 64,
  /** Own keys of one object (a scenario object has at most about 30). */
  keys: 1000,
  /** Items of one array (`volumes` takes up to 1,000,000). */
  items: 1_000_000,
} as const;

function joinPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path === '' ? key : `${path}.${key}`;
}

/** The code of the errors below: `invalid_input`, or `invalid_price_table` for a price table. */
let code: ErrorCode = 'invalid_input';

function refuse(path: string, message: string, cause?: unknown): TuneOrRagError {
  return new TuneOrRagError(code, message, cause === undefined ? { path } : { path, cause });
}

function read<TValue>(path: string, get: () => TValue): TValue {
  try {
    return get();
  } catch (error) {
    // A getter or proxy trap of the caller's threw: say where, keep what it threw as the cause.
    throw refuse(path, 'reading this field threw an error; pass plain data', error);
  }
}

/** {@link toPlainInput} for a price table: the same copy, errors coded `invalid_price_table`. */
export function toPlainTable(value: unknown, path = ''): unknown {
  code = 'invalid_price_table';
  try {
    return toPlainInput(value, path);
  } finally {
    code = 'invalid_input';
  }
}

/**
 * Copies what a caller passed into plain data: objects and arrays are rebuilt from their own
 * enumerable keys, each read once and guarded, so getters, proxies and sparse arrays (holes become
 * `undefined`) behave like plain JSON afterwards; Decimals and other values are kept as they are.
 * Refuses nesting deeper than 64, objects with more than 1,000 keys and arrays with more than
 * 1,000,000 items, naming the limit and the path.
 *
 * @throws `invalid_input` at the path of the offending field.
 */
export function toPlainInput(value: unknown, path = '', depth = 0): unknown {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return value;
  if (read(path, () => isDecimal(value))) return value;
  const isArray = read(path, () => Array.isArray(value));
  if (!isArray) {
    const proto = read(path, () => Object.getPrototypeOf(value));
    // Dates, Maps, class instances, functions: not ours to take apart; the schema refuses them.
    if (typeof value === 'function' || (proto !== Object.prototype && proto !== null)) return value;
  }
  if (depth >= API_INPUT_LIMITS.depth) {
    throw refuse(path, `nested more than ${API_INPUT_LIMITS.depth} levels deep, the limit for an input`);
  }
  if (isArray) {
    const array = value as readonly unknown[];
    const length = read(path, () => array.length);
    if (length > API_INPUT_LIMITS.items) {
      throw refuse(
        path,
        `more than ${API_INPUT_LIMITS.items.toLocaleString('en-US')} items, the limit for a list`,
      );
    }
    const out: unknown[] = new Array(length);
    for (let i = 0; i < length; i++) {
      const at = joinPath(path, i);
      out[i] = toPlainInput(
        read(at, () => array[i]),
        at,
        depth + 1,
      );
    }
    return out;
  }
  const object = value as Record<string, unknown>;
  const keys = read(path, () => Object.keys(object));
  if (keys.length > API_INPUT_LIMITS.keys) {
    throw refuse(
      path,
      `${keys.length.toLocaleString('en-US')} fields, more than ${API_INPUT_LIMITS.keys.toLocaleString('en-US')}, the limit for an object`,
    );
  }
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const at = joinPath(path, key);
    // defineProperty: an own `__proto__` key stays a key (the schema then refuses it by name).
    Object.defineProperty(out, key, {
      value: toPlainInput(
        read(at, () => object[key]),
        at,
        depth + 1,
      ),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

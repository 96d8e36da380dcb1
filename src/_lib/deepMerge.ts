/** `true` for an object that is not an array (after `toPlainInput`, every object is plain). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Deep-merges `override` over `base`: objects merge key by key, anything else (numbers, strings,
 * lists) replaces, and `null` removes the key. Neither input is mutated. Used by profiles, `--set`
 * and a candidate's `extends`.
 */
export function deepMerge(base: unknown, override: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(override)) return override;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    if (value === null) delete out[key];
    // Defined, not assigned: a `__proto__` key from JSON stays a key (and is refused by the
    // schema as unknown) instead of becoming the result's prototype.
    else
      Object.defineProperty(out, key, {
        value: Object.hasOwn(out, key) ? deepMerge(out[key], value) : value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
  }
  return out;
}

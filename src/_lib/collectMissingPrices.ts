import { TuneOrRagError } from '../errors.js';

const MAX_ROUNDS = 50;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** A copy of `input` with `path` (dotted) set to `value`, copying only the objects along the path. */
function withValue(input: unknown, path: readonly string[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string, ...string[]];
  const base = isPlainObject(input) ? input : {};
  return { ...base, [head]: withValue(base[head], rest, value) };
}

/** The scenario fields a `missing_price` message asks for: the path, and any other backticked `…prices.…` field. */
function fieldsOf(error: TuneOrRagError): string[] {
  const named = [...error.message.matchAll(/`([A-Za-z0-9_.[\]]+\.prices\.[A-Za-z0-9_]+)`/g)].map(
    (m) => m[1]!,
  );
  return [...new Set([error.path, ...named])].filter((p) => p.includes('.prices.'));
}

/**
 * Runs `build` on the scenario; when it stops at a missing price, notes it, fills that field with a
 * stand-in and runs again, so that one run reports **every** missing price (each with its path and
 * unit) in one `missing_price` error, instead of one per run. The stand-ins never reach a result:
 * if anything was missing, this throws.
 */
export function collectMissingPrices<TBuilt>(input: unknown, build: (input: unknown) => TBuilt): TBuilt {
  const missing: TuneOrRagError[] = [];
  let current = input;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    try {
      const built = build(current);
      if (missing.length === 0) return built;
      break;
    } catch (error) {
      if (!(error instanceof TuneOrRagError) || error.code !== 'missing_price') {
        if (missing.length === 0) throw error;
        break; // Report the missing prices found so far; the other problem shows once they are given.
      }
      const fields = fieldsOf(error);
      if (fields.length === 0 || missing.some((m) => m.path === error.path)) {
        if (missing.length === 0) throw error;
        break;
      }
      missing.push(error);
      for (const field of fields) current = withValue(current, field.split('.'), '0');
    }
  }
  if (missing.length === 1) throw missing[0]!;
  const issues = missing.map((m) => ({
    path: m.path,
    message: m.detail,
  }));
  throw new TuneOrRagError(
    'missing_price',
    `${missing.length} prices are missing; pass each in the scenario: ${issues.map((i) => `\`${i.path}\` (${i.message})`).join('; ')}`,
    { path: issues[0]!.path, issues },
  );
}

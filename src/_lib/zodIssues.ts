import type * as z from 'zod/mini';
import { type ErrorCode, type ErrorIssue, TuneOrRagError } from '../errors.js';

/** Formats a zod path as the dotted path users write (`strategies.rag.topK`, `models[2].id`). */
export function formatPath(path: readonly PropertyKey[], prefix = ''): string {
  let out = prefix;
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      // Parsed with reportInput, so a missing field is told apart from a wrong type.
      return issue.input === undefined
        ? `required: expected ${issue.expected}`
        : `expected ${issue.expected}, got ${kindOf(issue.input)}`;
    case 'unrecognized_keys':
      // At most ten names: an object with 100,000 stray keys must not make a 100,000-name message.
      return `unknown field(s) ${issue.keys
        .slice(0, 10)
        .map((k) => `\`${k}\``)
        .join(
          ', ',
        )}${issue.keys.length > 10 ? ` and ${(issue.keys.length - 10).toLocaleString('en-US')} more` : ''}: remove them or check the spelling`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_union': {
      // A discriminated union names its allowed values.
      const options = (issue as { options?: unknown }).options;
      if (Array.isArray(options))
        return `expected one of ${options.map((o) => JSON.stringify(o)).join(', ')}`;
      return issue.message && issue.message !== 'Invalid input'
        ? issue.message
        : 'does not match any allowed shape';
    }
    default:
      return issue.message;
  }
}

/** How far a union branch got: fewer issues, and not a type mismatch at the union itself, is nearer. */
function branchScore(issues: readonly z.core.$ZodIssue[]): number {
  const typeMismatchAtRoot = issues.some((i) => i.code === 'invalid_type' && i.path.length === 0);
  // A literal that does not match (a `mode`, `missing: true`) marks the wrong branch.
  const wrongLiteral = issues.some((i) => i.code === 'invalid_value' && i.path.length === 1);
  return issues.length + (typeMismatchAtRoot ? 100 : 0) + (wrongLiteral ? 50 : 0);
}

/**
 * Replaces each failed union by the issues of its nearest branch, so a price missing its `source`
 * says "source: required" instead of "does not match any allowed shape".
 */
function flatten(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  const out: z.core.$ZodIssue[] = [];
  for (const issue of issues) {
    if (issue.code !== 'invalid_union' || issue.errors.length === 0) {
      out.push(issue);
      continue;
    }
    let best = issue.errors[0]!;
    for (const branch of issue.errors) if (branchScore(branch) < branchScore(best)) best = branch;
    const nested = best.map((sub) => ({ ...sub, path: [...issue.path, ...sub.path] }) as z.core.$ZodIssue);
    out.push(...flatten(nested));
  }
  return out;
}

/** Turns zod issues into our error (code given by the caller), naming every offending field. */
export function errorFromZod(
  code: ErrorCode,
  issues: readonly z.core.$ZodIssue[],
  what: string,
  pathPrefix = '',
): TuneOrRagError {
  const mapped: ErrorIssue[] = flatten(issues).map((issue) => ({
    path: formatPath(issue.path, pathPrefix),
    message: describeIssue(issue),
  }));
  const first = mapped[0] ?? { path: pathPrefix, message: 'invalid' };
  // Name every other issue too (up to 5), so that one run shows what to fix, not just how many.
  const rest = mapped.slice(1);
  const listed = rest.slice(0, 5).map((i) => `\`${i.path}\`: ${i.message}`);
  if (rest.length > 5) listed.push(`${rest.length - 5} more`);
  const more = rest.length > 0 ? `; also ${listed.join('; ')}` : '';
  return new TuneOrRagError(code, `${what}: ${first.message}${more}`, { path: first.path, issues: mapped });
}

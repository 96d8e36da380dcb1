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

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `required: expected ${issue.expected}`
        : `expected ${issue.expected}`;
    case 'unrecognized_keys':
      return `unknown field(s) ${issue.keys.map((k) => `\`${k}\``).join(', ')}: remove them or check the spelling`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_union':
      return issue.message && issue.message !== 'Invalid input'
        ? issue.message
        : 'does not match any allowed shape';
    default:
      return issue.message;
  }
}

/** Turns zod issues into our error (code given by the caller), naming every offending field. */
export function errorFromZod(
  code: ErrorCode,
  issues: readonly z.core.$ZodIssue[],
  what: string,
  pathPrefix = '',
): TuneOrRagError {
  const mapped: ErrorIssue[] = issues.map((issue) => ({
    path: formatPath(issue.path, pathPrefix),
    message: describeIssue(issue),
  }));
  const first = mapped[0] ?? { path: pathPrefix, message: 'invalid' };
  const more =
    mapped.length > 1 ? ` (and ${mapped.length - 1} more issue${mapped.length > 2 ? 's' : ''})` : '';
  return new TuneOrRagError(code, `${what}: ${first.message}${more}`, { path: first.path, issues: mapped });
}

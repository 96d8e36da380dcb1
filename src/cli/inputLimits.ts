import { SAVED_DECIMAL_CHARS } from '../analysis/savedRun.js';

/**
 * Size limits on what the CLI reads, checked before (or while) parsing so that a hostile or broken
 * file is refused in linear time with the limit named, instead of exhausting the stack or memory.
 * docs/guarantees.md lists them.
 */
export const INPUT_LIMITS = {
  /** A scenario file (YAML or JSON): the example is 5 KB. */
  scenarioFileBytes: 1024 * 1024,
  /** A saved run (`compare -f json`): a run of every profile is well under 1 MB. */
  runFileBytes: 64 * 1024 * 1024,
  /** Nesting of mappings and lists, in either file (a scenario is about 6 deep). */
  depth: 64,
  /** Keys in one mapping of a scenario file (a scenario mapping has at most about 30). */
  scenarioMappingKeys: 1000,
  /** Keys in one object, items in one list, of a run file. */
  runFileWidth: 100_000,
  /** Characters in one decimal of a run file (its schema's limit, src/report/savedRun.ts). */
  decimalChars: SAVED_DECIMAL_CHARS,
} as const;

/**
 * The deepest nesting of `[`/`{` in a text, in one linear pass: JSON strings are skipped (a bracket
 * inside quotes does not count); for YAML, brackets are counted wherever they are, which can only
 * over-count, and a real scenario is nowhere near the limit.
 */
export function maxBracketDepth(text: string, jsonStrings: boolean): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22 && jsonStrings) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > max) max = depth;
    } else if ((c === 0x5d || c === 0x7d) && depth > 0) depth--;
  }
  return max;
}

/**
 * The first place where parsed JSON data is wider than `width` (keys of one object, items of one
 * list), as a dotted path, or `undefined`. Iterative: no recursion, whatever the depth.
 */
export function findTooWide(data: unknown, width: number): { path: string; size: number } | undefined {
  const stack: [unknown, string][] = [[data, '']];
  while (stack.length > 0) {
    const [value, path] = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    const entries = Array.isArray(value)
      ? value.map((v, i): [string, unknown] => [`${path}[${i}]`, v])
      : Object.keys(value).map((k): [string, unknown] => [
          path === '' ? k : `${path}.${k}`,
          (value as Record<string, unknown>)[k],
        ]);
    if (entries.length > width) return { path: path === '' ? '(top level)' : path, size: entries.length };
    for (const [p, v] of entries) if (v !== null && typeof v === 'object') stack.push([v, p]);
  }
  return undefined;
}

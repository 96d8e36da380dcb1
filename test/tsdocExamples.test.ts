import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as main from '../src/index.js';
import * as report from '../src/report.js';

/** Every name the entries export: examples may use the main entry and the report entry. */
const lib: Record<string, unknown> = { ...main, ...report };

/**
 * Runs every ```ts example in the TSDoc comments of src/ against the library, as the README's
 * examples are: a line `expression; //=> value` asserts that the expression equals the value.
 */
const SRC = new URL('../src/', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

interface Example {
  readonly where: string;
  readonly code: string;
  /** How many `//=>` results the example shows: each must become a check that runs. */
  readonly results: number;
}

function examples(): Example[] {
  const out: Example[] = [];
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
      for (const block of m[0].matchAll(/```ts\n([\s\S]*?)```/g)) {
        const code = block[1]!
          .split('\n')
          .map((line) => line.replace(/^\s*\* ?/, ''))
          .join('\n');
        const line = text.slice(0, m.index).split('\n').length;
        const results = code.split('\n').filter((l) => l.includes('//=>')).length;
        out.push({ where: `${relative(SRC, file)}:${line}`, code, results });
      }
    }
  }
  return out;
}

/** `expr; //=> value` becomes a check that expr deep-equals value. */
function instrument(code: string): string {
  return code
    .split('\n')
    .filter((line) => !/^\s*import\s/.test(line))
    .map((line) => {
      const m = /^(.*?);?\s*\/\/=>\s*(.+)$/.exec(line);
      if (!m) return line;
      const [, expr, expected] = m;
      if (/^\s*if\s*\(/.test(expr!)) {
        const cond = /^(\s*if\s*\(.*\))\s*(.*)$/.exec(expr!)!;
        return `${cond[1]} __check(${cond[2]}, ${expected});`;
      }
      return `__check(${expr}, ${expected});`;
    })
    .join('\n');
}

describe('TSDoc examples in src/', () => {
  const found = examples();

  it('there are examples to run', () => {
    expect(found.length).toBeGreaterThanOrEqual(2);
  });

  it('every `//=>` in src/ is in a ```ts example that runs', () => {
    // A result shown outside a fenced example (or in another language's fence) would not be run.
    const shown = sourceFiles(SRC).reduce(
      (n, file) => n + (readFileSync(file, 'utf8').match(/\/\/=>/g)?.length ?? 0),
      0,
    );
    expect(shown).toBeGreaterThan(0);
    expect(found.reduce((n, e) => n + e.results, 0)).toBe(shown);
  });

  it.each(found.map((e) => [e.where, e.code, e.results] as const))('%s', (_where, code, results) => {
    let checks = 0;
    const check = (actual: unknown, expected: unknown) => {
      checks += 1;
      expect(actual).toEqual(expected);
    };
    const names = Object.keys(lib);
    const run = new Function(...names, '__check', instrument(code));
    run(...names.map((n) => lib[n]), check);
    // Every result the example shows was checked (none skipped by a branch or a parse miss).
    expect(checks).toBe(results);
  });
});

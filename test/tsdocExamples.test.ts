import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as lib from '../src/index.js';

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
        out.push({ where: `${relative(SRC, file)}:${line}`, code });
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

  it.each(found.map((e) => [e.where, e.code] as const))('%s', (_where, code) => {
    let checks = 0;
    const check = (actual: unknown, expected: unknown) => {
      checks += 1;
      expect(actual).toEqual(expected);
    };
    const names = Object.keys(lib);
    const run = new Function(...names, '__check', instrument(code));
    run(...names.map((n) => (lib as Record<string, unknown>)[n]), check);
    expect(checks).toBeGreaterThan(0);
  });
});

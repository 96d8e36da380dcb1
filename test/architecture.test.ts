import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The layer table of docs/architecture.md, checked on every import in src/. */
const SRC = new URL('../src/', import.meta.url).pathname;

const ORDER = ['base', 'spec', 'pricing', 'model', 'kinds', 'scenario', 'analysis', 'report', 'cli'] as const;
type Layer = (typeof ORDER)[number];

function layerOf(file: string): Layer | 'entry' {
  const rel = relative(SRC, file);
  const top = rel.split('/')[0]!;
  if (top === '_lib' || rel === 'decimal.ts' || rel === 'errors.ts' || rel === 'strategyKinds.ts')
    return 'base';
  if (rel === 'calculate.ts' || rel === 'projectChargesWith.ts') return 'analysis';
  if ((ORDER as readonly string[]).includes(top)) return top as Layer;
  return 'entry';
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Runtime and type imports alike: a type import still ties the layers. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/from '(\.[^']+)'/g)].map((m) =>
    resolve(dirname(file), m[1]!.replace(/\.js$/, '.ts')),
  );
}

describe('layers (docs/architecture.md)', () => {
  const all = files(SRC);

  it('every import goes down the layer order, and only the CLI reaches Node built-ins', () => {
    const violations: string[] = [];
    let checked = 0;
    for (const file of all) {
      const from = layerOf(file);
      if (from === 'entry') continue;
      const text = readFileSync(file, 'utf8');
      if (from !== 'cli' && /from 'node:/.test(text))
        violations.push(`${relative(SRC, file)} imports a Node built-in`);
      for (const target of importsOf(file)) {
        const to = layerOf(target);
        checked += 1;
        if (to === 'entry') {
          if (from !== 'cli') violations.push(`${relative(SRC, file)} → ${relative(SRC, target)} (an entry)`);
          continue;
        }
        // spec reads pricing's table schema (ids, enums) and nothing else of pricing.
        const ok =
          ORDER.indexOf(to) <= ORDER.indexOf(from) ||
          (from === 'spec' && to === 'pricing' && target.endsWith('priceTableSchema.ts'));
        if (!ok) violations.push(`${relative(SRC, file)} (${from}) → ${relative(SRC, target)} (${to})`);
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(violations).toEqual([]);
  });
});

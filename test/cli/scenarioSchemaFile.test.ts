import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STRATEGY_IDS } from '../../src/strategyKinds.js';
import { ROOT } from './helpers/cli.js';

describe('schema/scenario.schema.json', () => {
  it('is what scripts/build-scenario-schema.ts generates (npm run schema:build)', () => {
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/build-scenario-schema.ts', '--check'],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  }, 30_000);

  it('allows $schema, version 1 and profiles, and names every strategy', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schema/scenario.schema.json'), 'utf8'));
    expect(schema.properties.version.const).toBe(1);
    expect(schema.properties.$schema.type).toBe('string');
    expect(schema.properties.profiles.type).toBe('object');
    // Every kind of the strategy registry, and nothing else.
    expect(Object.keys(schema.properties.strategies.properties).sort()).toEqual([...STRATEGY_IDS].sort());
    expect(schema.additionalProperties).toBe(false);
  });

  it('describes every property, and states a default only where the comment does not', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schema/scenario.schema.json'), 'utf8'));
    const properties: [string, Record<string, unknown>][] = [];
    const walk = (node: unknown, path: string): void => {
      if (typeof node !== 'object' || node === null) return;
      for (const [key, child] of Object.entries(node)) {
        if (key === 'properties' && typeof child === 'object' && child !== null) {
          for (const [name, prop] of Object.entries(child)) {
            properties.push([`${path}.${name}`, prop as Record<string, unknown>]);
            walk(prop, `${path}.${name}`);
          }
        } else walk(child, `${path}/${key}`);
      }
    };
    walk(schema, '');
    const undescribed = properties.filter(
      ([, p]) => typeof p.description !== 'string' || p.description === '',
    );
    expect(undescribed.map(([path]) => path)).toEqual([]);
    // A static default is declared once, in the Defaults object; the comment does not repeat it.
    const twice = properties.filter(
      ([, p]) => 'default' in p && /\(default[ :]/.test(p.description as string),
    );
    expect(twice.map(([path]) => path)).toEqual([]);
    expect(properties.length).toBeGreaterThan(250);
  });
});

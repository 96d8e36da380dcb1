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
});

import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { EXAMPLE_SCENARIO_YAML } from '../../src/cli/exampleScenario.js';
import { compare, parseScenario } from '../../src/index.js';

describe('EXAMPLE_SCENARIO_YAML', () => {
  const doc = parse(EXAMPLE_SCENARIO_YAML) as Record<string, unknown> & {
    profiles?: Record<string, unknown>;
  };

  it('parses as a scenario with its three profiles', () => {
    expect(Object.keys(doc.profiles ?? {})).toEqual(['low', 'base', 'high']);
    const { profiles: _p, ...base } = doc;
    expect(() => parseScenario(base)).not.toThrow();
  });

  it('prices every strategy it describes on the bundled tables', () => {
    const { profiles: _p, ...base } = doc;
    const r = compare(base as never);
    expect(r.strategies.length + r.run.unavailable.length).toBe(parseScenario(base).candidates.length);
    for (const s of r.strategies) expect(s.monthlyTotal.gt(0), s.strategy).toBe(true);
  });
});

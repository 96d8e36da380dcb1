import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { breakeven, compare, defaultScenario } from '../src/index.js';

/** The README's snippet, run as written: each `//=>` result is checked. */
describe('README quick start', () => {
  const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');

  it('still shows the snippet this test runs', () => {
    expect(readme).toContain("result.cheapest; //=> 'promptOnly'");
    expect(readme).toContain("//=> ['289.49', '362.38', '194.48', '437.09']");
    expect(readme).toContain("b.crossovers[0].requestsPerMonth.toFixed(0); //=> '115787'");
    expect(readme).toMatch(/npm ci && npm start/);
    expect(readme).toMatch(/^npm test/m);
  });

  it('gives the results it promises', () => {
    const result = compare(defaultScenario());
    expect(result.cheapest).toBe('promptOnly');
    expect(result.run.unavailable).toEqual([]);
    expect(result.strategies.map((s) => s.monthlyTotal.toFixed(2))).toEqual([
      '289.49',
      '362.38',
      '194.48',
      '437.09',
    ]);
    const { breakeven: b } = breakeven(defaultScenario(), { between: ['fineTune', 'rag'] });
    expect(b.kind).toBe('crossovers');
    if (b.kind === 'crossovers') expect(b.crossovers[0]!.requestsPerMonth.toFixed(0)).toBe('115787');
  });
});

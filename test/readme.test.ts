import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { breakeven, compare, defaultScenario } from '../src/index.js';

/** The README's snippet, run as written: each `//=>` result is checked. */
describe('README quick start', () => {
  const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');

  it('still shows the snippet this test runs', () => {
    expect(readme).toContain("result.cheapest; //=> 'fineTune'");
    expect(readme).toContain("//=> ['347.78', '1684.73', '1036.00', '645.51']");
    expect(readme).toContain("b.crossovers[0].requestsPerMonth.toFixed(0); //=> '14028'");
    expect(readme).toMatch(/npm ci && npm start/);
    expect(readme).toMatch(/^npm test/m);
  });

  it('gives the results it promises', () => {
    const result = compare(defaultScenario());
    expect(result.cheapest).toBe('fineTune');
    expect(result.strategies.map((s) => s.monthlyTotal.toFixed(2))).toEqual([
      '347.78',
      '1684.73',
      '1036.00',
      '645.51',
    ]);
    const { breakeven: b } = breakeven(defaultScenario(), { between: ['fineTune', 'rag'] });
    expect(b.kind).toBe('crossovers');
    if (b.kind === 'crossovers') expect(b.crossovers[0]!.requestsPerMonth.toFixed(0)).toBe('14028');
  });
});

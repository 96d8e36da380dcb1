import { describe, expect, it } from 'vitest';
import { configureEngine } from '../../src/cli/engine.js';
import { focusTable } from '../../src/cli/focusTable.js';
import { D } from '../../src/decimal.js';
import { defaultScenario } from '../../src/index.js';

describe('focusTable (--format focus)', () => {
  configureEngine({});
  const loaded = [
    { profile: null, scenario: defaultScenario() },
    {
      profile: 'double',
      scenario: {
        ...defaultScenario(),
        workload: { ...defaultScenario().workload, requestsPerMonth: 400_000 },
      },
    },
  ];

  it("holds every profile's charges for the months asked, one FOCUS row per line item", () => {
    const table = focusTable(loaded, 2);
    const col = (name: string) => table.header.indexOf(name);
    expect(col('BilledCost')).toBeGreaterThanOrEqual(0);
    const months = new Set(table.rows.map((r) => r[col('x_HorizonMonth')]));
    expect([...months].sort()).toEqual(['1', '2']);
    expect(new Set(table.rows.map((r) => r[col('x_Profile')]))).toEqual(new Set([null, 'double']));
  });

  it("prices each month as the calculation does: prompt-only's month 1 is 194.48 (docs/formulas.md)", () => {
    const table = focusTable(loaded.slice(0, 1), 1);
    const col = (name: string) => table.header.indexOf(name);
    const promptOnly = table.rows.filter((r) => r[col('x_Strategy')] === 'promptOnly');
    const total = promptOnly.reduce((sum, r) => sum.plus(r[col('BilledCost')]!), new D(0));
    // 200,000 requests: instruction + few-shot 3,600 tokens at 80% cache hits, input and output
    // (docs/formulas.md, worked example) = $194.48; no one-time lines, so month 1 is the monthly total.
    expect(total.toFixed()).toBe('194.48');
  });
});

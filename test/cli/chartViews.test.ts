import { describe, expect, it } from 'vitest';
import { compareViews, curveViews, horizonViews } from '../../src/cli/chartViews.js';
import { compare, configureEngine, curve, horizon } from '../../src/cli/engine.js';
import { defaultScenario } from '../../src/index.js';

describe('chart views of --format svg and html', () => {
  configureEngine({});
  const base = { profile: null, scenario: defaultScenario() };
  const high = {
    profile: 'high',
    scenario: {
      ...defaultScenario(),
      workload: { ...defaultScenario().workload, requestsPerMonth: 800_000 },
    },
  };

  it('compare: one cost chart per profile, stacked, each with its own ids and its profile in the title', () => {
    const runs = [base, high].map((l) => ({ ...l, result: compare(l.scenario) }));
    const svg = compareViews(runs, false).svg!();
    expect(svg.match(/<svg\b/g)!.length).toBeGreaterThanOrEqual(2);
    expect(svg).toContain('id="tor-cost-curve"');
    expect(svg).toContain('id="tor-cost-curve-high"');
    expect(svg).toContain('Monthly cost by volume: Support assistant (built-in default) [profile high]');
  });

  it('compare html: a cost and a horizon figure per profile after the report, then the sources', () => {
    const runs = [base].map((l) => ({ ...l, result: compare(l.scenario) }));
    const doc = compareViews(runs, false).html();
    const figures = doc.blocks.filter((b) => b.kind === 'figure');
    expect(figures.map((f) => (f.kind === 'figure' ? f.caption.split(':')[0] : ''))).toEqual([
      'Monthly cost by volume',
      'Cumulative cost by month (cash view).',
    ]);
  });

  it('curve: charts the volumes asked for, not the default range', () => {
    const result = curve(base.scenario, { volumes: ['1000', '2000'] });
    const svg = curveViews([{ profile: null, result }], [base]).svg!();
    expect(svg).toContain('id="tor-cost-curve"');
    // The chart is drawn from the curve asked for, not from the default range (1,000 to 1e9).
    const byDefault = curveViews([{ profile: null, result: curve(base.scenario) }], [base]).svg!();
    expect(svg).not.toBe(byDefault);
  });

  it('horizon: the cumulative chart of each profile', () => {
    const runs = [base, high].map((l) => ({ profile: l.profile, result: horizon(l.scenario) }));
    const svg = horizonViews(runs, [base, high]).svg!();
    expect(svg).toContain('id="tor-horizon"');
    expect(svg).toContain('id="tor-horizon-high"');
  });
});

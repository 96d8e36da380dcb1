import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compare, curve, horizon } from '../../../src/index.js';
import { envelopeCrossovers, renderCostCurveSvg } from '../../../src/report/svg/renderCostCurveSvg.js';
import { renderHorizonSvg } from '../../../src/report/svg/renderHorizonSvg.js';
import { compactCount, escapeXml } from '../../../src/report/svg/svgMarkup.js';
import { base, expectWellEscaped, single } from '../../helpers/charts.js';
import { expectGoldenFile } from '../../helpers/expectGoldenFile.js';

describe('renderCostCurveSvg', () => {
  it('golden: the default scenario over 1K–1B requests/month', () => {
    const s = base();
    const svg = renderCostCurveSvg(curve(s, { range: { from: 1000, to: 1e9, points: 49 } }), {
      breakevens: compare(s).breakevens,
    });
    expectGoldenFile('svg/cost-curve-default.svg', svg);
  });

  it('golden: two strategies, without breakevens (crossovers interpolated)', () => {
    const svg = renderCostCurveSvg(curve(single(), { range: { from: 100, to: 1e8, points: 25 } }));
    expectGoldenFile('svg/cost-curve-single.svg', svg);
  });

  it('marks each change of the cheapest strategy at the exact breakeven volume', () => {
    const s = base();
    const result = compare(s);
    const c = curve(s, { range: { from: 1000, to: 1e9, points: 49 } });
    const svg = renderCostCurveSvg(c, { breakevens: result.breakevens });
    const found = envelopeCrossovers(c.points, c.run.workloadTokensPerRequest, result.breakevens);
    expect(found.length).toBeGreaterThan(0);
    const exact = result.breakevens.flatMap((b) => (b.kind === 'crossovers' ? b.crossovers : []));
    for (const x of found) {
      expect(x.exact).toBe(true);
      expect(exact.some((e) => e.requestsPerMonth.eq(x.requestsPerMonth))).toBe(true);
      expect(svg).toContain(`data-requests="${x.requestsPerMonth.toFixed()}"`);
      expect(svg).toContain(`${compactCount(x.requestsPerMonth)} req/mo`);
      expect(svg).toContain(`${compactCount(x.workloadTokensPerMonth)} tok/mo`);
    }
    expect(svg.match(/class="crossover"/g)).toHaveLength(found.length);
  });

  it('has an accessible name and description, a legend entry and a line per strategy', () => {
    const svg = renderCostCurveSvg(curve(base()));
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="tor-cost-curve-title tor-cost-curve-desc"/);
    expect(svg).toContain('<title id="tor-cost-curve-title">Monthly cost by volume: ');
    expect(svg).toMatch(
      /<desc id="tor-cost-curve-desc">Line chart, log–log: monthly cost in USD of Fine-tune, RAG, Prompt-only, Hybrid/,
    );
    expect(svg.match(/class="line"/g)).toHaveLength(4);
    for (const label of ['Fine-tune', 'RAG', 'Prompt-only', 'Hybrid (RAG + tuned)', 'Cheapest']) {
      expect(svg).toContain(`>${escapeXml(label)}</text>`);
    }
    expect(svg).toContain('Requests per month (log scale)');
    expect(svg).toContain('USD per month (log scale)');
  });

  it('does not mutate the report', () => {
    const c = curve(base(), { volumes: [1000, 1e6] });
    const before = JSON.stringify(c);
    renderCostCurveSvg(c);
    expect(JSON.stringify(c)).toBe(before);
  });
});

describe('properties (both charts)', () => {
  const names = fc.string({ unit: 'binary', maxLength: 60 });
  const volumes = fc.uniqueArray(fc.integer({ min: 0, max: 2_000_000_000 }), { minLength: 2, maxLength: 12 });

  it('same input gives the same bytes, and every text is escaped (names, ids)', () => {
    fc.assert(
      fc.property(names, volumes, fc.string({ maxLength: 12 }), (name, vols, id) => {
        const s = { ...base(), name };
        const c = curve(s, { volumes: [...vols].sort((a, b) => a - b) });
        const options = { breakevens: compare(s).breakevens, id };
        const svg = renderCostCurveSvg(c, options);
        expect(renderCostCurveSvg(c, options)).toBe(svg);
        expectWellEscaped(svg);
        expect(svg).not.toMatch(/NaN|Infinity/);
        const shown = escapeXml(name);
        if (shown.trim() !== '') expect(svg).toContain(shown);
        const h = horizon(s, { months: 1 + (vols[0]! % 30) });
        const hs = renderHorizonSvg(h, { id });
        expect(renderHorizonSvg(h, { id })).toBe(hs);
        expectWellEscaped(hs);
        expect(hs).not.toMatch(/NaN|Infinity/);
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});

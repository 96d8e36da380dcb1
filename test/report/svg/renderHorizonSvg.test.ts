import { describe, expect, it } from 'vitest';
import { horizon } from '../../../src/index.js';
import { renderHorizonSvg } from '../../../src/report/svg/renderHorizonSvg.js';
import { base, closingScenario } from '../../helpers/charts.js';
import { expectGoldenFile } from '../../helpers/expectGoldenFile.js';

describe('renderHorizonSvg', () => {
  it('golden: a breakeven month and a route closure', () => {
    const h = horizon(closingScenario(), { months: 12 });
    expect(h.closures).toHaveLength(1);
    expect(h.crossings).toHaveLength(1);
    const svg = renderHorizonSvg(h);
    expectGoldenFile('svg/horizon-closure.svg', svg);
    expect(svg).toContain('data-date="2027-01-06"');
    expect(svg).toContain('Fine-tune closes 2027-01-06');
    expect(svg).toContain('class="breakeven-month" data-month="2"');
  });

  it('golden: four strategies over 24 months', () => {
    expectGoldenFile('svg/horizon-default.svg', renderHorizonSvg(horizon(base(), { months: 24 })));
  });
});

import { describe, expect, it } from 'vitest';
import type { SensitivityPoint, SensitivityResult } from '../../../src/analysis/sensitivityWith.js';
import { D } from '../../../src/decimal.js';
import { renderTornadoSvg } from '../../../src/report/svg/renderTornadoSvg.js';

const d = (x: string | number) => new D(x);
const at = (requests: number | null, ratio: string | null = null, cheaper = 'b'): SensitivityPoint => ({
  value: null,
  breakeven:
    requests === null
      ? { kind: 'never', cheaper }
      : { kind: 'crossover', requestsPerMonth: d(requests), workloadTokensPerMonth: d(requests * 10) },
  ratio: ratio === null ? null : d(ratio),
  monthlyCosts: [null, null],
});

/**
 * Base breakeven 100. Epochs: 50 at its low, 200 at its high. Output tokens: never at its low
 * (b always cheaper), 150 at its high. The axis spans 50 to 200.
 */
const result = {
  run: { scenarioName: 'Demo & co' },
  between: ['a', 'b'],
  rankBy: 'breakeven',
  base: at(100, '2'),
  bars: [
    {
      path: 'strategies.fineTune.training.epochs',
      low: d(1),
      base: d(3),
      high: d(6),
      atLow: at(50, '1.5'),
      atHigh: at(200, '3'),
    },
    {
      path: 'workload.outputTokens',
      low: d(250),
      base: d(250),
      high: d(500),
      atLow: at(null, '4'),
      atHigh: at(150, '2.5'),
    },
  ],
} as unknown as SensitivityResult;

/** Each bar rectangle's class, x and width. */
const rects = (svg: string) =>
  [...svg.matchAll(/<rect class="(low|high)" x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/g)].map((m) => ({
    side: m[1]!,
    x: Number(m[2]),
    width: Number(m[3]),
  }));

describe('renderTornadoSvg', () => {
  const svg = renderTornadoSvg(result, { labelOf: (id) => id.toUpperCase() });

  it('draws each end as a bar from the base, its length in proportion to the change', () => {
    const [low, high, high2] = rects(svg);
    expect([low!.side, high!.side, high2!.side]).toEqual(['low', 'high', 'high']);
    // Epochs: 100 → 50 is half as far as 100 → 200; output at its high: 100 → 150, as far as 50.
    expect(high!.width / low!.width).toBeCloseTo(2, 1);
    expect(high2!.width / low!.width).toBeCloseTo(1, 1);
    // The low bar ends where the high bar starts: at the base.
    expect(low!.x + low!.width).toBeCloseTo(high!.x, 0);
  });

  it('writes out an end with no crossover instead of drawing it', () => {
    expect(svg).toContain('>low: never: B cheaper</text>');
    expect(rects(svg)).toHaveLength(3);
  });

  it('rows most influential first, with the short field path, and a described, escaped title', () => {
    const labels = [...svg.matchAll(/text-anchor="end">([^<]+)<\/text>/g)].map((m) => m[1]);
    expect(labels).toEqual(['fineTune.training.epochs', 'outputTokens']);
    expect(svg).toContain('What moves the breakeven: Demo &amp; co');
    expect(svg).toContain('base 100');
    expect(svg).toContain(
      'strategies.fineTune.training.epochs: low 1 gives 50, high 6 gives 200. workload.outputTokens: low 250 gives never: B cheaper, high 500 gives 150.',
    );
  });

  it('the multiple instead, when asked: ratios with three significant digits', () => {
    const multiple = renderTornadoSvg(result, { measure: 'multiple' });
    expect(multiple).toContain('What moves the multiple: Demo &amp; co');
    expect(multiple).toContain('base 2×');
    // Every end has a ratio: four bars.
    expect(rects(multiple)).toHaveLength(4);
  });

  it('is deterministic', () => {
    expect(renderTornadoSvg(result, { labelOf: (id) => id.toUpperCase() })).toBe(svg);
  });
});

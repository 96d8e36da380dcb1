import { describe, expect, it } from 'vitest';
import { compare } from '../../../src/index.js';
import {
  chartAxes,
  chartFooter,
  chartHeading,
  markerCircle,
  plotArea,
  strategyPath,
} from '../../../src/report/svg/chartFrame.js';
import { single } from '../../helpers/charts.js';

// A 640 × 420 chart with 66 px for the y labels: the plot runs x 66…622 (640 − 18), y 58…316 (420 − 104).
const area = plotArea(640, 420, 66);

describe('chartFrame', () => {
  it('plotArea leaves 18 px right, 58 px on top and 104 px under the axis', () => {
    expect(area).toEqual({ left: 66, right: 622, top: 58, bottom: 316 });
  });

  it('chartHeading escapes the title and the subtitle', () => {
    expect(chartHeading(area, 'A & B', '<USD>')).toEqual([
      '<text x="66" y="24" font-size="15" font-weight="600" fill="#1b1b1b">A &amp; B</text>',
      '<text x="66" y="42" font-size="11" fill="#555555">&lt;USD&gt;</text>',
    ]);
  });

  it('chartAxes: grid lines, labels only where given, both axes and their titles', () => {
    const out = chartAxes(area, {
      yTicks: [
        { y: '316', label: '$0' },
        { y: '187', label: null },
      ],
      xTicks: [
        { x: '66', labels: ['1K', '2M'] },
        { x: '344', labels: [] },
      ],
      xTitle: 'Requests',
      xTitleBelow: 46,
      yTitle: 'USD',
    });
    expect(out).toEqual([
      '<g class="axes" font-size="10.5" fill="#333333">',
      '<line x1="66" y1="316" x2="622" y2="316" stroke="#e3e3e3"/>',
      '<text x="60" y="316" text-anchor="end" dominant-baseline="middle">$0</text>',
      '<line x1="66" y1="187" x2="622" y2="187" stroke="#e3e3e3"/>',
      '<line x1="66" y1="58" x2="66" y2="316" stroke="#e3e3e3"/>',
      '<text x="66" y="331" text-anchor="middle">1K</text>',
      '<text x="66" y="344" text-anchor="middle" fill="#777777" font-size="9.5">2M</text>',
      '<line x1="344" y1="58" x2="344" y2="316" stroke="#e3e3e3"/>',
      '<line x1="66" y1="316" x2="622" y2="316" stroke="#333333"/>',
      '<line x1="66" y1="58" x2="66" y2="316" stroke="#333333"/>',
      // Centred: (66 + 622) ÷ 2 = 344; 316 + 46 = 362; the y title at (58 + 316) ÷ 2 = 187.
      '<text x="344" y="362" text-anchor="middle" font-size="11.5">Requests</text>',
      '<text transform="translate(16,187) rotate(-90)" text-anchor="middle" font-size="11.5">USD</text>',
      '</g>',
    ]);
  });

  it('strategyPath draws in the strategy colour, dashed unless solid', () => {
    expect(strategyPath('fineTune', 0, ['M0 0', 'L1 1'])).toBe(
      '<path class="line" data-strategy="fineTune" d="M0 0 L1 1" fill="none" stroke="#0072B2" stroke-width="2.5" stroke-linejoin="round"/>',
    );
    expect(strategyPath('rag', 1, ['M0 0'])).toContain(
      'stroke="#D55E00" stroke-width="2.5" stroke-dasharray="7 4"',
    );
    // A named candidate takes the palette entry of its position: the sixth is sky blue, solid.
    expect(strategyPath('together-lora', 5, ['M0 0'])).toContain(
      'stroke="#56B4E9" stroke-width="2.5" stroke-linejoin',
    );
  });

  it('markerCircle rounds to one decimal', () => {
    expect(markerCircle(12.345, -0.01, 5)).toBe(
      '<circle cx="12.3" cy="0" r="5" fill="#ffffff" stroke="#000000" stroke-width="2"/>',
    );
  });

  it('chartFooter: the legend, the note on routes not priced, then the closing tag', () => {
    // On 2027-02-01 OpenAI takes no new fine-tuning jobs: single.json's fine-tune is not priced.
    const closed = compare({ ...single(), asOf: '2027-02-01' }).run;
    expect(closed.unavailable.map((u) => u.strategy)).toContain('fineTune');
    const out = chartFooter(area, 420, { strategies: ['rag'], marks: [], below: 58 }, closed);
    expect(out).toHaveLength(3);
    expect(out[0]).toMatch(/^<g class="legend" font-size="11"><g transform="translate\(66,374\)">/);
    expect(out[0]).toContain('>RAG</text>');
    expect(out[1]).toMatch(/^<text class="unavailable" x="66" y="412" /);
    expect(out[2]).toBe('</svg>');
  });
});

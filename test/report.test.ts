import { describe, expect, it } from 'vitest';
import { compare, curve, defaultScenario, horizon } from '../src/index.js';
import * as report from '../src/report.js';

describe('tune-or-rag/report', () => {
  it('renders one comparison in every format, charts included', () => {
    const scenario = { ...defaultScenario(), asOf: '2026-11-01' };
    const result = compare(scenario);
    const runs = [{ profile: null, result }];
    const doc = report.compareToDoc(runs);
    expect(report.renderText(doc)).toContain('tune-or-rag compare: ');
    expect(report.renderMarkdown(doc)).toMatch(/^# tune-or-rag compare: /);
    expect(report.renderCsv(report.compareToCsv(runs))).toContain('\r\n');
    const svg = report.renderCostCurveSvg(
      curve(scenario, { volumes: report.volumesAround(result.run.requestsPerMonth).map((v) => v.toFixed()) }),
      {
        breakevens: result.breakevens,
        markRequestsPerMonth: result.run.requestsPerMonth,
      },
    );
    const html = report.renderHtml(
      report.withFigures(doc, [[{ kind: 'figure', svg, caption: 'Cost by volume' }]]),
    );
    expect(html).toContain('<figure><svg ');
    expect(html).toContain('<figcaption>Cost by volume</figcaption>');
    expect(report.renderHorizonSvg(horizon(scenario, { months: 6 }))).toContain('class="line"');
  });
});

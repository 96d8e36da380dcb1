import { describe, expect, it } from 'vitest';
import { D } from '../../src/decimal.js';
import {
  REPORT_SCHEMA_VERSION,
  renderJsonReport,
  streamJsonReport,
} from '../../src/report/renderJsonReport.js';

describe('renderJsonReport', () => {
  it('puts the schema version first and writes Decimals as strings', () => {
    const text = renderJsonReport({ monthlyTotal: new D('1234.50'), requests: 3 });
    expect(text).toBe(
      `{\n  "schemaVersion": ${REPORT_SCHEMA_VERSION},\n  "monthlyTotal": "1234.5",\n  "requests": 3\n}\n`,
    );
    expect(Object.keys(JSON.parse(text))[0]).toBe('schemaVersion');
  });
});

describe('streamJsonReport', () => {
  const body = { command: 'sweep', note: 'a "quoted" \u0000 text' };
  const points = Array.from({ length: 2500 }, (_, i) => ({ r: new D(i), cost: new D(i).times('0.5') }));

  it('is byte-identical to rendering the whole body at once, in any batching', () => {
    const whole = renderJsonReport({ ...body, points });
    for (const batches of [[points], [points.slice(0, 1), points.slice(1, 1999), points.slice(1999)], []]) {
      const expected = batches.length === 0 ? renderJsonReport({ ...body, points: [] }) : whole;
      expect([...streamJsonReport(body, 'points', batches)].join('')).toBe(expected);
    }
  });

  it('yields in chunks of at most 1,000 items', () => {
    const chunks = [...streamJsonReport(body, 'points', [points])];
    // Head, 1,000 + 1,000 + 500 items, tail.
    expect(chunks).toHaveLength(5);
  });

  it('an empty list of batches, or empty batches, renders []', () => {
    const out = [...streamJsonReport({ command: 'x' }, 'points', [[], []])].join('');
    expect(JSON.parse(out)).toEqual({ schemaVersion: 1, command: 'x', points: [] });
  });
});

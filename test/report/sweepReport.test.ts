import { describe, expect, it } from 'vitest';
import type { BreakevenResult } from '../../src/analysis/findBreakeven.js';
import { D } from '../../src/decimal.js';
import { describeBreakevenShort, type SweepResult, sweepToDoc } from '../../src/report/sweepReport.js';

const d = (x: string | number) => new D(x);

describe('describeBreakevenShort', () => {
  it('each crossover as a whole volume, grouped', () => {
    const b = {
      kind: 'crossovers',
      crossovers: [{ requestsPerMonth: d('14028.47') }, { requestsPerMonth: d('1000000.5') }],
    } as unknown as BreakevenResult;
    // Rounded half to even: 14,028.47 → 14,028; 1,000,000.5 → 1,000,000.
    expect(describeBreakevenShort(b)).toBe('14,028; 1,000,000');
  });

  it('never names the cheaper side by its kind label (an unknown id by itself), equal, none', () => {
    expect(describeBreakevenShort({ kind: 'never', cheaper: 'rag-b' } as unknown as BreakevenResult)).toBe(
      'never (rag-b)',
    );
    expect(describeBreakevenShort({ kind: 'equal' } as unknown as BreakevenResult)).toBe('equal');
    expect(describeBreakevenShort(null)).toBe('-');
  });
});

describe('sweepToDoc with many candidates', () => {
  const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
  const result = (monthly: Record<string, ReturnType<typeof d> | null>[]): SweepResult => ({
    scenarioName: 's',
    axes: [
      { path: 'requestsPerMonth', field: 'workload.requestsPerMonth', values: ['1', '2'], volume: true },
    ],
    between: null,
    strategies: ids,
    candidates: ids.map((id) => ({ id, kind: 'rag' as const, label: `Label ${id}`, shortLabel: id })),
    total: monthly.length,
    points: monthly.map((m, i) => ({
      profile: null,
      values: [String(i + 1)],
      requestsPerMonth: d(i + 1),
      workloadTokensPerMonth: d(0),
      monthly: m,
      cheapest: null,
      multiple: null,
      breakeven: null,
    })),
  });
  const costs = (values: (number | null)[]) =>
    Object.fromEntries(ids.map((id, i) => [id, values[i] === null ? null : d(values[i]!)]));

  it('up to six: a column per candidate, by its short name', () => {
    const six = { ...result([]), strategies: ids.slice(0, 6), candidates: result([]).candidates.slice(0, 6) };
    const table = sweepToDoc(six).blocks[1];
    if (table?.kind !== 'table') throw new Error('no table');
    expect(table.columns.map((c) => c.header)).toEqual([
      'Requests/mo',
      'a',
      'b',
      'c',
      'd',
      'e',
      'f',
      'Cheapest',
    ]);
  });

  it('seven or more: the cheapest two of each row by label, over-capacity ones left out, ties to the first', () => {
    const doc = sweepToDoc(
      result([
        costs([50, 20, 30, 20, 90, 91, 92]), // b and d tie at 20: b first, then d
        costs([null, 40, 10, null, 90, 91, 92]), // a and d over capacity: c 10, then b 40
      ]),
    );
    const table = doc.blocks[1];
    if (table?.kind !== 'table') throw new Error('no table');
    expect(table.columns.map((c) => c.header)).toEqual([
      'Requests/mo',
      'Cheapest',
      'USD/mo',
      'Next cheapest',
      'USD/mo ',
    ]);
    expect(table.rows).toEqual([
      ['1', 'Label b', '20', 'Label d', '20'],
      ['2', 'Label c', '10', 'Label b', '40'],
    ]);
    const note = doc.blocks[2];
    expect(note?.kind === 'paragraph' && note.text).toMatch(/^7 candidates: each row shows the cheapest two/);
  });
});

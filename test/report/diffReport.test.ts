import { describe, expect, it } from 'vitest';
import type { DiffResult, LineDiff } from '../../src/analysis/diffRuns.js';
import { D } from '../../src/decimal.js';
import { diffToCsv, diffToDoc } from '../../src/report/diffReport.js';

const d = (x: string | number) => new D(x);
const change = (old: string | null, now: string | null) => {
  const o = old === null ? null : d(old);
  const n = now === null ? null : d(now);
  const c = o !== null && n !== null ? n.minus(o) : null;
  return {
    old: o,
    new: n,
    change: c,
    percent: c !== null && o !== null && !o.isZero() ? c.div(o).times(100) : null,
  };
};
const line = (id: string, old: string | null, now: string | null): LineDiff => ({
  id,
  label: id,
  ...change(old, now),
});

const diff: DiffResult = {
  runs: [
    {
      profileA: null,
      profileB: null,
      scenarioName: 'Docs bot',
      facts: [{ field: 'asOf', old: '2026-10-01', new: '2026-11-01' }],
      strategies: [
        {
          strategy: 'rag',
          label: 'RAG',
          // 200 → 230: +30.00, +15.0%.
          ...change('200', '230'),
          lines: [
            line('rag.input', '150', '150'),
            // 50 → 80: +30.00, +60.0%.
            line('rag.storage', '50', '80'),
            line('rag.rerank', null, '0.004'),
            line('rag.old', '0', null),
          ],
        },
      ],
    },
  ],
  onlyInA: ['low'],
  onlyInB: [],
};

describe('diffToDoc', () => {
  it('facts, then the totals and changed lines with signed changes and percents', () => {
    const doc = diffToDoc(diff, ['a.json', 'b.json']);
    expect(doc.blocks[0]).toEqual({ kind: 'paragraph', text: 'Old: a.json   New: b.json' });
    expect(doc.blocks[1]).toEqual({ kind: 'heading', text: 'Docs bot' });
    expect(doc.blocks[2]).toEqual({ kind: 'list', items: ['asOf: 2026-10-01 → 2026-11-01'] });
    const table = doc.blocks[3];
    if (table?.kind !== 'table') throw new Error('no table');
    expect(table.rows).toEqual([
      ['RAG: monthly total', '200.00', '230.00', '+30.00', '+15.0%'],
      // The unchanged input line is left out.
      ['  rag.storage', '50.00', '80.00', '+30.00', '+60.0%'],
      // Under a cent: 4 significant digits.
      ['  rag.rerank', '-', '0.004', 'added', ''],
      ['  rag.old', '0.00', '-', 'removed', ''],
    ]);
    expect(doc.blocks).toContainEqual({ kind: 'paragraph', text: 'Only in the old run: low.' });
  });

  it('every line with `all`, and a decrease signed with −', () => {
    const down: DiffResult = {
      ...diff,
      runs: [
        {
          ...diff.runs[0]!,
          facts: [],
          strategies: [{ ...diff.runs[0]!.strategies[0]!, ...change('200', '150') }],
        },
      ],
    };
    const table = diffToDoc(down, ['a', 'b'], true).blocks.find((b) => b.kind === 'table');
    if (table?.kind !== 'table') throw new Error('no table');
    expect(table.rows[0]).toEqual(['RAG: monthly total', '200.00', '150.00', '-50.00', '-25.0%']);
    expect(table.rows).toHaveLength(5);
    const facts = diffToDoc(down, ['a', 'b']).blocks[2];
    expect(facts).toEqual({ kind: 'list', items: ['Same inputs, price tables and breakevens.'] });
  });
});

describe('diffToCsv', () => {
  it('one row per total and line, all of them, exact', () => {
    const csv = diffToCsv(diff);
    expect(csv.rows).toHaveLength(5);
    const at = (name: string) => csv.header.indexOf(name);
    const storage = csv.rows.find((r) => r.includes('rag.storage'))!;
    expect([
      storage[at('oldMonthlyUsd')],
      storage[at('newMonthlyUsd')],
      storage[at('changeUsd')],
      storage[at('changePercent')],
    ]).toEqual(['50', '80', '30', '60']);
    const added = csv.rows.find((r) => r.includes('rag.rerank'))!;
    expect([added[at('oldMonthlyUsd')], added[at('changeUsd')], added[at('changePercent')]]).toEqual([
      null,
      null,
      null,
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { describeSavedBreakeven, diffRuns } from '../../src/analysis/diffRuns.js';
import type { SavedRun } from '../../src/analysis/savedRun.js';

function saved(over: Partial<SavedRun> & { ragTotal?: string; storage?: string } = {}): SavedRun {
  return {
    profile: null,
    run: {
      scenarioName: 'Docs bot',
      asOf: '2026-10-01',
      requestsPerMonth: '50000',
      pricingDataVersion: '2026.10',
      tables: { openai: '2026-09-01', pinecone: '2026-08-01' },
    },
    strategies: [
      {
        strategy: 'rag',
        label: 'RAG',
        monthlyTotal: over.ragTotal ?? '200',
        lines: [
          { id: 'rag.generation.input', label: 'input', monthlyAmount: '150' },
          { id: 'rag.vectorDb.storage', label: 'storage', monthlyAmount: over.storage ?? '50' },
        ],
      },
    ],
    cheapest: 'rag',
    breakevens: [
      { kind: 'crossovers', between: ['fineTune', 'rag'], crossovers: [{ requestsPerMonth: '14028.4651' }] },
    ],
    ...over,
  };
}
const plain = (x: { toFixed: () => string } | null) => (x === null ? null : x.toFixed());

describe('describeSavedBreakeven', () => {
  it.each([
    // Two decimals, half to even.
    [
      {
        kind: 'crossovers',
        between: [],
        crossovers: [{ requestsPerMonth: '14028.465' }, { requestsPerMonth: '2' }],
      },
      '14028.46; 2',
    ],
    [{ kind: 'never', between: [], cheaper: 'rag' }, 'never (rag cheaper)'],
    [{ kind: 'equal', between: [] }, 'equal'],
    [undefined, null],
  ])('%j → %j', (b, expected) => {
    expect(describeSavedBreakeven(b)).toBe(expected);
  });
});

describe('diffRuns', () => {
  it('old, new, change and % change for every strategy and line', () => {
    const { runs } = diffRuns([saved()], [saved({ ragTotal: '230', storage: '80' })]);
    const [rag] = runs[0]!.strategies;
    // 200 → 230: +30, 30 / 200 = +15%.
    expect([rag!.old, rag!.new, rag!.change, rag!.percent].map(plain)).toEqual(['200', '230', '30', '15']);
    expect(rag!.lines.map((l) => [l.id, plain(l.change), plain(l.percent)])).toEqual([
      ['rag.generation.input', '0', '0'],
      // 50 → 80: +30, +60%.
      ['rag.vectorDb.storage', '30', '60'],
    ]);
    expect(runs[0]!.facts).toEqual([]);
  });

  it('a strategy or line in one run only has no change; a zero old amount has no percent', () => {
    const b = saved();
    const withHybrid: SavedRun = {
      ...b,
      strategies: [
        ...b.strategies,
        {
          strategy: 'hybrid',
          label: 'Hybrid',
          monthlyTotal: '10',
          lines: [{ id: 'h', label: 'h', monthlyAmount: '10' }],
        },
      ],
    };
    const { runs } = diffRuns([saved({ ragTotal: '0' })], [withHybrid]);
    const [rag, hybrid] = runs[0]!.strategies;
    expect([plain(rag!.change), rag!.percent]).toEqual(['200', null]);
    expect([hybrid!.old, plain(hybrid!.new), hybrid!.change, hybrid!.percent]).toEqual([
      null,
      '10',
      null,
      null,
    ]);
  });

  it('names what changed between the runs: dates, volume, tables, cheapest, breakevens, inputs', () => {
    const b = saved({
      run: {
        scenarioName: 'Docs bot',
        asOf: '2026-11-01',
        requestsPerMonth: '60000',
        pricingDataVersion: '2026.11',
        pricingContentHash: 'abc',
        tables: { openai: '2026-10-15', cohere: '2026-01-01' },
      },
      cheapest: 'fineTune',
      breakevens: [{ kind: 'never', between: ['fineTune', 'rag'], cheaper: 'fineTune' }],
      scenario: { name: 'renamed', workload: { requestsPerMonth: 60000, tags: ['a'] } },
    });
    const a = saved({ scenario: { name: 'x', workload: { requestsPerMonth: 50000, tags: ['a'] } } });
    expect(diffRuns([a], [b]).runs[0]!.facts).toEqual([
      { field: 'asOf', old: '2026-10-01', new: '2026-11-01' },
      { field: 'requestsPerMonth', old: '50000', new: '60000' },
      { field: 'pricingDataVersion', old: '2026.10', new: '2026.11' },
      { field: 'pricingContentHash', old: null, new: 'abc' },
      // Table changes in key order: a vendor added, one moved to a new date, one dropped.
      { field: 'priceTable.cohere', old: null, new: '2026-01-01' },
      { field: 'priceTable.openai', old: '2026-09-01', new: '2026-10-15' },
      { field: 'priceTable.pinecone', old: '2026-08-01', new: null },
      { field: 'cheapest', old: 'rag', new: 'fineTune' },
      { field: 'breakeven fineTune vs rag', old: '14028.47', new: 'never (fineTune cheaper)' },
      // The scenario's name is not an input that changes costs; equal lists are no change.
      { field: 'input.workload.requestsPerMonth', old: '50000', new: '60000' },
    ]);
  });

  it('matches runs by profile, listing the profiles in one file only', () => {
    const p = (profile: string, total: string) => saved({ profile, ragTotal: total });
    const out = diffRuns([p('low', '100'), p('base', '200')], [p('base', '210'), p('high', '300')]);
    expect(out.runs.map((r) => [r.profileA, r.profileB, plain(r.strategies[0]!.change)])).toEqual([
      ['base', 'base', '10'],
    ]);
    expect([out.onlyInA, out.onlyInB]).toEqual([['low'], ['high']]);
  });

  it('one run against one run is matched whatever their profiles', () => {
    const out = diffRuns([saved({ profile: 'low' })], [saved({ profile: 'high', ragTotal: '100' })]);
    expect(out.runs.map((r) => [r.profileA, r.profileB, plain(r.strategies[0]!.percent)])).toEqual([
      ['low', 'high', '-50'],
    ]);
    expect([out.onlyInA, out.onlyInB]).toEqual([[], []]);
  });
});

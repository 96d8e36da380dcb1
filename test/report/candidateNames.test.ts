import { describe, expect, it } from 'vitest';
import type { RunInfo } from '../../src/calculate.js';
import { candidateNames, KIND_NAMES } from '../../src/report/candidateNames.js';

const run = (candidates: { id: string; label: string; shortLabel: string }[]) =>
  ({ candidates }) as unknown as RunInfo;

describe('candidateNames', () => {
  it("one run: its candidates' labels and short labels, in its order", () => {
    const names = candidateNames(
      run([
        { id: 'fineTune', label: 'Fine-tune', shortLabel: 'Fine-tune' },
        { id: 'hybrid', label: 'Hybrid (RAG + tuned)', shortLabel: 'Hybrid' },
      ]),
    );
    expect(names.order).toEqual(['fineTune', 'hybrid']);
    expect([names.label('hybrid'), names.short('hybrid')]).toEqual(['Hybrid (RAG + tuned)', 'Hybrid']);
  });

  it('several runs (profiles): every candidate once, the first run naming it wins', () => {
    const names = candidateNames([
      run([{ id: 'a', label: 'A in base', shortLabel: 'A' }]),
      run([
        { id: 'b', label: 'B', shortLabel: 'B' },
        { id: 'a', label: 'A in growth', shortLabel: 'A2' },
      ]),
    ]);
    expect(names.order).toEqual(['a', 'b']);
    expect([names.label('a'), names.short('a')]).toEqual(['A in base', 'A']);
  });

  it('an id no run names is its own label', () => {
    const names = candidateNames([]);
    expect([names.order, names.label('x'), names.short('x')]).toEqual([[], 'x', 'x']);
  });
});

describe('KIND_NAMES', () => {
  it('an id that is not a strategy kind is its own label', () => {
    expect([KIND_NAMES.label('rag-pgvector'), KIND_NAMES.short('rag-pgvector')]).toEqual([
      'rag-pgvector',
      'rag-pgvector',
    ]);
  });
});

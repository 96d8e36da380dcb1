import { afterEach, describe, expect, it, vi } from 'vitest';
import { tableFor } from '../../src/model/tableFor.js';
import { createPricingRegistry } from '../../src/pricing/registry.js';
import { testLlm, testVectors } from '../helpers/testTables.js';

const registry = createPricingRegistry([testLlm, { ...testLlm, effectiveDate: '2026-07-01' }, testVectors]);

describe('tableFor', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('reads the table in effect on asOf and notes its date under the vendor', () => {
    const tables: Record<string, string> = { other: '2025-01-01' };
    expect(tableFor(registry, 'test-llm', '2026-06-30', 'p', tables).effectiveDate).toBe('2026-01-01');
    expect(tables).toEqual({ other: '2025-01-01', 'test-llm': '2026-01-01' });
    expect(tableFor(registry, 'test-llm', '2026-07-01', 'p', tables).effectiveDate).toBe('2026-07-01');
    expect(tables['test-llm']).toBe('2026-07-01');
  });

  it('without asOf, uses today (UTC): a table dated in the future is not used yet', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-06-30T23:59:59Z'));
    expect(tableFor(registry, 'test-llm', null, 'p', {}).effectiveDate).toBe('2026-01-01');
    vi.setSystemTime(new Date('2026-07-01T00:00:00Z'));
    expect(tableFor(registry, 'test-llm', null, 'p', {}).effectiveDate).toBe('2026-07-01');
  });

  it('an unknown vendor is refused at the path given, and nothing is noted', () => {
    const tables: Record<string, string> = {};
    expect(() => tableFor(registry, 'acme', '2026-06-01', 'strategies.rag.vectorDb.vendor', tables)).toThrow(
      expect.objectContaining({ code: 'unknown_vendor', path: 'strategies.rag.vectorDb.vendor' }),
    );
    expect(tables).toEqual({});
  });

  it('a date before the first table is no_price_at_date', () => {
    expect(() => tableFor(registry, 'test-vectors', '2025-12-31', 'p', {})).toThrow(
      expect.objectContaining({ code: 'no_price_at_date' }),
    );
  });
});

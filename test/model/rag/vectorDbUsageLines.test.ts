import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/_lib/piecewise.js';
import { D } from '../../../src/decimal.js';
import { readUnitLines, storageLines, writeUnitLines } from '../../../src/model/rag/vectorDbUsageLines.js';
import type { LineDef } from '../../../src/model/types.js';
import type { VectorDbPlan } from '../../../src/pricing/priceTableSchema.js';
import { ragContext } from './ragContext.js';
import { vdbContext } from './vectorDbContext.js';

const at = (line: LineDef, r: number) => evaluate(line.quantity, new D(r)).times(line.unitPrice).toFixed();
const price = (usd: string, unit: string, per?: string) =>
  ({ usd, unit, source: 'page', ...(per ? { per } : {}) }) as never;

/**
 * 625,000 vectors of 1,000 dimensions × 4 bytes (ragContext's bytesPerDimension, no metadata):
 * 4,000 B = 4 KB a record; 625,000 × 4,000 B = 2,500,000,000 B = 2.5 GB.
 */
const sizes = { vectors: '625000', dimensions: '1000', storageGb: '2.5', recordKb: '4' };
const metered: VectorDbPlan = {
  id: 'serverless',
  name: 'Serverless',
  storage: price('1', 'gb_month'),
  readUnits: price('10', 'read_unit', '1M'),
  writeUnits: price('2', 'write_unit', '1M'),
  metering: {
    readUnitsPerGbPerQuery: '1',
    minReadUnitsPerQuery: '0.25',
    writeUnitsPerKb: '1',
    minWriteUnitsPerRequest: '5',
    source: 'page',
  },
};

describe('storageLines', () => {
  it('bills every GB at the GB-month price', () => {
    const [line, ...rest] = storageLines(vdbContext(metered, sizes));
    expect(rest).toEqual([]);
    // 2.5 GB × $1 = $2.50 a month, whatever the volume.
    expect([line!.id, line!.timing, at(line!, 0), at(line!, 1e6)]).toEqual([
      'rag.vectorDb.storage',
      'monthly_fixed',
      '2.5',
      '2.5',
    ]);
    expect(line!.basis).toBe('625,000 vectors × (1,000 dims × 4 B) = 2.5 GB');
  });

  it('bills only the GB past the included storage, and nothing below it', () => {
    const plan = { ...metered, storage: price('0.5', 'gb_month'), includedStorageGb: '1' };
    // (2.5 − 1) GB × $0.5 = $0.75.
    expect(at(storageLines(vdbContext(plan, sizes))[0]!, 0)).toBe('0.75');
    expect(storageLines(vdbContext(plan, sizes))[0]!.basis).toBe(
      '625,000 vectors × (1,000 dims × 4 B) = 2.5 GB − 1 GB included',
    );
    expect(at(storageLines(vdbContext({ ...plan, includedStorageGb: '8' }, sizes))[0]!, 0)).toBe('0');
  });

  it('bills stored dimensions where the plan prices them so', () => {
    const { storage: _storage, ...rest } = metered;
    const plan = { ...rest, dimensionStorage: price('0.05', 'dimension_month', '1M') };
    const lines = storageLines(vdbContext(plan, sizes));
    // 625,000 × 1,000 = 625,000,000 dimension-months × $0.05 / 1M = $31.25.
    expect(lines.map((l) => [l.id, at(l, 0)])).toEqual([['rag.vectorDb.dimensionStorage', '31.25']]);
  });

  it('a plan without storage prices has no storage lines', () => {
    const { storage: _storage, ...plan } = metered;
    expect(storageLines(vdbContext(plan, sizes))).toEqual([]);
  });
});

describe('readUnitLines', () => {
  it('max(minimum, GB × units per GB) read units for every query', () => {
    const { lines, notes, maxRequestsPerMonth } = readUnitLines(vdbContext(metered, sizes));
    // max(0.25, 2.5 GB × 1) = 2.5 RU a query; 1,000 queries = 2,500 RU × $10 / 1M = $0.025.
    expect(lines.map((l) => [l.id, l.timing, at(l, 1000)])).toEqual([
      ['rag.vectorDb.readUnits', 'per_volume', '0.025'],
    ]);
    expect([notes, maxRequestsPerMonth]).toEqual([[], null]);
  });

  it('the per-query minimum holds for a small index', () => {
    const small = { ...sizes, storageGb: '0.1' };
    // max(0.25, 0.1 × 1) = 0.25 RU; 1,000 × 0.25 = 250 RU × $10 / 1M = $0.0025.
    expect(at(readUnitLines(vdbContext(metered, small)).lines[0]!, 1000)).toBe('0.0025');
  });

  it('a read allowance caps the queries a month, rounded down, with a note', () => {
    const plan = { ...metered, limits: { readUnitsPerMonth: '2000001', source: 'page' } };
    const { notes, maxRequestsPerMonth } = readUnitLines(vdbContext(plan, sizes));
    // ⌊2,000,001 ÷ 2.5⌋ = ⌊800,000.4⌋ = 800,000 queries.
    expect(maxRequestsPerMonth?.toFixed()).toBe('800000');
    expect(notes).toEqual([
      'Test Vectors Serverless serves at most 800,000 queries a month (2,000,001 read units ÷ 2.5 per query); beyond that reads are refused, not billed.',
    ]);
  });

  it('without metering, one read unit per GB and no minimum', () => {
    const { metering: _m, ...plan } = metered;
    // 2.5 RU a query, as above, but a 0.1 GB index reads 0.1 RU: 1,000 × 0.1 × $10 / 1M = $0.001.
    expect(at(readUnitLines(vdbContext(plan, { ...sizes, storageGb: '0.1' })).lines[0]!, 1000)).toBe('0.001');
  });

  it('a plan without read units has no read line and no ceiling', () => {
    const { readUnits: _r, ...plan } = metered;
    expect(readUnitLines(vdbContext(plan, sizes))).toEqual({
      lines: [],
      notes: [],
      maxRequestsPerMonth: null,
    });
  });
});

describe('writeUnitLines', () => {
  it('the corpus once and its churn every month, in batches of 100 records', () => {
    const { oneTime, monthly } = writeUnitLines(vdbContext(metered, sizes));
    // max(5, 100 records × 4 KB × 1 WU/KB) = 400 WU a request of 100: 4 WU a vector.
    // Once: 625,000 × 4 = 2,500,000 WU × $2 / 1M = $5.
    expect(oneTime.map((l) => [l.id, l.timing, l.recursEveryMonths, at(l, 0)])).toEqual([
      ['rag.vectorDb.initialWrites', 'one_time', null, '5'],
    ]);
    // Churn 10%: 62,500 vectors × 4 = 250,000 WU × $2 / 1M = $0.50 a month.
    expect(monthly.map((l) => [l.id, l.timing, at(l, 0)])).toEqual([
      ['rag.vectorDb.churnWrites', 'monthly_fixed', '0.5'],
    ]);
  });

  it('one record a request pays the per-request minimum', () => {
    const retrieval = ragContext({
      vectorDb: { vendor: 'test-vectors', plan: 'serverless', bytesPerDimension: 4, upsertBatchSize: 1 },
    });
    const { oneTime } = writeUnitLines(vdbContext(metered, sizes, retrieval));
    // max(5, 1 × 4 KB × 1) = 5 WU a vector; 625,000 × 5 = 3,125,000 WU × $2 / 1M = $6.25.
    expect(at(oneTime[0]!, 0)).toBe('6.25');
  });

  it('no churn, no monthly line', () => {
    const { monthly } = writeUnitLines(vdbContext(metered, sizes, ragContext({ churnPerMonth: '0' })));
    expect(monthly).toEqual([]);
  });

  it('a write allowance must hold the first month (the corpus and its churn)', () => {
    // First month: 2,500,000 + 250,000 = 2,750,000 WU.
    const tight = { ...metered, limits: { writeUnitsPerMonth: '2749999', source: 'page' } };
    expect(() => writeUnitLines(vdbContext(tight, sizes))).toThrow(
      expect.objectContaining({
        code: 'capacity_exceeded',
        path: 'strategies.rag.vectorDb.plan',
        detail:
          'Test Vectors Serverless allows at most 2,749,999 write units a month; this corpus needs 2,750,000: choose a plan without that limit',
      }),
    );
    const enough = { ...metered, limits: { writeUnitsPerMonth: '2750000', source: 'page' } };
    expect(() => writeUnitLines(vdbContext(enough, sizes))).not.toThrow();
  });

  it('a plan without write units has no write lines', () => {
    const { writeUnits: _w, ...plan } = metered;
    expect(writeUnitLines(vdbContext(plan, sizes))).toEqual({ oneTime: [], monthly: [] });
  });
});

import { describe, expect, it } from 'vitest';
import { D } from '../../src/decimal.js';
import { TuneOrRagError } from '../../src/errors.js';
import type { ServingInput } from '../../src/spec/fields.js';
import { DEMAND_COPIES, parseCapacityServing } from '../../src/spec/parseServing.js';

type Capacity = Extract<ServingInput, { mode: 'capacity' }>;

const BASE = 'strategies.fineTune.serving';
const hours = new D(730);
const parse = (extra: Partial<Capacity> = {}) =>
  parseCapacityServing({ mode: 'capacity', option: 'pt', ...extra }, BASE, hours);

/** [code, path] of the error a parse throws. */
function refusal(extra: Partial<Capacity>): [string, string] {
  try {
    parse(extra);
  } catch (error) {
    if (error instanceof TuneOrRagError) return [error.code, error.path];
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('parseCapacityServing', () => {
  it('fills the defaults: copies from demand, peak 1, utilisation 1, the whole month, one session', () => {
    const s = parse();
    expect([s.mode, s.path, s.vendor, s.model, s.option]).toEqual(['capacity', BASE, null, null, 'pt']);
    expect([s.unitsPerCopy, s.copies, s.autoscale, s.throughput, s.activeHoursPerMonth]).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
    expect([s.peakFactor, s.targetUtilisation, s.sessionsPerMonth].map((x) => x.toFixed())).toEqual([
      '1',
      '1',
      '1',
    ]);
    // Demand-sized copies run from 1 to 100 (docs/formulas.md, "Copies from demand").
    expect(DEMAND_COPIES).toEqual({ minCopies: 1, maxCopies: 100 });
  });

  it('keeps what is written, as exact Decimals', () => {
    const s = parse({
      vendor: 'aws-bedrock',
      model: 'llama',
      unitsPerCopy: 2,
      copies: '3',
      peakFactor: '2.5',
      targetUtilisation: '0.8',
      activeHoursPerMonth: '730',
      sessionsPerMonth: 22,
    });
    expect([s.vendor, s.model, s.unitsPerCopy, s.copies]).toEqual(['aws-bedrock', 'llama', 2, 3]);
    expect(
      [s.peakFactor, s.targetUtilisation, s.activeHoursPerMonth!, s.sessionsPerMonth].map((x) => x.toFixed()),
    ).toEqual(['2.5', '0.8', '730', '22']);
  });

  it('autoscale: minCopies defaults to 0 (scale to zero), requests per copy to null (from the throughput)', () => {
    const s = parse({ autoscale: { maxCopies: 4 } });
    expect(s.autoscale).toEqual({ requestsPerCopyPerMonth: null, minCopies: 0, maxCopies: 4 });
    const t = parse({ autoscale: { maxCopies: 4, minCopies: 4, requestsPerCopyPerMonth: 50_000 } });
    expect(t.autoscale!.requestsPerCopyPerMonth!.toFixed()).toBe('50000');
    expect(t.autoscale!.minCopies).toBe(4);
  });

  it('throughput: per copy, with token weights of 1, unless written', () => {
    const s = parse({ throughput: { amount: '1500', unit: 'tokens_per_minute' } });
    expect(s.throughput!.amount.toFixed()).toBe('1500');
    expect([s.throughput!.unit, s.throughput!.per]).toEqual(['tokens_per_minute', 'copy']);
    expect(
      [s.throughput!.outputTokenWeight, s.throughput!.cachedInputWeight].map((x) => x.toFixed()),
    ).toEqual(['1', '1']);
    const w = parse({
      throughput: {
        amount: 10,
        unit: 'tokens_per_minute',
        per: 'unit',
        outputTokenWeight: 4,
        cachedInputWeight: '0.25',
      },
    });
    expect([
      w.throughput!.per,
      w.throughput!.outputTokenWeight.toFixed(),
      w.throughput!.cachedInputWeight.toFixed(),
    ]).toEqual(['unit', '4', '0.25']);
  });

  it('refuses each broken rule at the field to change', () => {
    expect(refusal({ copies: 2, autoscale: { maxCopies: 4 } })).toEqual(['invalid_input', `${BASE}.copies`]);
    expect(refusal({ autoscale: { maxCopies: 2, minCopies: 3 } })).toEqual([
      'invalid_input',
      `${BASE}.autoscale.minCopies`,
    ]);
    expect(
      refusal({
        autoscale: { maxCopies: 2, requestsPerCopyPerMonth: 10 },
        throughput: { amount: 1, unit: 'tokens_per_minute' },
      }),
    ).toEqual(['invalid_input', `${BASE}.throughput`]);
    expect(refusal({ throughput: { amount: 0, unit: 'tokens_per_minute' } })).toEqual([
      'invalid_input',
      `${BASE}.throughput.amount`,
    ]);
    expect(refusal({ peakFactor: '0.99' })).toEqual(['invalid_input', `${BASE}.peakFactor`]);
    expect(refusal({ targetUtilisation: 0 })).toEqual(['invalid_input', `${BASE}.targetUtilisation`]);
  });

  it('caps copies and units at 10,000: 10,000 is accepted, 10,001 refused', () => {
    expect(parse({ copies: 10_000 }).copies).toBe(10_000);
    expect(refusal({ copies: 10_001 })).toEqual(['invalid_input', `${BASE}.copies`]);
    expect(refusal({ unitsPerCopy: 10_001 })).toEqual(['invalid_input', `${BASE}.unitsPerCopy`]);
    expect(refusal({ autoscale: { maxCopies: 10_001 } })).toEqual([
      'invalid_input',
      `${BASE}.autoscale.maxCopies`,
    ]);
  });

  it('active hours may be the whole month but not more: 730 is accepted, 730.5 refused', () => {
    expect(parse({ activeHoursPerMonth: 730 }).activeHoursPerMonth!.toFixed()).toBe('730');
    expect(refusal({ activeHoursPerMonth: '730.5' })).toEqual([
      'invalid_input',
      `${BASE}.activeHoursPerMonth`,
    ]);
    // The month is the scenario's: with 744 hours (31 days), 740 active hours are fine.
    const long = parseCapacityServing(
      { mode: 'capacity', option: 'pt', activeHoursPerMonth: 740 },
      BASE,
      new D(744),
    );
    expect(long.activeHoursPerMonth!.toFixed()).toBe('740');
  });

  it('does not mutate its input', () => {
    const input: Capacity = { mode: 'capacity', option: 'pt', autoscale: { maxCopies: 3 } };
    const copy = structuredClone(input);
    parseCapacityServing(input, BASE, hours);
    expect(input).toEqual(copy);
  });
});

import { describe, expect, it } from 'vitest';
import { singular } from '../../src/_lib/singular.js';
import { priceUnitSchema } from '../../src/pricing/priceTableSchema.js';
import { SECONDS_PER } from '../../src/pricing/units.js';
import { TIME_UNITS, UNIT_WORDS } from '../../src/pricing/unitWords.js';

describe('UNIT_WORDS', () => {
  it('has words for exactly the units of the schema', () => {
    expect(Object.keys(UNIT_WORDS).sort()).toEqual([...priceUnitSchema.options].sort());
  });

  it.each([
    ['token', 'tokens', 'token'],
    ['training_token', 'training tokens', 'training token'],
    ['search', 'searches', 'search'],
    ['gb_month', 'GB-months', 'GB-month'],
    ['dimension_month', 'dimension-months', 'dimension-month'],
    ['read_unit', 'read units', 'read unit'],
    ['hour', 'hours', 'hour'],
  ] as const)('%s: "%s", one "%s"', (unit, plural, one) => {
    expect(UNIT_WORDS[unit]).toBe(plural);
    expect(singular(UNIT_WORDS[unit])).toBe(one);
  });
});

describe('TIME_UNITS', () => {
  it('are the units that bill time: each has a length in seconds, and no other unit has', () => {
    expect(TIME_UNITS).toEqual(['second', 'minute', 'hour']);
    expect(Object.keys(SECONDS_PER).sort()).toEqual([...TIME_UNITS].sort());
    // 1, 60 and 3,600 seconds.
    expect(TIME_UNITS.map((u) => SECONDS_PER[u]!.toFixed())).toEqual(['1', '60', '3600']);
  });
});

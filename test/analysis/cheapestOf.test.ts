import { describe, expect, it } from 'vitest';
import { cheapestOf } from '../../src/analysis/cheapestOf.js';
import { D } from '../../src/decimal.js';

describe('cheapestOf', () => {
  it('picks the lowest monthly cost, the first in order on a tie', () => {
    expect(cheapestOf({ a: new D('3.2'), b: new D('3.19'), c: new D('5') })).toBe('b');
    expect(cheapestOf({ a: new D('2'), b: new D('2') })).toBe('a');
  });

  it('skips candidates over their capacity (null) or absent, and says null when none can serve', () => {
    expect(cheapestOf({ a: null, b: new D('10'), c: undefined })).toBe('b');
    expect(cheapestOf({ a: null })).toBeNull();
    expect(cheapestOf({})).toBeNull();
  });

  it('compares exactly: 0.1 + 0.2 against 0.3 is a tie in Decimal, so the first wins', () => {
    expect(cheapestOf({ sum: new D('0.1').plus('0.2'), three: new D('0.3') })).toBe('sum');
  });
});

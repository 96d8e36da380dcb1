import { describe, expect, it } from 'vitest';
import { checkRegistry } from '../../src/pricing/checkRegistry.js';
import { testRegistry } from '../helpers/testTables.js';

describe('checkRegistry', () => {
  it('returns a registry from createPricingRegistry as it is', () => {
    const registry = testRegistry();
    expect(checkRegistry(registry, 'pricing')).toBe(registry);
    // Checked once: the second call takes the cached answer.
    expect(checkRegistry(registry, 'pricing')).toBe(registry);
  });

  it.each([
    ['null', null],
    ['an empty object', {}],
    ['vendors as a plain object', { vendors: {}, dataVersion: 'x', contentHash: '' }],
    ['no content hash', { vendors: new Map(), dataVersion: 'x' }],
    [
      'a table filed under another vendor',
      {
        vendors: new Map([['a', [{ vendor: 'b', effectiveDate: '2026-01-01' }]]]),
        dataVersion: 'x',
        contentHash: '',
      },
    ],
    [
      'a table without a date',
      { vendors: new Map([['a', [{ vendor: 'a' }]]]), dataVersion: 'x', contentHash: '' },
    ],
  ])('refuses %s with invalid_input at the path', (_, value) => {
    expect(() => checkRegistry(value, 'options.pricing')).toThrow(
      expect.objectContaining({ code: 'invalid_input', path: 'options.pricing' }),
    );
  });

  it('accepts a hand-built registry of the right shape', () => {
    const registry = {
      vendors: new Map([['a', [{ vendor: 'a', effectiveDate: '2026-01-01' }]]]),
      dataVersion: 'x',
      contentHash: '',
    };
    expect(checkRegistry(registry, 'p')).toBe(registry);
  });

  it('turns a proxy whose traps throw into our error, not a TypeError', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
        getPrototypeOf() {
          throw new Error('trap');
        },
      },
    );
    expect(() => checkRegistry(hostile, 'pricing')).toThrow(
      expect.objectContaining({ code: 'invalid_input' }),
    );
  });
});

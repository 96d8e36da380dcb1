import { describe, expect, it } from 'vitest';
import { col, num } from '../../src/report/reportDoc.js';

describe('col and num', () => {
  it('a left-aligned text column and a right-aligned numeric one', () => {
    expect(col('Strategy')).toEqual({ header: 'Strategy', align: 'left' });
    expect(num('USD/month')).toEqual({ header: 'USD/month', align: 'right' });
  });

  it('optional only when asked (the key is absent otherwise)', () => {
    expect(col('Note', true)).toEqual({ header: 'Note', align: 'left', optional: true });
    expect(num('Share', true)).toEqual({ header: 'Share', align: 'right', optional: true });
    expect('optional' in col('Strategy')).toBe(false);
  });
});

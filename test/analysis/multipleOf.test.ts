import { describe, expect, it } from 'vitest';
import { multipleOf } from '../../src/analysis/multipleOf.js';
import { D } from '../../src/decimal.js';

describe('multipleOf', () => {
  it('dearer ÷ cheaper, whichever comes first', () => {
    // 320 ÷ 100 = 3.2
    const m = multipleOf('fineTune', new D(320), 'rag', new D(100));
    expect(m.kind === 'ratio' && [m.cheaper, m.dearer, m.times.toFixed()]).toEqual([
      'rag',
      'fineTune',
      '3.2',
    ]);
    const back = multipleOf('rag', new D(100), 'fineTune', new D(320));
    expect(back.kind === 'ratio' && [back.cheaper, back.times.toFixed()]).toEqual(['rag', '3.2']);
  });

  it('equal costs, and a free side instead of dividing by zero', () => {
    expect(multipleOf('rag', new D('1.50'), 'hybrid', new D('1.5')).kind).toBe('equal');
    expect(multipleOf('rag', new D(0), 'hybrid', new D(0)).kind).toBe('equal');
    const zero = multipleOf('rag', new D(12), 'promptOnly', new D(0));
    expect(zero.kind === 'zero' && [zero.free, zero.otherCost.toFixed()]).toEqual(['promptOnly', '12']);
  });
});

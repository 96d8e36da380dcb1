import { describe, expect, it } from 'vitest';
import { FOCUS_FORMATS, FORMATS } from '../../src/cli/formats.js';

describe('formats', () => {
  it('every reporting command writes these six formats', () => {
    expect(FORMATS).toEqual(['table', 'json', 'csv', 'markdown', 'html', 'svg']);
  });

  it('compare, explain and horizon add FOCUS, last', () => {
    expect(FOCUS_FORMATS).toEqual([...FORMATS, 'focus']);
  });
});

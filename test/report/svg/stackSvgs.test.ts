import { describe, expect, it } from 'vitest';
import { stackSvgs } from '../../../src/report/svg/stackSvgs.js';

const chart = (width: number, height: number, body = '') =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${body}</svg>\n`;

describe('stackSvgs', () => {
  it('returns a single chart unchanged', () => {
    const one = chart(640, 420);
    expect(stackSvgs([one], 'Title')).toBe(one);
  });

  it('stacks charts top to bottom: the widest width, the heights summed, each moved down', () => {
    const out = stackSvgs(
      [chart(640, 420, 'a'), chart(800, 300, 'b'), chart(500, 100, 'c')],
      'Cost & volume',
    );
    // Width max(640, 800, 500) = 800; height 420 + 300 + 100 = 820; offsets 0, 420, 720.
    expect(out).toBe(
      [
        '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="820" viewBox="0 0 800 820" role="group">',
        '<title>Cost &amp; volume</title>',
        '<svg y="0" xmlns="http://www.w3.org/2000/svg" width="640" height="420" viewBox="0 0 640 420">a</svg>',
        '<svg y="420" xmlns="http://www.w3.org/2000/svg" width="800" height="300" viewBox="0 0 800 300">b</svg>',
        '<svg y="720" xmlns="http://www.w3.org/2000/svg" width="500" height="100" viewBox="0 0 500 100">c</svg>',
        '</svg>',
        '',
      ].join('\n'),
    );
  });

  it('a chart whose size it cannot read counts as 640 × 420', () => {
    const out = stackSvgs(['<svg>x</svg>', chart(100, 50)], 't');
    expect(out.split('\n')[0]).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" width="640" height="470" viewBox="0 0 640 470" role="group">',
    );
    expect(out).toContain('<svg y="420" ');
  });
});

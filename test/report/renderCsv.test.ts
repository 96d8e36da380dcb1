import { describe, expect, it } from 'vitest';
import { neutraliseCell, quoteCell, renderCsv } from '../../src/report/renderCsv.js';

describe('neutraliseCell', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', "'\rcmd"],
    ['=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'],
    ['-12.5', '-12.5'],
    ['-3', '-3'],
    ['12.5', '12.5'],
    ['-', "'-"],
    ['-1e5', "'-1e5"],
    ['Fine-tune', 'Fine-tune'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(neutraliseCell(input)).toBe(expected);
  });
});

describe('renderCsv', () => {
  it('quotes per RFC 4180 and ends lines with CRLF', () => {
    expect(quoteCell('a,b')).toBe('"a,b"');
    expect(quoteCell('say "hi"')).toBe('"say ""hi"""');
    expect(quoteCell('two\nlines')).toBe('"two\nlines"');
    expect(quoteCell(' edge')).toBe('" edge"');
    expect(
      renderCsv({
        header: ['a', 'b'],
        rows: [
          ['1', null],
          ['=x', 'y,z'],
        ],
      }),
    ).toBe('a,b\r\n1,\r\n\'=x,"y,z"\r\n');
  });

  it('adds a byte-order mark only when asked', () => {
    expect(renderCsv({ header: ['a'], rows: [] }, { bom: true })).toBe('\uFEFFa\r\n');
    expect(renderCsv({ header: ['a'], rows: [] })).toBe('a\r\n');
  });

  it('neutralises a quoted formula too (the quote comes before the quoting)', () => {
    expect(renderCsv({ header: ['h'], rows: [['=1,2']] })).toBe('h\r\n"\'=1,2"\r\n');
  });
});

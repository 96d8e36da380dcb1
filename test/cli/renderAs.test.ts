import { describe, expect, it } from 'vitest';
import { CliError } from '../../src/cli/cliError.js';
import { precisionOf, type Renderable, renderAs } from '../../src/cli/renderAs.js';

/** A result whose every view but the asked-for one throws: renderAs must build only that one. */
function only(view: keyof Renderable, value: unknown): Renderable {
  const never = () => {
    throw new Error('built a view that was not asked for');
  };
  return {
    json: never,
    csv: never,
    doc: never,
    [view]: () => value,
  } as Renderable;
}

describe('precisionOf', () => {
  it('defaults to cents, takes 0–20 or full, and refuses the rest at --precision', () => {
    expect(precisionOf(undefined, 'csv')).toBe(2);
    expect(precisionOf('4', 'table')).toBe(4);
    expect(precisionOf('full', 'csv')).toBe('full');
    for (const bad of ['21', '-1', '2.5', 'x']) {
      expect(() => precisionOf(bad, 'csv')).toThrow(
        expect.objectContaining({ code: 'usage', path: '--precision' }),
      );
    }
  });

  it('refuses a precision for FOCUS, whose unit price × quantity must equal the cost', () => {
    expect(() => precisionOf('2', 'focus')).toThrow(/its amounts are exact/);
  });
});

describe('renderAs', () => {
  it('builds only the view of the format asked for', () => {
    // JSON carries its schema version first (renderJsonReport), then the result as built.
    expect(JSON.parse(renderAs('json', only('json', { a: '1.5' })))).toEqual({ schemaVersion: 1, a: '1.5' });
    const doc = { title: 'T', blocks: [{ kind: 'paragraph' as const, text: 'hello' }] };
    expect(renderAs('table', only('doc', doc))).toContain('hello');
    expect(renderAs('markdown', only('doc', doc))).toContain('hello');
  });

  it('rounds money columns in CSV to the precision asked for (1.23456 → 1.23 by default, 1.2346 at 4)', () => {
    const csv = { header: ['id', 'monthlyUsd'], rows: [['a', '1.23456']] };
    expect(renderAs('csv', only('csv', csv))).toBe('id,monthlyUsd\r\na,1.23\r\n');
    expect(renderAs('csv', only('csv', csv), { precision: '4' })).toBe('id,monthlyUsd\r\na,1.2346\r\n');
    expect(renderAs('csv', only('csv', csv), { bom: true }).startsWith('\uFEFF')).toBe(true);
  });

  it('says which commands offer svg and focus when a result has neither', () => {
    const plain = only('json', {});
    expect(() => renderAs('svg', plain)).toThrow(CliError);
    expect(() => renderAs('svg', plain)).toThrow(/offered by curve, horizon and compare/);
    expect(() => renderAs('focus', plain)).toThrow(/for compare, explain and horizon/);
  });

  it('keeps control characters from user text out of terminal and Markdown output', () => {
    const doc = { title: 'T', blocks: [{ kind: 'paragraph' as const, text: 'a\u001b[31mb' }] };
    expect(renderAs('table', only('doc', doc))).not.toContain('\u001b');
    expect(renderAs('markdown', only('doc', doc))).not.toContain('\u001b');
  });
});

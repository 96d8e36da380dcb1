import { describe, expect, it } from 'vitest';
import { API_INPUT_LIMITS, toPlainInput, toPlainTable } from '../../src/_lib/plainInput.js';
import { D } from '../../src/decimal.js';

/** `depth` levels of `{ a: … }` around 1. */
const nested = (depth: number): unknown => {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
};

describe('toPlainInput', () => {
  it('copies plain data into fresh objects and arrays, equal to the original', () => {
    const input = { a: 1, b: ['x', { c: null }], d: 'y' };
    const out = toPlainInput(input) as typeof input;
    expect(out).toEqual(input);
    expect(out).not.toBe(input);
    expect(out.b).not.toBe(input.b);
  });

  it('keeps Decimals, Dates and class instances as they are (the schema judges them)', () => {
    const amount = new D('1.50');
    const date = new Date(0);
    class Thing {}
    const thing = new Thing();
    const out = toPlainInput({ amount, date, thing }) as Record<string, unknown>;
    expect(out.amount).toBe(amount);
    expect(out.date).toBe(date);
    expect(out.thing).toBe(thing);
  });

  it('reads a getter once and keeps its value', () => {
    let reads = 0;
    const input = {
      get n() {
        reads++;
        return reads;
      },
    };
    const out = toPlainInput(input) as { n: number };
    expect(out.n).toBe(1);
    expect(out.n).toBe(1);
    expect(reads).toBe(1);
    expect(Object.getOwnPropertyDescriptor(out, 'n')?.get).toBeUndefined();
  });

  it('turns the holes of a sparse array into undefined', () => {
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point.
    const out = toPlainInput([1, , 3]) as unknown[];
    expect(out).toHaveLength(3);
    expect(1 in out).toBe(true);
    expect(out[1]).toBeUndefined();
  });

  it('keeps an own __proto__ key as a key, not as the prototype', () => {
    const out = toPlainInput(JSON.parse('{"__proto__": {"polluted": true}}')) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect((out as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('names the path of a getter that throws, keeping what it threw as the cause', () => {
    const boom = new Error('boom');
    const input = {
      list: [
        0,
        {
          get deep() {
            throw boom;
          },
        },
      ],
    };
    try {
      toPlainInput(input);
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ code: 'invalid_input', path: 'list[1].deep', cause: boom });
    }
  });

  it('names the path of a proxy whose ownKeys trap throws', () => {
    const proxy = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('no');
        },
      },
    );
    expect(() => toPlainInput({ strategies: { rag: proxy } })).toThrow(
      expect.objectContaining({ code: 'invalid_input', path: 'strategies.rag' }),
    );
  });

  it(`accepts nesting of ${API_INPUT_LIMITS.depth} levels and refuses one more`, () => {
    // 64 objects around a number: depths 0..63 are objects, the number sits at depth 64.
    expect(() => toPlainInput(nested(64))).not.toThrow();
    // 65 objects: the innermost object is at depth 64.
    expect(() => toPlainInput(nested(65))).toThrow(
      expect.objectContaining({ code: 'invalid_input', path: `a${'.a'.repeat(63)}` }),
    );
  });

  it('accepts 1,000 keys and refuses 1,001, naming the count', () => {
    const keys = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, i]));
    expect(() => toPlainInput({ x: keys(1000) })).not.toThrow();
    expect(() => toPlainInput({ x: keys(1001) })).toThrow('1,001 fields, more than 1,000');
  });

  it('refuses an array longer than 1,000,000 items before reading any', () => {
    const huge = new Proxy([] as unknown[], {
      get(target, key) {
        if (key === 'length') return 1_000_001;
        if (key === '0') throw new Error('an item was read');
        return Reflect.get(target, key);
      },
    });
    expect(() => toPlainInput({ volumes: huge })).toThrow(
      expect.objectContaining({ code: 'invalid_input', path: 'volumes' }),
    );
  });

  it('does not mutate the input', () => {
    const input = { a: [1, { b: 2 }] };
    toPlainInput(input);
    expect(input).toEqual({ a: [1, { b: 2 }] });
  });
});

describe('toPlainTable', () => {
  it('codes its errors invalid_price_table, and toPlainInput goes back to invalid_input after', () => {
    expect(() => toPlainTable(nested(65))).toThrow(expect.objectContaining({ code: 'invalid_price_table' }));
    expect(() => toPlainInput(nested(65))).toThrow(expect.objectContaining({ code: 'invalid_input' }));
  });
});

import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { D, type Dec } from '../../src/decimal.js';
import { defineKind } from '../../src/kinds/kind.js';
import { countSchema } from '../../src/spec/fields.js';
import { emptyCandidate, num } from '../../src/spec/specs.js';

const schema = z.strictObject({ seats: countSchema });
const empty = { lines: [], buckets: null as never, maxRequestsPerMonth: null, tables: {}, notes: [] };

describe('defineKind', () => {
  it('returns the module it is given, unchanged (it only ties the types of parse and build)', () => {
    const module = {
      schema,
      parse: (data: z.output<typeof schema>, candidate: ReturnType<typeof emptyCandidate>) => ({
        ...candidate,
        spec: { seats: num(data.seats) },
      }),
      build: () => empty,
    };
    const kind = defineKind(module);
    expect(kind).toBe(module);
    const parsed = kind.parse({ seats: 3 }, emptyCandidate('x', 'x', 'rag', 'candidates.x'), null as never);
    expect(parsed.spec.seats.toFixed()).toBe('3');
  });

  it('types `build`’s spec from what `parse` returns (checked by tsc)', () => {
    const kind = defineKind({
      schema,
      parse: (data, candidate) => ({
        ...candidate,
        spec: { seats: num(data.seats) } as { readonly seats: Dec },
      }),
      build: (_ctx, spec) => {
        const seats: Dec = spec.seats;
        // @ts-expect-error: parse made no `rooms`.
        void spec.rooms;
        return { ...empty, notes: [seats.toFixed()] };
      },
    });
    expect(kind.build(null as never, { seats: new D(2) }).notes).toEqual(['2']);
  });
});

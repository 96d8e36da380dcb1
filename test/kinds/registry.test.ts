import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { KINDS, kindModule } from '../../src/kinds/registry.js';
import { STRATEGY_IDS } from '../../src/strategyKinds.js';

/** The registry pairs each entry of STRATEGY_KINDS with its module: schema, converter, builder. */
describe('KINDS', () => {
  it('has one module for every kind id, and nothing else', () => {
    expect(Object.keys(KINDS).sort()).toEqual([...STRATEGY_IDS].sort());
  });

  it('kindModule returns the module of an id, each kind its own', () => {
    for (const id of STRATEGY_IDS) expect(kindModule(id)).toBe(KINDS[id]);
    expect(new Set(STRATEGY_IDS.map((id) => kindModule(id))).size).toBe(STRATEGY_IDS.length);
    expect(new Set(STRATEGY_IDS.map((id) => kindModule(id).schema)).size).toBe(STRATEGY_IDS.length);
  });

  it('every kind’s schema is strict: an unknown field is refused by name', () => {
    for (const id of STRATEGY_IDS) {
      const r = z.safeParse(kindModule(id).schema, { notAField: 1 });
      expect(r.success, id).toBe(false);
      const unknown = r.error!.issues.find((i) => i.code === 'unrecognized_keys');
      expect(unknown, id).toMatchObject({ keys: ['notAField'] });
    }
  });

  it('a hybrid needs no field of its own; every other kind has required fields', () => {
    const empty = STRATEGY_IDS.filter((id) => z.safeParse(kindModule(id).schema, {}).success);
    expect(empty).toEqual(['hybrid']);
  });
});

import { expect, it } from 'vitest';
import { deepMerge } from '../../src/_lib/deepMerge.js';
import { compare, defaultScenario } from '../../src/index.js';

it('a __proto__ key merged from JSON stays an own key: the prototype is untouched', () => {
  const merged = deepMerge({ a: 1 }, JSON.parse('{"__proto__":{"x":1}}')) as Record<string, unknown>;
  expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
  expect(Object.hasOwn(merged, '__proto__')).toBe(true);
  expect((merged as { x?: unknown }).x).toBeUndefined();
});

it('a candidate cannot smuggle fields through __proto__: the schema names the key', () => {
  const s = JSON.parse(
    JSON.stringify({ ...defaultScenario(), candidates: { mine: { extends: 'promptOnly' } } }).replace(
      '"extends":"promptOnly"',
      '"extends":"promptOnly","__proto__":{"model":"gpt-4.1"}',
    ),
  );
  // Before: the key became the copy's prototype, and `mine` was silently priced as prompt-only.
  expect(() => compare(s)).toThrow(
    expect.objectContaining({
      code: 'invalid_input',
      path: 'candidates.mine',
      detail: 'invalid candidate `mine`: unknown field(s) `__proto__`: remove them or check the spelling',
    }),
  );
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeControl } from '../../src/_lib/escapeControl.js';
import { defaultScenario, safeCompare } from '../../src/index.js';
import { neutraliseCell } from '../../src/report/renderCsv.js';
import { SCENARIOS } from './helpers/cli.js';
import { runMain } from './helpers/runMain.js';

// Issue 9, "Say what is actually wrong".

const scratch = () => mkdtempSync(join(tmpdir(), 'tor-msg-'));

/**
 * The oracle, written apart from the implementation: does `text` hold a character that acts on a
 * terminal (C0 but tab, and line feed unless `keepNewlines`; DEL; C1; bidi overrides)?
 */
function hasControl(text: string, keepNewlines: boolean): boolean {
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c === 9 || (c === 10 && keepNewlines)) continue;
    if (c < 32 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069))
      return true;
  }
  return false;
}

describe('limits named as limits, at the flag the user typed', () => {
  it.each([
    [
      ['curve', '--to', '1e30'],
      2,
      'error [usage] at --to: --to: `1e30` has more than 21 digits, the limit for a count\n',
    ],
    [
      ['curve', '--volumes', '1000,1e25'],
      2,
      'error [usage] at --volumes: --volumes: `1e25` has more than 21 digits, the limit for a count\n',
    ],
    [
      ['curve', '--from', '0'],
      1,
      'error [invalid_input] at --from: invalid option: expected a whole number ≥ 1\n',
    ],
    [
      ['sweep', '--vary', 'requestsPerMonth=1000,lots'],
      1,
      'error [invalid_input] at --vary: invalid option: expected a non-negative whole number such as "1000000"\n',
    ],
    [
      ['horizon', '--months', '0'],
      2,
      'error [usage] at --months: --months expects a whole number from 1 to 1200; got `0`\n',
    ],
    [
      ['curve', '--from', '5000', '--to', '1000'],
      1,
      'error [invalid_input] at --to: expected `to` ≥ `from`\n',
    ],
    [
      ['compare', '--set', `requestsPerMonth=${'9'.repeat(25)}`],
      1,
      'error [invalid_input] at workload.requestsPerMonth: invalid scenario: more than 21 digits, the limit for a count\n',
    ],
  ])('%j', async (args, code, stderr) => {
    const result = await runMain(args);
    expect(result.code).toBe(code);
    expect(result.stderr).toBe(stderr);
  });

  it('property: one rule for tiny fractions in every input form (at most 30 decimals)', async () => {
    const dir = scratch();
    const forms = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 58 }),
        fc.constantFrom('number', 'string', '--set', 'yaml'),
        async (k, form) => {
          forms.set(form, (forms.get(form) ?? 0) + 1);
          const plain = `0.${'0'.repeat(k - 1)}1`;
          let message: string | undefined;
          if (form === 'number' || form === 'string') {
            const s = defaultScenario() as unknown as { strategies: { rag: Record<string, unknown> } };
            s.strategies.rag.churnPerMonth = form === 'number' ? Number(`1e-${k}`) : plain;
            const r = safeCompare(s);
            message = r.success ? undefined : r.error.message;
          } else {
            let args = ['compare', '--set', `rag.churnPerMonth=1e-${k}`];
            if (form === 'yaml') {
              const s = defaultScenario() as unknown as { strategies: { rag: Record<string, unknown> } };
              s.strategies.rag.churnPerMonth = 0;
              const file = join(dir, `k${k}.yaml`);
              writeFileSync(file, JSON.stringify(s).replace('"churnPerMonth":0', `"churnPerMonth": 1e-${k}`));
              args = ['compare', file];
            }
            const result = await runMain(args);
            message = result.code === 0 ? undefined : result.stderr;
          }
          if (k <= 30) expect(message, `${form} 1e-${k}`).toBeUndefined();
          else expect(message, `${form} 1e-${k}`).toContain('more than 30 decimals, the limit for a rate');
        },
      ),
      { numRuns: 80, seed: 4 },
    );
    for (const form of ['number', 'string', '--set', 'yaml']) expect(forms.get(form)).toBeGreaterThan(8);
  });
});

describe('dates: the same check and the same error in every command', () => {
  const commands = [
    ['compare'],
    ['curve'],
    ['prices'],
    ['prices', 'openai'],
    ['vendors'],
    ['validate', 'SCENARIO'],
  ];

  it('property: an impossible date is a usage error at --as-of in every command', async () => {
    const dir = scratch();
    const scenario = join(dir, 's.json');
    writeFileSync(scenario, JSON.stringify(defaultScenario()));
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...commands),
        fc.constantFrom(
          '2025-02-30',
          '2025-13-01',
          '2023-02-29',
          '2025-04-31',
          '2025-00-10',
          '2025-6-1',
          '20250601',
        ),
        async (command, date) => {
          seen.add(command.join(' '));
          const args = [...command.map((c) => (c === 'SCENARIO' ? scenario : c)), '--as-of', date];
          const result = await runMain(args);
          expect(result.code).toBe(2);
          expect(result.stderr).toBe(
            `error [usage] at --as-of: --as-of expects a real date YYYY-MM-DD, e.g. 2025-06-01; got \`${date}\`\n`,
          );
        },
      ),
      { numRuns: 60, seed: 8 },
    );
    expect(seen.size).toBe(commands.length);
  });

  it('a date before every table is no_price_at_date at --as-of in every command (regression: prices listed nothing)', async () => {
    const dir = scratch();
    const scenario = join(dir, 's.json');
    writeFileSync(scenario, JSON.stringify(defaultScenario()));
    for (const command of commands) {
      const args = [...command.map((c) => (c === 'SCENARIO' ? scenario : c)), '--as-of', '2000-01-01'];
      const result = await runMain(args);
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.stderr, args.join(' ')).toMatch(/^error \[no_price_at_date\] at --as-of: /);
    }
  });
});

describe('text output is safe for terminals and documents', () => {
  it('control characters in a scenario name are escaped in table and Markdown (regression)', async () => {
    const dir = scratch();
    const file = join(dir, 'evil.json');
    writeFileSync(file, JSON.stringify({ ...defaultScenario(), name: 'red\u001b[31mX\rY\u202eZ' }));
    for (const format of ['table', 'markdown']) {
      const out = (await runMain(['compare', file, '-f', format])).stdout;
      expect(out).toMatch(/red\\x1b\\?\[31mX\\x0dY\\u202eZ/);
      expect(hasControl(out, true)).toBe(false);
    }
  });

  it('an error message never carries a raw control character (a --set value echoed back)', async () => {
    const result = await runMain(['compare', join(SCENARIOS, 'example.yaml'), '-p', '\u001b]0;pwned\u0007']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('\\x1b]0;pwned\\x07');
    expect(hasControl(result.stderr.slice(0, -1), false)).toBe(false);
  });

  it('property: escaped text has no control character, and plain text is untouched', () => {
    const kinds = new Map<string, number>();
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.boolean(), (text, keep) => {
        const out = escapeControl(text, keep);
        const kind = hasControl(text, keep) ? 'control' : 'plain';
        kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
        expect(hasControl(out, keep)).toBe(false);
        if (kind === 'plain' && !/[\u061c\u200e\u200f]/.test(text)) expect(out).toBe(text);
      }),
      { numRuns: 400, seed: 6 },
    );
    expect(kinds.get('control')).toBeGreaterThan(30);
    expect(kinds.get('plain')).toBeGreaterThan(50);
  });

  it('property: CSV neutralises formula starters after leading whitespace too (regression: " =1+1")', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(
        fc.constantFrom('', ' ', '  ', '\t', '\n', '\u00a0', ' \n '),
        fc.constantFrom('=', '+', '-', '@'),
        fc.string({ maxLength: 10 }),
        (space, starter, rest) => {
          seen.add(starter + (space === '' ? '' : 'ws'));
          const cell = `${space}${starter}${rest}`;
          if (/^-?\d+(\.\d+)?$/.test(cell)) return; // a plain number stays a number
          expect(neutraliseCell(cell).startsWith("'")).toBe(true);
        },
      ),
      { numRuns: 300, seed: 10 },
    );
    expect(seen.size).toBe(8);
    expect(neutraliseCell('-12.5')).toBe('-12.5');
  });
});

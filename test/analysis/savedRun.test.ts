import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  SAVED_DECIMAL_CHARS,
  savedBreakevenSchema,
  savedLineSchema,
  savedRunFileSchema,
} from '../../src/analysis/savedRun.js';
import { compare, defaultScenario } from '../../src/index.js';
import { renderJsonReport } from '../../src/report/renderJsonReport.js';

/** The smallest file `diff` accepts, written by hand. */
function minimalFile(): Record<string, unknown> {
  return {
    schemaVersion: 1,
    command: 'compare',
    runs: [
      {
        profile: null,
        run: {
          scenarioName: 'hand',
          asOf: '2026-11-30',
          requestsPerMonth: '1000',
          pricingDataVersion: '2026-11-30',
          tables: { openai: '2026-11-01' },
        },
        strategies: [
          {
            strategy: 'rag',
            label: 'RAG',
            monthlyTotal: '12.50',
            lines: [{ id: 'rag.output', label: 'output', monthlyAmount: '12.50' }],
          },
        ],
        cheapest: 'rag',
        breakevens: [{ kind: 'never', between: ['rag', 'fineTune'], cheaper: 'rag' }],
      },
    ],
  };
}

const amount = (monthlyAmount: string) =>
  z.safeParse(savedLineSchema, { id: 'x', label: 'x', monthlyAmount }).success;

describe('savedRunFileSchema', () => {
  it('accepts the smallest run file, without the optional content hash or scenario', () => {
    const parsed = z.parse(savedRunFileSchema, minimalFile());
    expect(parsed.runs[0]!.run.pricingContentHash).toBeUndefined();
    expect(parsed.runs[0]!.strategies[0]!.lines[0]!.monthlyAmount).toBe('12.50');
  });

  it('keeps only the fields a diff reads: others are dropped, not refused', () => {
    const file = minimalFile();
    const runs = file.runs as Record<string, unknown>[];
    const parsed = z.parse(savedRunFileSchema, {
      ...file,
      tool: { name: 'tune-or-rag', version: '9.9.9' },
      runs: [{ ...runs[0], extra: 1 }],
    });
    expect(Object.keys(parsed).sort()).toEqual(['command', 'runs', 'schemaVersion']);
    expect(Object.keys(parsed.runs[0]!)).not.toContain('extra');
  });

  it('reads what `compare -f json` writes (and `explain`), but no other command or version', () => {
    const scenario = defaultScenario();
    const written = JSON.parse(
      renderJsonReport({
        command: 'compare',
        tool: { name: 'tune-or-rag', version: '0.0.0' },
        runs: [{ profile: null, scenario, ...compare(scenario) }],
      }),
    );
    expect(z.safeParse(savedRunFileSchema, written).success).toBe(true);
    expect(z.safeParse(savedRunFileSchema, { ...minimalFile(), command: 'explain' }).success).toBe(true);
    const refused = (patch: Record<string, unknown>) =>
      z.safeParse(savedRunFileSchema, { ...minimalFile(), ...patch }).error?.issues[0]?.path;
    expect(refused({ command: 'curve' })).toEqual(['command']);
    expect(refused({ schemaVersion: 2 })).toEqual(['schemaVersion']);
  });
});

describe('saved decimals', () => {
  it.each(['0', '12.50', '-3', '0.001', '1234567890.0987654321'])('%s is a saved decimal', (text) => {
    expect(amount(text)).toBe(true);
  });

  // What `toFixed()` never writes: exponents, separators, signs, bare points, spaces.
  it.each(['1e5', '12,50', '+1', '.5', '1.', '', ' 1', 'NaN', 'Infinity'])('%j is refused', (text) => {
    expect(amount(text)).toBe(false);
  });

  it(`is at most ${SAVED_DECIMAL_CHARS} characters, a limit named in the message`, () => {
    expect(SAVED_DECIMAL_CHARS).toBe(200);
    expect(amount('9'.repeat(200))).toBe(true);
    const over = z.safeParse(savedLineSchema, { id: 'x', label: 'x', monthlyAmount: '9'.repeat(201) });
    expect(over.error?.issues.map((i) => i.message)).toEqual(['a number with more than 200 characters']);
  });
});

describe('savedBreakevenSchema', () => {
  it('crossovers carry volumes as saved decimals; cheaper and crossovers are optional', () => {
    const crossing = {
      kind: 'crossovers',
      between: ['a', 'b'],
      crossovers: [{ requestsPerMonth: '115787.5' }],
    };
    expect(z.safeParse(savedBreakevenSchema, crossing).success).toBe(true);
    expect(z.safeParse(savedBreakevenSchema, { kind: 'equal', between: ['a', 'b'] }).success).toBe(true);
    expect(
      z.safeParse(savedBreakevenSchema, { ...crossing, crossovers: [{ requestsPerMonth: 115787.5 }] })
        .success,
    ).toBe(false);
  });
});

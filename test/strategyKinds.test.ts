import { describe, expect, it } from 'vitest';
import {
  STRATEGY_CLI_NAMES,
  STRATEGY_IDS,
  STRATEGY_KINDS,
  STRATEGY_LABELS,
  strategyIdOfName,
  strategyKind,
} from '../src/strategyKinds.js';

/** The list every kind-aware part of the library reads: names, labels, chart styles, needs. */
describe('STRATEGY_KINDS', () => {
  it('lists the seven kinds in report order', () => {
    expect(STRATEGY_IDS).toEqual([
      'fineTune',
      'rag',
      'promptOnly',
      'hybrid',
      'longContext',
      'retrievalTuning',
      'distillation',
    ]);
    expect(STRATEGY_CLI_NAMES).toBe(
      'fine-tune, rag, prompt-only, hybrid, long-context, retrieval-tuning, distillation',
    );
  });

  it('resolves every id, CLI name and alias to its own kind', () => {
    for (const k of STRATEGY_KINDS) {
      for (const name of [k.id, k.cliName, ...k.aliases]) expect(strategyIdOfName(name), name).toBe(k.id);
    }
    expect(
      ['ft', 'finetune', 'promptonly', 'longcontext', 'retrievaltuning', 'distill'].map(strategyIdOfName),
    ).toEqual(['fineTune', 'fineTune', 'promptOnly', 'longContext', 'retrievalTuning', 'distillation']);
  });

  it('gives no name to two kinds (a name maps to one kind only)', () => {
    const names = STRATEGY_KINDS.flatMap((k) => [...new Set([k.id, k.cliName, ...k.aliases])]);
    expect(new Set(names).size).toBe(names.length);
  });

  it('does not guess: an unknown or differently-cased name is undefined', () => {
    expect(strategyIdOfName('Fine-Tune')).toBeUndefined();
    expect(strategyIdOfName('FT')).toBeUndefined();
    expect(strategyIdOfName('')).toBeUndefined();
    expect(strategyIdOfName('toString')).toBeUndefined();
  });

  it('has unique labels, short labels and line prefixes', () => {
    for (const field of ['label', 'shortLabel', 'linePrefix'] as const) {
      const values = STRATEGY_KINDS.map((k) => k[field]);
      expect(new Set(values).size, field).toBe(values.length);
    }
    expect(STRATEGY_LABELS.hybrid).toBe('Hybrid (RAG + tuned)');
    expect(Object.keys(STRATEGY_LABELS)).toEqual(STRATEGY_IDS);
  });

  it('draws each kind with its own colour and its own dash (told apart without colour too)', () => {
    const colours = STRATEGY_KINDS.map((k) => k.chartStyle.colour.toLowerCase());
    const dashes = STRATEGY_KINDS.map((k) => k.chartStyle.dash);
    expect(new Set(colours).size).toBe(colours.length);
    expect(new Set(dashes).size).toBe(dashes.length);
    for (const c of colours) expect(c).toMatch(/^#[0-9a-f]{6}$/);
    for (const d of dashes) expect(d).toMatch(/^(|\d+( \d+)*)$/);
  });

  it('names only listed kinds in `needs`, and a kind that needs others is not needed itself', () => {
    for (const k of STRATEGY_KINDS) {
      for (const need of k.needs) expect(STRATEGY_IDS).toContain(need);
      expect(k.needs).not.toContain(k.id);
    }
    const needing = STRATEGY_KINDS.filter((k) => k.needs.length > 0).map((k) => k.id);
    expect(needing).toEqual(['hybrid']);
    expect(strategyKind('hybrid').needs).toEqual(['fineTune', 'rag']);
  });

  it('marks the kinds that train an LLM (a closure of new training jobs closes them)', () => {
    expect(STRATEGY_KINDS.filter((k) => k.trains).map((k) => k.id)).toEqual([
      'fineTune',
      'hybrid',
      'distillation',
    ]);
  });

  it('strategyKind returns the entry of an id', () => {
    for (const k of STRATEGY_KINDS) expect(strategyKind(k.id)).toBe(k);
    expect(strategyKind('longContext').cliName).toBe('long-context');
  });
});

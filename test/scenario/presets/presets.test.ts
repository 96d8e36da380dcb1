import { describe, expect, it } from 'vitest';
import { compare, horizon } from '../../../src/index.js';
import { findPreset, PRESETS } from '../../../src/scenario/presets/presets.js';
import { runMain } from '../../cli/helpers/runMain.js';

/** Lines whose amount is computed from other priced figures or the user's own, not read from a table. */
const DERIVED = /\.(evaluation|monitoring\.evaluation|monitoring\.own)$/;

describe('presets', () => {
  it('are the four buyer profiles', () => {
    expect(PRESETS.map((p) => p.name)).toEqual([
      'early-startup',
      'scale-up',
      'mid-market-perimeter',
      'enterprise-multicloud',
    ]);
  });

  for (const preset of PRESETS) {
    describe(preset.name, () => {
      const result = compare(preset.scenario());

      it('prices every strategy on routes open on 2026-11-30, with no warning of a closed route', () => {
        expect(result.run.evaluatedOn).toBe('2026-11-30');
        expect(result.run.unavailable).toEqual([]);
        expect(result.run.warnings.filter((w) => w.code === 'route_closed')).toEqual([]);
        expect(result.strategies.length).toBe(Object.keys(preset.scenario().strategies ?? {}).length);
      });

      it('gives a sourced breakdown: every table-priced line names its table, source URL and read date', () => {
        for (const s of result.strategies) {
          for (const line of s.lines) {
            if (line.price === null) {
              // A derived amount (an evaluation run, a top-up to a minimum, your own figure) says how.
              expect(line.id, `${s.strategy} ${line.id}`).toMatch(DERIVED);
              expect(line.basis.length).toBeGreaterThan(0);
              continue;
            }
            expect(line.price.sourceUrl, `${s.strategy} ${line.id}`).toMatch(/^https:\/\//);
            expect(line.price.readOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
            expect(result.run.tables[line.price.vendor]).toBe(line.price.tableDate);
          }
        }
      });

      it('runs its horizon without a closure', () => {
        const h = horizon(preset.scenario());
        expect(h.closures).toEqual([]);
        expect(h.months).toHaveLength(Number(preset.scenario().horizonMonths ?? 12));
      });
    });
  }

  it('findPreset finds a preset by its `--preset` name, and only by it', () => {
    expect(findPreset('scale-up')).toBe(PRESETS[1]);
    expect(findPreset('Scale-up')).toBeUndefined();
    expect(findPreset('scaleUp')).toBeUndefined();
  });

  it('each call of a preset gives a fresh copy', () => {
    for (const p of PRESETS) {
      const a = p.scenario();
      (a.workload as { inputTokens: number }).inputTokens = -1;
      expect(p.scenario().workload.inputTokens, p.name).not.toBe(-1);
    }
  });
});

describe('the CLI', () => {
  it('runs `compare --preset NAME` and lists the presets', async () => {
    const run = await runMain(['compare', '--preset', 'scale-up']);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Scale-up with rising volume (preset)');
    const list = await runMain(['presets']);
    expect(list.code).toBe(0);
    for (const p of PRESETS) expect(list.stdout).toContain(p.name);
    expect(list.stdout).toContain('Constraints: data (all) inside aws or gcp; open for the whole horizon.');
  });

  it('refuses an unknown preset and a preset with a file, as usage errors', async () => {
    const unknown = await runMain(['compare', '--preset', 'nope']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no preset "nope"; presets: early-startup, scale-up');
    const both = await runMain(['compare', 'x.yaml', '--preset', 'scale-up']);
    expect(both.code).toBe(2);
  });
});

describe('the recommend command', () => {
  it('prints the verdict of a preset, and its JSON', async () => {
    const run = await runMain(['recommend', '--preset', 'mid-market-perimeter']);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Recommended: Hybrid (RAG + tuned) at $536.34 a month');
    const json = JSON.parse((await runMain(['recommend', '--preset', 'scale-up', '-f', 'json'])).stdout);
    expect(json.runs[0].recommended).toBe('hybrid');
    expect(json.runs[0].eligible[0]).toMatchObject({ strategy: 'promptOnly', monthlyTotal: '987.4' });
  });
});

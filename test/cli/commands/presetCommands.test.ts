import { describe, expect, it } from 'vitest';
import { presetsCommand } from '../../../src/cli/commands/presetCommands.js';
import { PRESETS } from '../../../src/scenario/presets/presets.js';

describe('presetsCommand', () => {
  it('csv: one row per preset, name, title and summary', () => {
    const lines = presetsCommand({ format: 'csv' }).trimEnd().split('\r\n');
    expect(lines[0]).toBe('name,title,summary');
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(PRESETS.map((p) => p.name));
  });

  it('json: each preset with the whole scenario it runs', () => {
    const json = JSON.parse(presetsCommand({ format: 'json' }));
    expect(json.command).toBe('presets');
    expect(json.presets.map((p: { name: string }) => p.name)).toEqual(PRESETS.map((p) => p.name));
    // The scenario is the preset's own, not a summary of it.
    expect(json.presets[0].scenario.workload.requestsPerMonth).toBe(
      PRESETS[0]!.scenario().workload.requestsPerMonth,
    );
  });

  it('table: a heading per preset, its facts read from its scenario', () => {
    const text = presetsCommand({ format: 'table' });
    const p = PRESETS[0]!;
    const s = p.scenario();
    expect(text).toContain(`${p.name}: ${p.title}`);
    // The volume line is written from the scenario: e.g. 200000 → "200,000 requests/month".
    expect(text).toContain(`${Number(s.workload.requestsPerMonth).toLocaleString('en-US')} requests/month`);
    expect(text).toContain('tune-or-rag compare --preset NAME');
  });
});

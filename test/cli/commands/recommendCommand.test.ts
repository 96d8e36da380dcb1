import { describe, expect, it } from 'vitest';
import { recommendCommand } from '../../../src/cli/commands/recommendCommand.js';
import { recommend } from '../../../src/index.js';
import { PRESETS } from '../../../src/scenario/presets/presets.js';
import { inProcess } from '../helpers/inProcess.js';

describe('recommendCommand', () => {
  it('json: the engine’s verdict for the preset, and the preset as its input', async () => {
    const preset = PRESETS[0]!;
    const json = JSON.parse(
      await inProcess(() => recommendCommand(undefined, { format: 'json', preset: preset.name })),
    );
    expect(json.command).toBe('recommend');
    expect(json.input).toEqual({ file: null, preset: preset.name, profiles: [null] });
    const direct = recommend(preset.scenario());
    expect([json.runs[0].recommended, json.runs[0].cheapest]).toEqual([direct.recommended, direct.cheapest]);
  });

  it('json of a file: its profiles, one run each', async () => {
    const json = JSON.parse(await inProcess(() => recommendCommand('example.yaml', { format: 'json' })));
    expect(json.input).toEqual({ file: 'example.yaml', preset: null, profiles: ['low', 'base', 'high'] });
    expect(json.runs).toHaveLength(3);
  });
});

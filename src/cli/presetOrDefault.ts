import { defaultScenario } from '../scenario/defaultScenario.js';
import { findPreset, PRESETS } from '../scenario/presets/presets.js';
import type { ScenarioInput } from '../scenario/scenarioSchema.js';
import { usageError } from './cliError.js';

/** The scenario factory of `--preset NAME`, or the built-in default; a file and a preset together are refused. */
export function presetOrDefault(file: string | undefined, name: string | undefined): () => ScenarioInput {
  if (name === undefined) return defaultScenario;
  if (file !== undefined) {
    throw usageError('give a scenario file or --preset, not both', '--preset');
  }
  const preset = findPreset(name);
  if (preset === undefined) {
    throw usageError(`no preset "${name}"; presets: ${PRESETS.map((p) => p.name).join(', ')}`, '--preset');
  }
  return preset.scenario;
}

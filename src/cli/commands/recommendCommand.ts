import { recommendToCsv, recommendToDoc } from '../../report/recommendReport.js';
import { configureEngine, currencyFor, type EngineOptions, recommend } from '../engine.js';
import type { OutputOptions } from '../formats.js';
import { loadScenarios, type ScenarioOptions } from '../loadScenarios.js';
import { renderAs } from '../renderAs.js';
import { TOOL } from '../tool.js';
import { withFlags } from '../withFlags.js';
import { presetOrDefault } from './presetCommands.js';

/** `recommend [scenario]`: the cost verdict, the needs' rule and the constraints' removals. */
export function recommendCommand(
  file: string | undefined,
  opts: OutputOptions & ScenarioOptions & EngineOptions,
): string {
  configureEngine(opts);
  const loaded = loadScenarios(file, opts, presetOrDefault(file, opts.preset));
  const flags = opts.asOf === undefined ? {} : { asOf: '--as-of' };
  const runs = loaded.map((l) => ({
    profile: l.profile,
    result: withFlags(flags, () => recommend(l.scenario)),
  }));
  return renderAs(
    opts.format,
    {
      json: () => ({
        command: 'recommend',
        tool: TOOL,
        input: { file: file ?? null, preset: opts.preset ?? null, profiles: runs.map((r) => r.profile) },
        runs: runs.map((r) => ({ profile: r.profile, ...r.result })),
      }),
      csv: () => recommendToCsv(runs),
      doc: () => recommendToDoc(runs),
    },
    { ...opts, shownIn: currencyFor(loaded[0]!.scenario) },
  );
}

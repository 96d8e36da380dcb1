import { recommendToCsv, recommendToDoc } from '../../report/recommendReport.js';
import { recommend } from '../engine.js';
import { runCommand, type ScenarioCommandOptions } from '../runCommand.js';

/** `recommend [scenario]`: the cost verdict, the needs' rule and the constraints' removals. */
export function recommendCommand(file: string | undefined, opts: ScenarioCommandOptions): string {
  return runCommand(file, opts, {
    command: 'recommend',
    run: (scenario) => recommend(scenario),
    // recommend's JSON `input` has its own published shape (the preset; no --set, --as-of, --prices).
    input: (loaded) => ({
      file: file ?? null,
      preset: opts.preset ?? null,
      profiles: loaded.map((l) => l.profile),
    }),
    views: (runs) => ({ csv: () => recommendToCsv(runs), doc: () => recommendToDoc(runs) }),
  });
}

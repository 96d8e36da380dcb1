import type { ProfiledRun } from '../report/profiledRun.js';
import type { ScenarioInput } from '../scenario/scenarioSchema.js';
import { configureEngine, currencyFor, type EngineOptions } from './engine.js';
import type { OutputOptions } from './formats.js';
import { type LoadedScenario, loadScenarios, type ScenarioOptions } from './loadScenarios.js';
import { presetOrDefault } from './presetOrDefault.js';
import { type Renderable, renderAs } from './renderAs.js';
import { TOOL } from './tool.js';
import { withFlags } from './withFlags.js';

/** The options of a command that runs a scenario: output, scenario and engine flags. */
export type ScenarioCommandOptions = OutputOptions & ScenarioOptions & EngineOptions;

/** One profile's result, with the scenario it was computed from. */
export interface ScenarioRun<TResult> extends ProfiledRun<TResult> {
  readonly scenario: ScenarioInput;
}

/** How a command shows its runs: every format but JSON's envelope, which {@link runCommand} writes. */
export interface CommandViews<TResult> extends Omit<Renderable, 'json'> {
  /** One run in the JSON `runs` list; default `{ profile, ...result }`. */
  readonly runJson?: (run: ScenarioRun<TResult>, index: number) => Readonly<Record<string, unknown>>;
}

/** What a scenario command states; loading, profiles, flag names, the envelope and currency are shared. */
export interface CommandSpec<TResult extends object> {
  /** The JSON report's `command`. */
  readonly command: string;
  /** Option paths of the engine call → the flags that set them, for errors (`--as-of` is added when given). */
  readonly flags?: Readonly<Record<string, string>>;
  /** The engine work for one profile's scenario. */
  readonly run: (scenario: ScenarioInput) => TResult;
  /**
   * The views of every profile's run, called once all have run and before anything is rendered, so
   * work it does beyond its lazy views (compare's `--volumes` matrix) fails before any output.
   */
  readonly views: (runs: readonly ScenarioRun<TResult>[]) => CommandViews<TResult>;
  /** The JSON report's `input`; default {@link inputOf}. */
  readonly input?: (loaded: readonly LoadedScenario[]) => Readonly<Record<string, unknown>>;
}

/** The scenarios a command runs: the file (or preset, or built-in default) per profile, `--set` applied. */
export function loadFor(file: string | undefined, opts: ScenarioOptions & EngineOptions): LoadedScenario[] {
  configureEngine(opts);
  return loadScenarios(file, opts, presetOrDefault(file, opts.preset));
}

/** Option paths → the flags that set them, for errors; `asOf` is the flag's when `--as-of` was given. */
export function flagsOf(
  opts: ScenarioOptions,
  more: Readonly<Record<string, string>> = {},
): Record<string, string> {
  return { ...(opts.asOf === undefined ? {} : { asOf: '--as-of' }), ...more };
}

/** What a JSON report says it ran on. */
export function inputOf(
  file: string | undefined,
  opts: ScenarioOptions & EngineOptions,
  loaded: readonly LoadedScenario[],
) {
  return {
    file: file ?? null,
    profiles: loaded.map((r) => r.profile),
    set: opts.set ?? [],
    asOf: opts.asOf ?? null,
    prices: opts.prices ?? [],
  };
}

/** Every profile's scenario, loaded, and `run` on each with option paths reported at their flags. */
export function runProfiles<TResult>(
  file: string | undefined,
  opts: ScenarioOptions & EngineOptions,
  flags: Readonly<Record<string, string>>,
  run: (scenario: ScenarioInput) => TResult,
): ScenarioRun<TResult>[] {
  const named = flagsOf(opts, flags);
  return loadFor(file, opts).map((l) => ({
    profile: l.profile,
    scenario: l.scenario,
    result: withFlags(named, () => run(l.scenario)),
  }));
}

/**
 * Runs a scenario command: loads the scenario (file, preset or default; profiles; `--set`), runs it
 * per profile, and renders the runs in `--format`, JSON inside the `{ command, tool, input, runs }`
 * envelope, amounts shown in the first profile's currency. The command's own flags are parsed
 * before it is called, so a usage error comes before any file is read.
 */
export function runCommand<TResult extends object>(
  file: string | undefined,
  opts: ScenarioCommandOptions,
  spec: CommandSpec<TResult>,
): string {
  const runs = runProfiles(file, opts, spec.flags ?? {}, spec.run);
  const { runJson = (r: ScenarioRun<TResult>) => ({ profile: r.profile, ...r.result }), ...views } =
    spec.views(runs);
  return renderAs(
    opts.format,
    {
      json: () => ({
        command: spec.command,
        tool: TOOL,
        input: spec.input === undefined ? inputOf(file, opts, runs) : spec.input(runs),
        runs: runs.map(runJson),
      }),
      ...views,
    },
    { ...opts, shownIn: currencyFor(runs[0]!.scenario) },
  );
}

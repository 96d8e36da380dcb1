import { readFileSync, statSync } from 'node:fs';
import { type ScenarioInput, VOLUME_FIELDS } from '../scenario/scenarioSchema.js';
import { checkAsOf } from './checkAsOf.js';
import { CliError, usageError } from './cliError.js';
import { INPUT_LIMITS } from './inputLimits.js';
import { parseScenarioText } from './parseScenarioText.js';
import { parseSetValue } from './parseSetValue.js';
import { resolveScenarioPath } from './resolveScenarioPath.js';
import { deepMerge, isPlainObject, REMOVE, setPath } from './setPath.js';

const isVolumeField = (key: string): boolean => (VOLUME_FIELDS as readonly string[]).includes(key);

/** `base` without the volume fields that `override` does not set, when `override` sets a volume. */
function otherVolumesRemoved(base: unknown, override: unknown): unknown {
  const w = isPlainObject(override) ? override.workload : undefined;
  if (!isPlainObject(w) || !Object.keys(w).some(isVolumeField)) return base;
  let out = base;
  for (const field of VOLUME_FIELDS) {
    if (!Object.hasOwn(w, field)) out = setPath(out, ['workload', field], REMOVE);
  }
  return out;
}

/** The scenario options every scenario command takes. */
export interface ScenarioOptions {
  /** `--profile NAME` (repeatable, or comma-separated). */
  readonly profile?: readonly string[];
  /** `--set path=value` (repeatable), applied in order. */
  readonly set?: readonly string[];
  /** `--as-of DATE`. */
  readonly asOf?: string;
  /** `--preset NAME`: a buyer profile instead of a file. */
  readonly preset?: string;
}

/** One scenario to run: the profile it came from (`null` without profiles) and the merged input. */
export interface LoadedScenario {
  readonly profile: string | null;
  readonly scenario: ScenarioInput;
}

/** A parsed `--set`: the scenario path and the value. */
export interface SetOverride {
  readonly text: string;
  readonly path: readonly string[];
  readonly value: unknown;
}

/** Parses `--set path=value` options (before any file is read, so a typo is a usage error). */
export function parseSets(sets: readonly string[] = []): SetOverride[] {
  return sets.map((text) => {
    const eq = text.indexOf('=');
    if (eq <= 0)
      throw usageError(`--set expects path=value, e.g. --set rag.topK=8; got \`${text}\``, '--set');
    return { text, path: resolveScenarioPath(text.slice(0, eq)), value: parseSetValue(text.slice(eq + 1)) };
  });
}

/** A size limit for {@link readText}: the most bytes, and the error to give beyond it. */
export interface ReadLimit {
  readonly bytes: number;
  readonly code: 'invalid_input' | 'invalid_run_file';
  readonly what: string;
}

function tooLarge(file: string, limit: ReadLimit): CliError {
  return new CliError(
    limit.code,
    `the file is larger than ${limit.bytes / (1024 * 1024)} MiB, the limit for ${limit.what}`,
    file,
  );
}

/**
 * Reads a file (or standard input for `-`) as UTF-8. With a `limit`, a regular file is measured
 * before it is read, so a huge file is refused without reading it.
 */
export function readText(file: string, limit?: ReadLimit): string {
  if (limit !== undefined && file !== '-') {
    let size = 0;
    try {
      const stat = statSync(file);
      size = stat.isFile() ? stat.size : 0;
    } catch {
      // Reported by the read below, with its cause.
    }
    if (size > limit.bytes) throw tooLarge(file, limit);
  }
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : (error as Error).message;
    throw new CliError('read_failed', `cannot read the file: ${why}`, file);
  }
  // Standard input and devices are measured once read.
  if (limit !== undefined && text.length > limit.bytes) throw tooLarge(file, limit);
  return text;
}

function splitProfiles(list: readonly string[] | undefined): string[] {
  return (list ?? [])
    .flatMap((p) => p.split(','))
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/**
 * Loads the scenario(s) to run, in this order (later wins):
 * 1. the file (or the built-in default scenario when there is none), without its `profiles`;
 * 2. the selected profile, deep-merged over it (objects merge, values and lists replace, `null` removes);
 * 3. `--as-of`;
 * 4. each `--set`, in the order given.
 * With profiles in the file and no `--profile`, every profile runs, in file order.
 *
 * @throws a {@link CliError} for a file that cannot be read or parsed, or an unknown profile.
 */
export function loadScenarios(
  file: string | undefined,
  options: ScenarioOptions,
  defaultScenario: () => ScenarioInput,
): LoadedScenario[] {
  checkAsOf(options.asOf);
  const sets = parseSets(options.set);
  const wanted = splitProfiles(options.profile);
  let data: unknown;
  const name = file ?? 'built-in default scenario';
  if (file === undefined) data = defaultScenario();
  else {
    const limit = {
      bytes: INPUT_LIMITS.scenarioFileBytes,
      code: 'invalid_input',
      what: 'a scenario file',
    } as const;
    data = parseScenarioText(readText(file, limit), file === '-' ? 'stdin' : file);
  }
  if (!isPlainObject(data)) {
    throw new CliError(
      'invalid_yaml',
      'a scenario file holds one mapping (version, workload, strategies…); see `tune-or-rag init`',
      name,
    );
  }
  const { profiles, ...base } = data;
  if (profiles !== undefined && !isPlainObject(profiles)) {
    throw new CliError('invalid_yaml', '`profiles` maps profile names to partial scenarios', 'profiles');
  }
  const available = Object.keys(profiles ?? {});
  let selected: (string | null)[];
  if (wanted.length > 0) {
    for (const p of wanted) {
      if (!available.includes(p)) {
        throw new CliError(
          'unknown_profile',
          available.length === 0
            ? `${name} has no profiles; remove --profile or add \`profiles:\` to the file`
            : `no profile "${p}" in ${name}; profiles: ${available.join(', ')}`,
          '--profile',
        );
      }
    }
    selected = [...new Set(wanted)];
  } else {
    selected = available.length > 0 ? available : [null];
  }
  return selected.map((profile) => {
    let scenario: unknown = base;
    if (profile !== null) {
      const override = profiles![profile];
      if (override !== null && !isPlainObject(override)) {
        throw new CliError(
          'invalid_yaml',
          'a profile is a partial scenario (a mapping)',
          `profiles.${profile}`,
        );
      }
      scenario = deepMerge(otherVolumesRemoved(base, override), override ?? {});
    }
    if (options.asOf !== undefined) scenario = setPath(scenario, ['asOf'], options.asOf);
    for (const s of sets) {
      // A volume set in another unit replaces the file's volume instead of clashing with it.
      if (s.path[0] === 'workload' && s.path.length === 2 && isVolumeField(s.path[1]!)) {
        scenario = otherVolumesRemoved(scenario, { workload: { [s.path[1]!]: true } });
      }
      scenario = setPath(scenario, s.path, s.value === REMOVE ? REMOVE : s.value, s.text);
    }
    return { profile, scenario: scenario as ScenarioInput };
  });
}

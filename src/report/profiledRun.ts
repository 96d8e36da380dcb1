/** One result of a command, with the scenario profile it was computed for (`null`: no profiles). */
export interface ProfiledRun<TResult> {
  readonly profile: string | null;
  readonly result: TResult;
}

/** ` [profile base]`, or nothing without a profile. */
export function profileSuffix(profile: string | null): string {
  return profile === null ? '' : ` [profile ${profile}]`;
}

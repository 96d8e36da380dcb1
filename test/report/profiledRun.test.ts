import { describe, expect, it } from 'vitest';
import { profileSuffix } from '../../src/report/profiledRun.js';

describe('profileSuffix', () => {
  it('names the profile, or adds nothing without one', () => {
    expect(profileSuffix('base')).toBe(' [profile base]');
    expect(profileSuffix(null)).toBe('');
    // An empty profile name is still a profile.
    expect(profileSuffix('')).toBe(' [profile ]');
  });
});

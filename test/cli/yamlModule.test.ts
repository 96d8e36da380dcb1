import { describe, expect, it, vi } from 'vitest';

// test/setup.ts loads the parser for every test file; a fresh copy of the module shows the state
// before loadYaml() has run.
async function freshModule(): Promise<typeof import('../../src/cli/yamlModule.js')> {
  vi.resetModules();
  return import('../../src/cli/yamlModule.js');
}

describe('yamlModule', () => {
  it('refuses to be used before loadYaml() has run', async () => {
    const { yamlModule } = await freshModule();
    expect(() => yamlModule()).toThrow('internal: loadYaml() must run before a file is parsed');
  });

  it('after loadYaml(), is the yaml package itself, loaded once', async () => {
    const { loadYaml, yamlModule } = await freshModule();
    await loadYaml();
    const first = yamlModule();
    expect(first.parse('a: [1, 2]')).toEqual({ a: [1, 2] });
    await loadYaml();
    expect(yamlModule()).toBe(first);
    expect(first.parse).toBe((await import('yaml')).parse);
  });
});

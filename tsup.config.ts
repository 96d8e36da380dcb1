import { defineConfig } from 'tsup';

// Library entries: ESM + CJS + declarations. The CLI is bundled separately (tsup.cli.config.ts) into
// one file so that it starts fast.
export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      core: 'src/core.ts',
      decide: 'src/decide.ts',
      pricing: 'src/pricing.ts',
      report: 'src/report.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: false,
    treeshake: true,
    target: 'es2022',
    platform: 'neutral',
    splitting: true,
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['cjs'],
    clean: false,
    target: 'node20',
    platform: 'node',
    noExternal: [/.*/],
    minify: true,
    banner: { js: '#!/usr/bin/env node' },
  },
]);

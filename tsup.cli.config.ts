import { defineConfig } from 'tsup';

// Only the CLI, for `npm start`: one bundled file, no declarations, fast to build and to start.
export default defineConfig({
  entry: { cli: 'src/cli/main.ts' },
  format: ['cjs'],
  target: 'node20',
  platform: 'node',
  noExternal: [/.*/],
  minify: true,
  banner: { js: '#!/usr/bin/env node' },
});

import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The page imports the *built* package (dist/), as a user's app would: run `npm run build` first
// (`npm run example:build` does both).
const dist = (file: string) => fileURLToPath(new URL(`../../dist/${file}`, import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  resolve: {
    alias: [
      { find: /^tune-or-rag\/report$/, replacement: dist('report.js') },
      { find: /^tune-or-rag\/pricing$/, replacement: dist('pricing.js') },
      { find: /^tune-or-rag$/, replacement: dist('index.js') },
    ],
  },
  // The bundled price tables are most of the page's weight (see docs/bundle-size.md).
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 900 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
  server: { host: '127.0.0.1' },
});

import { defineConfig } from 'tsup';

export default defineConfig({
  // One line per public entry point; each needs a matching "exports" entry in package.json.
  entry: {
    index: 'src/index.ts',
    server: 'src/server.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  splitting: true,
  treeshake: true,
  target: 'es2022',
  platform: 'browser',
});

import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // One line per public entry point; each needs a matching "exports" entry in package.json.
    entry: {
      index: 'src/index.ts',
      // Node only (Word and PDF reading): kept out of the main entry, which browsers load.
      documents: 'src/documents/index.ts',
    },
    // An optional dependency, imported only when a PDF is read: never bundled.
    external: ['pdfjs-dist'],
    format: ['esm', 'cjs'],
    dts: true,
    // The CLI build below writes dist/cli.js at the same time: leave it alone.
    clean: ['!cli.js'],
    splitting: true,
    treeshake: true,
    target: 'es2022',
    platform: 'neutral',
  },
  {
    // The `ddscp` command (package.json "bin"): Node only, one ES module file, executable
    // (tsup keeps the source's #! line and marks the file so). zod stays a dependency.
    entry: {
      cli: 'src/cli/cli.ts',
    },
    format: ['esm'],
    dts: false,
    clean: false,
    splitting: false,
    treeshake: true,
    target: 'node20',
    platform: 'node',
    external: ['pdfjs-dist'],
  },
]);

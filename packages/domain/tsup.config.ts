import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // One line per public entry point; each needs a matching "exports" entry in package.json.
    entry: {
      index: 'src/index.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    // The builds below write dist/cli.js and dist/documents.* at the same time: leave them alone.
    clean: ['!cli.js', '!documents.*'],
    splitting: true,
    treeshake: true,
    target: 'es2022',
    platform: 'neutral',
  },
  {
    // @ddscp/domain/documents: Node only (Word and PDF reading). Built apart, so that it
    // shares no chunk with the main entry, which browsers load and bundle; the few modules
    // both use (the anonymity check) are copied into it. The folder documents/ at the
    // package's root holds a package.json for resolvers without "exports" (node10).
    entry: {
      documents: 'src/documents/index.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    clean: false,
    splitting: false,
    treeshake: true,
    target: 'node20',
    platform: 'node',
    // An optional dependency, imported only when a PDF is read: never bundled.
    external: ['pdfjs-dist'],
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

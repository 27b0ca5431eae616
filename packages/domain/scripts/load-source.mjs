// Loads a module of src/ as it is now, without a build: esbuild bundles it (TypeScript and
// its dependencies, zod included) into one ES module, which is imported from memory. For
// the scripts that write the package's data files from the source of truth in src/.
import { build } from 'esbuild';

/** The exports of `entry` (a path relative to the package, e.g. `src/ddscp/ddscp-catalog.ts`). */
export async function loadSource(entry) {
  const result = await build({
    entryPoints: [new URL(`../${entry}`, import.meta.url).pathname],
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text ?? '';
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

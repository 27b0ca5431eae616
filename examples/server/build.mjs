// Builds the server (Node, dependencies left in node_modules) and the browser script that
// enhances the server-rendered pages (bundled, minified) into dist/.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/server.ts'],
  outfile: 'dist/server.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
});
await build({
  entryPoints: ['src/client/main.ts'],
  outfile: 'dist/public/site.js',
  bundle: true,
  platform: 'browser',
  target: 'es2022',
  format: 'esm',
  minify: true,
});
console.log('Built dist/server.js and dist/public/site.js');

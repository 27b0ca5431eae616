// Builds the server (Node, dependencies left in node_modules) and the browser script that
// takes over the server-rendered banner and cookies page, into dist/, with the files the
// pages load in dist/public/.
import { cpSync } from 'node:fs';
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
  entryPoints: ['src/client/site.ts'],
  outfile: 'dist/public/site.js',
  bundle: true,
  platform: 'browser',
  target: 'es2022',
  format: 'esm',
  minify: true,
});
cpSync('public', 'dist/public', { recursive: true });
console.log('Built dist/server.js and dist/public/');

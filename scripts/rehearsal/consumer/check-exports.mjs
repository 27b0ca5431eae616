// Runs inside the rehearsal's consumer project, once per Node version. For every entry
// point a published package declares in its "exports" map, it proves that the ESM import
// and the CJS require both load and expose the same names, and that asset entries (CSS)
// resolve to a non-empty file. A missing file in the tarball or a broken map fails here.
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const packages = process.argv.slice(2);
let failures = 0;

for (const name of packages) {
  const manifest = JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8'));
  for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
    if (subpath === './package.json') continue;
    const specifier = subpath === '.' ? name : `${name}/${subpath.slice(2)}`;
    try {
      // A plain string target is a file to serve (CSS, a classic script for <head>); modules
      // are declared with import/require conditions.
      if (typeof target === 'string') {
        const file = fileURLToPath(import.meta.resolve(specifier));
        if (statSync(file).size === 0) throw new Error(`${file} is empty`);
        console.log(`  ok  ${specifier} (asset)`);
        continue;
      }
      const esm = Object.keys(await import(specifier)).filter((key) => key !== 'default');
      const cjs = Object.keys(require(specifier)).filter((key) => key !== 'default');
      if (esm.length === 0) throw new Error('the ESM entry exports nothing');
      const missing = esm.filter((key) => !cjs.includes(key));
      const extra = cjs.filter((key) => !esm.includes(key));
      if (missing.length || extra.length) {
        throw new Error(`ESM and CJS differ: only ESM has [${missing}], only CJS has [${extra}]`);
      }
      console.log(`  ok  ${specifier} (import and require: ${esm.length} names)`);
    } catch (error) {
      failures += 1;
      console.error(`  FAIL ${specifier}: ${error.message}`);
    }
  }
}
process.exit(failures === 0 ? 0 : 1);

// Bytes: every bundle built the same way (esbuild: bundle, minify, browser, ES2022, ESM,
// legal comments dropped), every style sheet minified by esbuild too, then compressed with
// node:zlib as a server would: gzip at level 9 and brotli at quality 11.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { cssFiles, entriesDir, jsBundles } from './bundles.mjs';

const require = createRequire(import.meta.url);

/** The three sizes of some bytes: minified, gzip -9 and brotli 11. */
function compressedSizes(bytes) {
  return {
    minified: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }).length,
  };
}

/** The esbuild options every measured bundle shares. */
const bundleOptions = {
  bundle: true,
  minify: true,
  platform: 'browser',
  target: 'es2022',
  format: 'esm',
  legalComments: 'none',
  define: { 'process.env.NODE_ENV': '"production"' },
  write: false,
  metafile: true,
  logLevel: 'silent',
};

/** Bundles one entry file; returns its bytes and the packages it pulled in. */
export async function bundleEntry(entryPath) {
  const result = await build({ ...bundleOptions, entryPoints: [entryPath] });
  const output =
    result.outputFiles.find((file) => file.path.endsWith('.js')) ?? result.outputFiles[0];
  return { bytes: output.contents, packages: packagesIn(result.metafile) };
}

/** A style sheet of an installed package (by specifier), minified by esbuild. */
export async function minifiedCss(specifier) {
  const result = await build({
    ...bundleOptions,
    entryPoints: [require.resolve(specifier)],
    loader: { '.css': 'css' },
    metafile: false,
  });
  return result.outputFiles[0].contents;
}

/**
 * Measures every bundle and style sheet. Those whose `needs` is not there yet (a part still
 * being built) come back with `missing` saying what is missing instead of sizes.
 */
export async function measureBytes() {
  const js = [];
  for (const bundle of jsBundles) {
    const missing = await missingExport(bundle.needs);
    if (missing) {
      js.push({ ...bundle, missing });
      continue;
    }
    if (bundle.file) {
      let path;
      try {
        path = require.resolve(bundle.file);
      } catch (error) {
        js.push({ ...bundle, missing: `${bundle.file} is not there yet (${error.code})` });
        continue;
      }
      js.push({ ...bundle, packages: [bundle.library], ...compressedSizes(readFileSync(path)) });
      continue;
    }
    const entryPath = fileURLToPath(new URL(bundle.entry, entriesDir));
    const { bytes, packages } = await bundleEntry(entryPath);
    js.push({ ...bundle, packages, ...compressedSizes(bytes) });
  }
  const css = [];
  for (const sheet of cssFiles) {
    const missing = await missingExport(sheet.needs);
    if (missing) {
      css.push({ ...sheet, missing });
      continue;
    }
    css.push({ ...sheet, ...compressedSizes(await minifiedCss(sheet.specifier)) });
  }
  return { js, css };
}

/** Why `needs` is not met (the module or the export is not there yet), or undefined. */
export async function missingExport(needs) {
  if (!needs) return undefined;
  try {
    const module = await import(needs.specifier);
    return needs.name in module
      ? undefined
      : `${needs.specifier} does not export ${needs.name} yet`;
  } catch (error) {
    return `${needs.specifier} cannot be imported yet (${error.code ?? error.message})`;
  }
}

/**
 * The npm packages whose code is in a bundle: from esbuild's metafile, the inputs of the
 * output that kept any bytes (a file read but wholly tree-shaken away does not count).
 */
function packagesIn(metafile) {
  const names = new Set();
  const [output] = Object.values(metafile.outputs);
  const kept = Object.entries(output.inputs).filter(([, { bytesInOutput }]) => bytesInOutput > 0);
  for (const [input] of kept) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (match) names.add(match[1]);
    else if (input.includes('packages/consent/')) names.add('@ddscp/consent');
    else if (input.includes('packages/domain/')) names.add('@ddscp/domain');
  }
  return [...names].sort();
}

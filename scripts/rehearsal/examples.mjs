// The example sites, installed outside the repository from the rehearsal registry exactly
// as another team would install them (by the semver ranges in their package.json), built,
// and tested in Chromium.
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../lib/free-port.mjs';
import { run } from '../lib/run.mjs';

const SKIPPED = new Set(['node_modules', 'dist', 'data', '.turbo']);

/** The examples in the repository: every folder of examples/ with a package.json. */
export function listExamples(repoRoot) {
  const root = join(repoRoot, 'examples');
  return readdirSync(root)
    .filter((name) => existsSync(join(root, name, 'package.json')))
    .map((name) => ({ name, source: join(root, name) }));
}

/**
 * Copies an example out of the repository, installs it from `registryUrl` and builds it.
 * Fails when an @ddscp package was not installed from the registry at a published version.
 */
export async function installExample({ example, dir, registryUrl, packages, env }) {
  cpSync(example.source, dir, {
    recursive: true,
    filter: (path) => !SKIPPED.has(path.split('/').pop()),
  });
  writeFileSync(join(dir, '.npmrc'), `@ddscp:registry=${registryUrl}\naudit=false\nfund=false\n`);
  await run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, env });
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  for (const pkg of packages) {
    const range = manifest.dependencies?.[pkg.name];
    if (!range) continue;
    const installed = join(dir, 'node_modules', pkg.name);
    if (lstatSync(installed).isSymbolicLink())
      throw new Error(`${example.name}: ${pkg.name} was linked, not installed`);
    const { version } = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    if (version !== pkg.version) {
      throw new Error(
        `${example.name}: its range ${range} for ${pkg.name} installed ${version}, not the release ${pkg.version}`,
      );
    }
    console.log(`  ok  ${example.name}: ${pkg.name}@${version} installed by its range ${range}`);
  }
  // Type-check against the published declarations, as the other team's editor would.
  if (manifest.scripts?.typecheck)
    await run('npm', ['run', 'typecheck', '--silent'], { cwd: dir, env });
  if (manifest.scripts?.build) await run('npm', ['run', 'build', '--silent'], { cwd: dir, env });
  console.log(`  ok  ${example.name} installed, type-checked and built in ${dir}`);
}

/**
 * Native addons the examples use (better-sqlite3) compile from source for minutes when no
 * prebuilt binary can be downloaded, as on a machine without internet. The workspace has
 * already compiled the same version: offer that binary as a local prebuild (prebuild-install's
 * `<package>_local_prebuilds` setting), so the example installs it instead of compiling again.
 * If the versions differ, the example compiles its own, which is slower but still right.
 */
export function localPrebuilds({ repoRoot, dir }) {
  const env = {};
  const addon = join(repoRoot, 'node_modules', 'better-sqlite3');
  const binary = join(addon, 'build', 'Release', 'better_sqlite3.node');
  if (!existsSync(binary)) return env;
  const { version } = JSON.parse(readFileSync(join(addon, 'package.json'), 'utf8'));
  const name = `better-sqlite3-v${version}-node-v${process.versions.modules}-${process.platform}-${process.arch}.tar.gz`;
  const staging = join(dir, 'staging');
  mkdirSync(join(staging, 'build', 'Release'), { recursive: true });
  cpSync(binary, join(staging, 'build', 'Release', 'better_sqlite3.node'));
  execFileSync('tar', ['-czf', join(dir, name), '-C', staging, 'build']);
  env.npm_config_better_sqlite3_local_prebuilds = dir;
  return env;
}

/** Runs the browser tests in e2e/ against the installed examples. */
export async function testExamples({ repoRoot, installed }) {
  const env = {
    ...process.env,
    STATIC_SITE_PORT: String(await freePort()),
    SERVER_PORT: String(await freePort()),
    PLAIN_HTML_PORT: String(await freePort()),
  };
  for (const { name, dir } of installed) {
    env[`${name.replace(/-/g, '_').toUpperCase()}_DIR`] = dir;
  }
  await run(
    join(repoRoot, 'node_modules', '.bin', 'playwright'),
    ['test', '-c', 'e2e/playwright.config.ts'],
    {
      cwd: repoRoot,
      env,
    },
  );
}

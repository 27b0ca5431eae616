// Versions, builds and publishes the packages from a throwaway copy of the workspace, so
// the repository itself is never modified by a rehearsal.
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { run } from '../lib/run.mjs';
import { repoRoot } from '../lib/tools.mjs';
import { assertLoopbackRegistry } from './registry.mjs';

/** Files of the workspace that versioning, building and publishing need. */
const NEEDED =
  /^(package\.json|package-lock\.json|turbo\.json|tsconfig\.base\.json|biome\.json|\.changeset\/.*|packages\/.*)$/;

/**
 * Copies the working tree's workspace files (tracked and new, as they are on disk now, so
 * uncommitted work is rehearsed too) into `dir`, sharing the repository's node_modules.
 */
export function copyWorkspace(dir) {
  const listed = execFileSync(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    {
      cwd: repoRoot,
      encoding: 'utf8',
    },
  );
  for (const file of listed.split('\0')) {
    if (!NEEDED.test(file) || !existsSync(join(repoRoot, file))) continue;
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    cpSync(join(repoRoot, file), join(dir, file));
  }
  symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  for (const pkg of readdirSync(join(repoRoot, 'packages'))) {
    const nested = join(repoRoot, 'packages', pkg, 'node_modules');
    if (existsSync(nested) && existsSync(join(dir, 'packages', pkg))) {
      symlinkSync(nested, join(dir, 'packages', pkg, 'node_modules'), 'dir');
    }
  }
  // changesets and turbo expect a git repository; a throwaway one is enough.
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir });
}

/** The published packages of the copy: their folder, name, version and bin names. */
export function publishedPackages(dir) {
  return readdirSync(join(dir, 'packages'))
    .map((folder) => {
      const manifest = JSON.parse(
        readFileSync(join(dir, 'packages', folder, 'package.json'), 'utf8'),
      );
      return { folder: join(dir, 'packages', folder), manifest };
    })
    .filter(({ manifest }) => !manifest.private)
    .map(({ folder, manifest }) => ({
      folder,
      name: manifest.name,
      version: manifest.version,
      bins: Object.keys(
        typeof manifest.bin === 'string'
          ? { [manifest.name.split('/').pop()]: 1 }
          : (manifest.bin ?? {}),
      ),
      publishRegistry: manifest.publishConfig?.registry,
    }));
}

/**
 * Applies the pending changesets (`changeset version`: the versions and CHANGELOGs the next
 * release would have), builds, and publishes with `changeset publish` to `registryUrl`.
 */
export async function versionBuildAndPublish(dir, registryUrl) {
  assertLoopbackRegistry(registryUrl);
  const changeset = join(repoRoot, 'node_modules', '@changesets', 'cli', 'bin.js');
  const turbo = join(repoRoot, 'node_modules', '.bin', 'turbo');
  const userConfig = join(dir, '.npmrc-rehearsal');
  const host = registryUrl.replace(/^https?:/, '');
  // npm refuses to publish without a token; Verdaccio accepts any with `publish: $all`.
  writeFileSync(
    userConfig,
    `registry=${registryUrl}\n${host}:_authToken=rehearsal-only\naudit=false\nfund=false\n`,
  );
  const env = {
    ...withoutNpmConfig(process.env),
    npm_config_userconfig: userConfig,
    npm_config_registry: registryUrl,
    TURBO_TELEMETRY_DISABLED: '1',
  };

  await run(process.execPath, [changeset, 'version'], { cwd: dir, env });
  const packages = publishedPackages(dir);
  for (const pkg of packages) {
    if (pkg.publishRegistry) assertLoopbackRegistry(pkg.publishRegistry);
  }
  await run(turbo, ['run', 'build', '--filter=./packages/*', '--output-logs=errors-only'], {
    cwd: dir,
    env,
  });
  await run(process.execPath, [changeset, 'publish', '--no-git-tag'], { cwd: dir, env });
  return packages;
}

/** Drops the npm_config_* settings inherited from `npm test`, so only ours apply. */
function withoutNpmConfig(env) {
  return Object.fromEntries(Object.entries(env).filter(([key]) => !/^npm_config_/i.test(key)));
}

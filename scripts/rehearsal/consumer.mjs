// A consumer project outside the repository that installs the published packages by
// semver range from the rehearsal registry, then proves they work as a user would use them.
import { cpSync, lstatSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../lib/run.mjs';

const templates = new URL('./consumer/', import.meta.url).pathname;

/** The dev tools the consumer type-checks with, pinned like the workspace's. */
function workspaceVersion(repoRoot, name) {
  return JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).devDependencies[name];
}

/** Creates the consumer project in `dir` and installs it from `registryUrl`. */
export async function installConsumer({ dir, registryUrl, packages, repoRoot }) {
  mkdirSync(dir, { recursive: true });
  const dependencies = Object.fromEntries(packages.map((pkg) => [pkg.name, `^${pkg.version}`]));
  writeFileSync(
    join(dir, 'package.json'),
    `${JSON.stringify(
      {
        name: 'ddscp-rehearsal-consumer',
        private: true,
        dependencies,
        devDependencies: {
          typescript: workspaceVersion(repoRoot, 'typescript'),
          '@types/node': workspaceVersion(repoRoot, '@types/node'),
        },
      },
      null,
      2,
    )}\n`,
  );
  writeFileSync(join(dir, '.npmrc'), `@ddscp:registry=${registryUrl}\naudit=false\nfund=false\n`);
  await run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir });

  for (const pkg of packages) {
    const installed = join(dir, 'node_modules', pkg.name);
    if (lstatSync(installed).isSymbolicLink())
      throw new Error(`${pkg.name} was linked, not installed from the registry`);
    const { version } = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    if (version !== pkg.version)
      throw new Error(`${pkg.name}: expected ${pkg.version} from the registry, got ${version}`);
    console.log(`  ok  ${pkg.name}@${version} installed by range ${dependencies[pkg.name]}`);
  }
  return dependencies;
}

/** Runs the ESM/CJS/bin checks with one Node binary. */
export async function checkRuntime({ dir, node, packages }) {
  cpSync(templates, dir, { recursive: true });
  const names = packages.map((pkg) => pkg.name);
  await run(node.path, ['check-exports.mjs', ...names], { cwd: dir });
  for (const file of readdirSync(join(dir, 'smoke')).sort()) {
    await run(node.path, [join('smoke', file)], { cwd: dir });
    console.log(`  ok  smoke/${file}`);
  }
  for (const pkg of packages) {
    for (const bin of pkg.bins) {
      const printed = (
        await run(node.path, [join(dir, 'node_modules', '.bin', bin), '--version'], {
          cwd: dir,
          quiet: true,
        })
      ).trim();
      if (!printed.includes(pkg.version))
        throw new Error(
          `\`${bin} --version\` printed ${JSON.stringify(printed)}, not ${pkg.version}`,
        );
      console.log(`  ok  ${bin} --version → ${printed}`);
    }
  }
}

/** Runs each bin once through `npx`, as the README tells users to. */
export async function checkNpx({ dir, packages }) {
  for (const pkg of packages) {
    for (const bin of pkg.bins) {
      const printed = (
        await run('npx', ['--no-install', bin, '--version'], { cwd: dir, quiet: true })
      ).trim();
      if (!printed.includes(pkg.version))
        throw new Error(`\`npx ${bin} --version\` printed ${JSON.stringify(printed)}`);
      console.log(`  ok  npx ${bin} --version → ${printed}`);
    }
  }
}

/**
 * Type-checks the consumer's usage files, and an import of every JS entry point, under
 * moduleResolution "nodenext" (as ESM and as CJS) and "bundler".
 */
export async function checkTypes({ dir, packages }) {
  const imports = [];
  for (const pkg of packages) {
    const manifest = JSON.parse(
      readFileSync(join(dir, 'node_modules', pkg.name, 'package.json'), 'utf8'),
    );
    for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
      if (subpath === './package.json' || typeof target === 'string') continue;
      const specifier = subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`;
      imports.push(
        `import * as entry${imports.length} from '${specifier}';\nvoid entry${imports.length};`,
      );
    }
  }
  // Each usage file is checked as ESM (.mts) and CJS (.cts) under nodenext, and as .ts
  // under bundler; the generated "entries" file imports every entry point.
  const sources = { entries: `${imports.join('\n')}\nexport {};\n` };
  for (const file of readdirSync(join(templates, 'usage'))) {
    sources[file.replace(/\.ts$/, '')] = readFileSync(join(templates, 'usage', file), 'utf8');
  }
  mkdirSync(join(dir, 'types'), { recursive: true });
  const typed = { mts: [], cts: [], ts: [] };
  for (const [name, source] of Object.entries(sources)) {
    for (const extension of Object.keys(typed)) {
      writeFileSync(join(dir, 'types', `${name}.${extension}`), source);
      typed[extension].push(`types/${name}.${extension}`);
    }
  }
  const strict = { strict: true, noEmit: true, skipLibCheck: false, types: ['node'] };
  const configs = {
    'tsconfig.nodenext.json': {
      compilerOptions: { ...strict, module: 'nodenext', moduleResolution: 'nodenext' },
      files: [...typed.mts, ...typed.cts],
    },
    'tsconfig.bundler.json': {
      compilerOptions: { ...strict, module: 'esnext', moduleResolution: 'bundler' },
      files: typed.ts,
    },
  };
  for (const [file, config] of Object.entries(configs)) {
    writeFileSync(join(dir, file), JSON.stringify(config, null, 2));
    await run(join(dir, 'node_modules', '.bin', 'tsc'), ['-p', file], { cwd: dir });
    console.log(`  ok  types under ${config.compilerOptions.moduleResolution}`);
  }
}

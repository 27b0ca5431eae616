#!/usr/bin/env node
// npm run release:rehearse: a full release against a real, throwaway npm registry.
//
// 1. Start Verdaccio on 127.0.0.1 (free port, storage in a temp folder).
// 2. In a throwaway copy of the workspace: apply the pending changesets, build, and publish
//    with `changeset publish` to that registry only.
// 3. In a temp folder outside the repository, install a consumer project by semver range
//    from that registry, and prove the tarballs work: ESM import, CJS require, types under
//    moduleResolution nodenext and bundler, the CLI via npx; on Node 20, 22 and 24.
// The registry is stopped by PID however the run ends, and its log's path is printed.
// 4. Copy each example site out of the repository, install it from that registry by the
//    ranges in its package.json, build it, and run the browser tests (e2e/) against it.
// 5. Run four of the installed server example on one throwaway PostgreSQL and make 10,000
//    consent decisions through them: every one kept, once (rehearsal/records-under-load.mjs).
// Options: --keep (keep the temp folder for inspection), --skip-examples (steps 1-3 only).
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { elapsed } from './lib/run.mjs';
import { nodeBinaries, repoRoot } from './lib/tools.mjs';
import { checkNpx, checkRuntime, checkTypes, installConsumer } from './rehearsal/consumer.mjs';
import {
  installExample,
  listExamples,
  localPrebuilds,
  testExamples,
} from './rehearsal/examples.mjs';
import { recordsUnderLoad } from './rehearsal/records-under-load.mjs';
import { startRegistry } from './rehearsal/registry.mjs';
import { copyWorkspace, versionBuildAndPublish } from './rehearsal/release-copy.mjs';

const keep = process.argv.includes('--keep');
const skipExamples = process.argv.includes('--skip-examples');
const workDir = mkdtempSync(join(tmpdir(), 'ddscp-rehearsal-'));
let registry;
let failed = false;

async function step(title, action) {
  const start = performance.now();
  console.log(`\n▶ ${title}`);
  const result = await action();
  console.log(`✔ ${title} (${elapsed(start)})`);
  return result;
}

try {
  const nodes = await step('Find Node 20, 22 and 24', async () => {
    const found = await nodeBinaries();
    for (const node of found) console.log(`  ${node.label}: ${node.path}`);
    return found;
  });
  registry = await step('Start a local registry', async () => {
    const started = await startRegistry(workDir);
    console.log(`  Verdaccio pid ${started.pid} at ${started.url}`);
    return started;
  });
  const copyDir = join(workDir, 'workspace');
  const packages = await step(`Version, build and publish to ${registry.url}`, async () => {
    copyWorkspace(copyDir);
    const published = await versionBuildAndPublish(copyDir, registry.url);
    for (const pkg of published)
      console.log(`  published ${pkg.name}@${pkg.version} to ${registry.url}`);
    return published;
  });
  const consumerDir = join(workDir, 'consumer');
  await step(`Install a consumer by semver range in ${consumerDir}`, () =>
    installConsumer({ dir: consumerDir, registryUrl: registry.url, packages, repoRoot }),
  );
  for (const node of nodes) {
    await step(`Consumer checks on ${node.label}`, () =>
      checkRuntime({ dir: consumerDir, node, packages }),
    );
  }
  await step('CLI through npx', () => checkNpx({ dir: consumerDir, packages }));
  await step('Types under nodenext and bundler', () => checkTypes({ dir: consumerDir, packages }));
  if (!skipExamples) {
    const installed = [];
    const prebuildsDir = join(workDir, 'prebuilds');
    mkdirSync(prebuildsDir);
    const env = { ...process.env, ...localPrebuilds({ repoRoot, dir: prebuildsDir }) };
    for (const example of listExamples(repoRoot)) {
      const dir = join(workDir, 'examples', example.name);
      await step(`Install and build examples/${example.name} from the registry in ${dir}`, () =>
        installExample({ example, dir, registryUrl: registry.url, packages, env }),
      );
      installed.push({ name: example.name, dir });
    }
    await step('Browser tests of the installed examples (Chromium)', () =>
      testExamples({ repoRoot, installed }),
    );
    const server = installed.find((example) => example.name === 'server');
    if (server)
      await step(
        'Proof of consent: four installed servers on one PostgreSQL, 10,000 decisions',
        () => recordsUnderLoad({ serverDir: server.dir }),
      );
  }
} catch (error) {
  failed = true;
  console.error(`\n✘ Release rehearsal failed: ${error.message}`);
} finally {
  if (registry) {
    await registry.stop();
    console.log(`\nRegistry (pid ${registry.pid}) stopped. Its log: ${registry.logPath}`);
  }
  if (keep || failed) console.log(`Rehearsal files kept in ${workDir}`);
  else {
    // Keep only the registry's log, whose path was printed.
    for (const entry of readdirSync(workDir)) {
      if (entry !== 'verdaccio.log') rmSync(join(workDir, entry), { recursive: true, force: true });
    }
  }
}
process.exitCode = failed ? 1 : 0;

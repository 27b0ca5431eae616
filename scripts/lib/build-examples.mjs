import { join } from 'node:path';
import { run } from './run.mjs';
import { repoRoot } from './tools.mjs';

/** The example folders of this repository, by name. */
export const exampleDirs = {
  staticSite: join(repoRoot, 'examples', 'static-site'),
  server: join(repoRoot, 'examples', 'server'),
  plainHtml: join(repoRoot, 'examples', 'plain-html'),
};

/**
 * Builds the packages (turbo, cached) and then the examples that have a build against them
 * (the plain HTML one has none). In this
 * repository the examples resolve @ddscp/* to the workspace packages through the root
 * node_modules; outside it, they install from a registry.
 */
export async function buildPackagesAndExamples() {
  process.env.TURBO_TELEMETRY_DISABLED = '1';
  await run('turbo', ['run', 'build', '--output-logs=errors-only'], { cwd: repoRoot });
  for (const dir of [exampleDirs.staticSite, exampleDirs.server]) {
    await run('npm', ['run', 'build', '--silent'], { cwd: dir });
  }
}

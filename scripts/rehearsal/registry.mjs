// A real npm registry (Verdaccio) on 127.0.0.1 with throwaway storage, for rehearsing a
// release without touching the public registry.
import { spawn } from 'node:child_process';
import { openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../lib/free-port.mjs';
import { ensureTool } from '../lib/tools.mjs';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Throws unless `url` points at this machine. Every publish in the rehearsal goes through
 * this check, so a mistyped or inherited registry setting can never publish to the world.
 */
export function assertLoopbackRegistry(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`Refusing to publish: registry ${JSON.stringify(url)} is not a URL.`);
  }
  if (!LOOPBACK_HOSTS.has(parsed.hostname)) {
    throw new Error(
      `Refusing to publish to ${parsed.origin}: the rehearsal only publishes to a registry on 127.0.0.1.`,
    );
  }
}

/**
 * Starts Verdaccio on a free port with storage under `workDir`, and waits until it answers.
 * Returns its URL, its log file and `stop()`, which kills it by PID and waits for it to exit.
 */
export async function startRegistry(workDir) {
  const toolDir = await ensureTool('verdaccio');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const configPath = join(workDir, 'verdaccio.yaml');
  const logPath = join(workDir, 'verdaccio.log');
  writeFileSync(
    configPath,
    [
      `storage: ${JSON.stringify(join(workDir, 'storage'))}`,
      'uplinks: {}',
      'auth:',
      '  htpasswd:',
      `    file: ${JSON.stringify(join(workDir, 'htpasswd'))}`,
      '    max_users: -1',
      'packages:',
      "  '@ddscp/*':",
      '    access: $all',
      '    publish: $all',
      '    unpublish: $all',
      "  '**':",
      '    access: $all',
      'web:',
      '  enable: false',
      'middlewares:',
      '  audit:',
      '    enabled: false',
      'log: { type: stdout, format: pretty, level: http }',
      '',
    ].join('\n'),
  );
  const log = openSync(logPath, 'a');
  const child = spawn(
    process.execPath,
    [
      join(toolDir, 'node_modules', 'verdaccio', 'bin', 'verdaccio'),
      '--config',
      configPath,
      '--listen',
      `127.0.0.1:${port}`,
    ],
    { stdio: ['ignore', log, log], detached: true },
  );
  let exited = false;
  const exitedPromise = new Promise((resolve) =>
    child.on('exit', () => {
      exited = true;
      resolve();
    }),
  );

  const stop = async () => {
    if (exited) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {}
    }, 5000);
    await exitedPromise;
    clearTimeout(timer);
  };

  try {
    await waitUntilAnswering(`${url}-/ping`, () => exited);
  } catch (error) {
    await stop();
    throw new Error(`${error.message} Its log: ${logPath}`, { cause: error });
  }
  return { url, port, pid: child.pid, logPath, stop };
}

async function waitUntilAnswering(pingUrl, hasExited) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (hasExited()) throw new Error('Verdaccio exited during start-up.');
    try {
      const response = await fetch(pingUrl);
      if (response.ok) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error('Verdaccio did not answer within 30 s.');
}

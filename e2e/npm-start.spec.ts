// `npm start` runs the three examples; a SIGTERM or SIGINT to it (a terminal's Ctrl+C, a process
// manager, a CI job ending) must stop everything it started: no example server may be left
// running, holding its port.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { expect, test } from '@playwright/test';

const repoRoot = new URL('..', import.meta.url).pathname;

/** `count` different free ports on 127.0.0.1 (all held until all are found, so none repeats). */
async function freePorts(count: number): Promise<number[]> {
  const servers = Array.from({ length: count }, () => createServer().listen(0, '127.0.0.1'));
  await Promise.all(servers.map((server) => once(server, 'listening')));
  const ports = servers.map((server) => (server.address() as { port: number }).port);
  await Promise.all(servers.map((server) => new Promise((done) => server.close(done))));
  return ports;
}

const answers = async (port: number) => {
  try {
    return (await fetch(`http://127.0.0.1:${port}/`)).ok;
  } catch {
    return false;
  }
};

/** Resolves once `npm start` says the examples are running. */
async function running(child: ChildProcess): Promise<void> {
  let output = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk) => {
      output += chunk;
      if (output.includes('Press Ctrl+C to stop.')) resolve();
    });
    child.on('exit', (code) => reject(new Error(`npm start ended (${code}):\n${output}`)));
  });
}

/** Kills what is left of `child`'s process group; it may have gone already (ESRCH). */
function killGroupIfRunning(child: ChildProcess): void {
  // npm ended by a signal has a signalCode, not an exitCode.
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-(child.pid as number), 'SIGKILL');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

// SIGTERM as a process manager sends it, to npm alone; SIGINT as a terminal's Ctrl+C sends
// it, to the whole foreground process group (npm, its shell and the script).
for (const [signal, to] of [
  ['SIGTERM', 'npm'],
  ['SIGINT', 'its process group'],
] as const) {
  test(`${signal} to ${to} leaves no example server running`, async ({ baseURL }, testInfo) => {
    void baseURL;
    test.skip(testInfo.project.name !== 'server', 'about npm start, once');
    test.setTimeout(180_000);
    // Every port npm start listens on is a fresh one: the variables this runner was given
    // (the rehearsal's) name ports its own example servers already hold.
    const ports = await freePorts(3);
    const start = spawn('npm', ['start'], {
      cwd: repoRoot,
      env: {
        ...process.env,
        STATIC_SITE_PORT: String(ports[0]),
        SERVER_PORT: String(ports[1]),
        PLAIN_HTML_PORT: String(ports[2]),
        CONSENT_DB: ':memory:',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
      // A group of its own, as a terminal gives the command it runs.
      detached: true,
    });
    try {
      await running(start);
      expect(await Promise.all(ports.map(answers))).toEqual([true, true, true]);
      if (to === 'npm') start.kill(signal);
      else process.kill(-(start.pid as number), signal);
      await expect
        .poll(() => Promise.all(ports.map(answers)), { timeout: 15_000 })
        .toEqual([false, false, false]);
    } finally {
      killGroupIfRunning(start);
    }
  });
}

// A throwaway PostgreSQL cluster for the tests and the benchmarks: initdb in a temp folder,
// the server on its own free port on 127.0.0.1 with its socket in that folder, stopped by
// PID however the run ends. Debian's `postgresql` package provides the binaries (`.ci/run`
// installs it where missing). initdb refuses to run as root, so as root the folder belongs to
// the `postgres` user and the binaries run through `runuser -u postgres --`.
import { execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.mjs';

/** The folder of PostgreSQL's server binaries: `PG_BIN`, else the newest Debian install. */
export function postgresBinaries() {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((version) => existsSync(join(root, version, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length === 0) {
    throw new Error(
      'These tests need PostgreSQL and none was found. Install it with `sudo apt-get install postgresql` (Debian/Ubuntu), or set PG_BIN to the folder holding initdb and postgres. (`.ci/run` installs it automatically.)',
    );
  }
  return join(root, versions[0], 'bin');
}

/** Whether the PostgreSQL binaries are installed here. */
export function hasPostgres() {
  try {
    postgresBinaries();
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts a throwaway cluster and resolves with its connection string and a `stop()` that
 * ends the server by PID and deletes its folder. `durable: false` (the default, for tests)
 * turns off fsync and full-page writes; the benchmarks keep PostgreSQL's defaults.
 */
export async function startPostgres({ durable = false, maxConnections = 100 } = {}) {
  const bin = postgresBinaries();
  const dir = mkdtempSync(join(tmpdir(), 'ddscp-postgres-'));
  const data = join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  const command = (name, args) =>
    asRoot
      ? ['runuser', ['-u', 'postgres', '--', join(bin, name), ...args]]
      : [join(bin, name), args];
  const stopped = { done: false };
  let server;
  let postmasterPid;

  const stop = async () => {
    if (stopped.done) return;
    stopped.done = true;
    process.off('exit', killNow);
    const pid = postmasterPid ?? readPostmasterPid(data);
    for (const target of [pid, server?.pid]) signal(target, 'SIGINT');
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline && (alive(pid) || alive(server?.pid))) await sleep(50);
    for (const target of [pid, server?.pid]) signal(target, 'SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  };
  // Whatever happens (a failed assertion, Ctrl+C), the server does not outlive this process.
  const killNow = () => {
    for (const target of [postmasterPid ?? readPostmasterPid(data), server?.pid])
      signal(target, 'SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  };
  process.on('exit', killNow);

  try {
    const [initdb, initArgs] = command('initdb', [
      '-D',
      data,
      '-U',
      'postgres',
      '--auth=trust',
      '--encoding=UTF8',
      '--locale=C',
      '--no-sync',
    ]);
    execFileSync(initdb, initArgs, { stdio: ['ignore', 'ignore', 'pipe'] });
    const port = await freePort();
    const settings = [
      '-D',
      data,
      '-p',
      String(port),
      '-k',
      dir,
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      `max_connections=${maxConnections}`,
      ...(durable
        ? []
        : ['-c', 'fsync=off', '-c', 'full_page_writes=off', '-c', 'synchronous_commit=off']),
    ];
    const [postgres, serverArgs] = command('postgres', settings);
    let log = '';
    server = spawn(postgres, serverArgs, { stdio: ['ignore', 'ignore', 'pipe'] });
    server.stderr.on('data', (chunk) => {
      log = (log + chunk).slice(-4000);
    });
    const deadline = Date.now() + 30_000;
    for (;;) {
      if (server.exitCode !== null) throw new Error(`PostgreSQL stopped at start-up:\n${log}`);
      try {
        execFileSync(join(bin, 'pg_isready'), ['-q', '-h', '127.0.0.1', '-p', String(port)]);
        break;
      } catch {
        if (Date.now() > deadline) throw new Error(`PostgreSQL did not start within 30 s:\n${log}`);
        await sleep(100);
      }
    }
    postmasterPid = readPostmasterPid(data);
    return {
      url: `postgres://postgres@127.0.0.1:${port}/postgres`,
      port,
      pid: postmasterPid,
      dir,
      stop,
      log: () => log,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

function readPostmasterPid(data) {
  try {
    return Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]) || undefined;
  } catch {
    return undefined;
  }
}

function signal(pid, name) {
  if (!pid) return;
  try {
    process.kill(pid, name);
  } catch {
    // Already gone.
  }
}

function alive(pid) {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

#!/usr/bin/env node
// npm start: builds the packages and the example sites from this workspace, then serves
// them and prints their URLs. The review pages show the sample catalogue, or the file given by
// CATALOG=path/to/catalog.json (relative to where npm start was run; the plain-HTML site
// has its reviews written into its pages). (Outside this
// repository, each example runs on its own with the commands in its README.)
//
// SIGTERM or SIGINT (Ctrl+C) stops everything it started, whether the signal comes to this
// script or to the `npm start` above it: each example runs in a process group of its own
// (npm, its shell and the server under it), and the whole group is sent the signal, so no
// server is left running, whatever forwards signals or not.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildPackagesAndExamples, exampleDirs } from './lib/build-examples.mjs';

const staticSitePort = Number(process.env.STATIC_SITE_PORT ?? 8080);
const serverPort = Number(process.env.SERVER_PORT ?? 8081);
const plainHtmlPort = Number(process.env.PLAIN_HTML_PORT ?? 8082);

// Both examples read CATALOG; give them an absolute path, from where npm start was run.
if (process.env.CATALOG) {
  const catalog = resolve(process.env.INIT_CWD ?? process.cwd(), process.env.CATALOG);
  if (!existsSync(catalog)) {
    console.error(`CATALOG: there is no file ${catalog}.`);
    process.exit(1);
  }
  process.env.CATALOG = catalog;
}

/** What was started, so that a signal can stop it; and whether we are stopping. */
const children = [];
let stopping = false;

/** Stops every example (its whole process group), waits for them, then exits. */
async function stop(code = 0, signal = 'SIGTERM') {
  if (stopping) return;
  stopping = true;
  const running = children.filter((child) => child.exitCode === null && child.signalCode === null);
  for (const child of running) {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // The group has already gone.
    }
  }
  await Promise.all(
    running.map(
      (child) =>
        new Promise((done) => {
          if (child.exitCode !== null || child.signalCode !== null) done();
          else child.once('exit', done);
          // A server that ignores the signal is stopped for good after 5 s.
          setTimeout(() => {
            try {
              process.kill(-child.pid, 'SIGKILL');
            } catch {}
            done();
          }, 5000).unref();
        }),
    ),
  );
  process.exit(code);
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => void stop(0, signal));
}
// npm runs this script under `sh -c` and passes a SIGTERM on to that shell, which ends
// without passing it on to us: when the shell that started us goes, stop as well.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) void stop(0);
}, 200).unref();

/** Starts a long-running command in a process group of its own. */
function start(command, args, options) {
  const child = spawn(command, args, {
    ...options,
    detached: true,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  children.push(child);
  child.on('exit', (code) => {
    if (!stopping && code) {
      console.error(`An example stopped with exit code ${code}; stopping.`);
      void stop(code);
    }
  });
  return child;
}

console.log('Building the packages and the examples…');
await buildPackagesAndExamples();
const { staticSite, server, plainHtml } = exampleDirs;

start(
  'npm',
  ['run', 'preview', '--silent', '--', '--port', String(staticSitePort), '--strictPort'],
  {
    cwd: staticSite,
  },
);
start('npm', ['run', 'serve', '--silent'], {
  cwd: server,
  env: { ...process.env, PORT: String(serverPort) },
});
start('npm', ['run', 'serve', '--silent'], {
  cwd: plainHtml,
  env: { ...process.env, PORT: String(plainHtmlPort) },
});

await Promise.all(
  [staticSitePort, serverPort, plainHtmlPort].map(async (port) => {
    for (let attempt = 0; attempt < 100; attempt += 1) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return;
      } catch {}
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    console.error(`Nothing answered on port ${port} after 10 s; stopping.`);
    await stop(1);
  }),
);
console.log(`
The examples are running on ${process.env.CATALOG ? `the catalogue ${process.env.CATALOG}` : 'the built-in sample data'}:

  Static site (Vite):      http://127.0.0.1:${staticSitePort}/
  Server-rendered (Hono):  http://127.0.0.1:${serverPort}/
  Plain HTML (drop-in):    http://127.0.0.1:${plainHtmlPort}/

Press Ctrl+C to stop.`);

#!/usr/bin/env node
// npm start: builds the packages and the example sites from this workspace, then serves
// them on the built-in sample data and prints their URLs. (Outside this repository, each
// example runs on its own with the commands in its README.)
import { spawn } from 'node:child_process';
import { buildPackagesAndExamples, exampleDirs } from './lib/build-examples.mjs';

const staticSitePort = Number(process.env.STATIC_SITE_PORT ?? 8080);
const serverPort = Number(process.env.SERVER_PORT ?? 8081);
const plainHtmlPort = Number(process.env.PLAIN_HTML_PORT ?? 8082);

console.log('Building the packages and the examples…');
await buildPackagesAndExamples();
const { staticSite, server, plainHtml } = exampleDirs;

const children = [
  spawn(
    'npm',
    ['run', 'preview', '--silent', '--', '--port', String(staticSitePort), '--strictPort'],
    {
      cwd: staticSite,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  ),
  spawn('npm', ['run', 'serve', '--silent'], {
    cwd: server,
    env: { ...process.env, PORT: String(serverPort) },
    stdio: ['ignore', 'ignore', 'inherit'],
  }),
  spawn('npm', ['run', 'serve', '--silent'], {
    cwd: plainHtml,
    env: { ...process.env, PORT: String(plainHtmlPort) },
    stdio: ['ignore', 'ignore', 'inherit'],
  }),
];
for (const child of children) {
  child.on('exit', (code) => {
    if (code) {
      console.error(`An example stopped with exit code ${code}; stopping.`);
      stop(code);
    }
  });
}

function stop(code = 0) {
  for (const child of children) child.kill('SIGTERM');
  process.exit(code);
}
process.on('SIGINT', () => stop());
process.on('SIGTERM', () => stop());

await Promise.all(
  [staticSitePort, serverPort, plainHtmlPort].map(async (port) => {
    for (let attempt = 0; attempt < 100; attempt += 1) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return;
      } catch {}
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`Nothing answered on port ${port} after 10 s.`);
  }),
);
console.log(`
The examples are running on the built-in sample data:

  Static site (Vite):      http://127.0.0.1:${staticSitePort}/
  Server-rendered (Hono):  http://127.0.0.1:${serverPort}/
  Plain HTML (drop-in):    http://127.0.0.1:${plainHtmlPort}/

Press Ctrl+C to stop.`);

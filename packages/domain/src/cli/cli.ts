#!/usr/bin/env node
// The `ddscp` command: Node only, and kept out of the package's main entry, which must stay
// free of Node built-ins for browsers.
import { readFileSync } from 'node:fs';
import { ukToday } from '../calendar/uk-today';
import { type ReadLimits, readBoundedFile } from './read-bounded-file';
import { runCli } from './run-cli';

const LIMITS: ReadLimits = {
  // Node cannot hold more text in one string (a catalogue of 100,000 reviews is a few
  // hundred megabytes at most).
  maxBytes: 512 * 1024 * 1024,
  // A script that pipes a file in is done in well under this.
  stdinTimeoutMs: 30_000,
};

// A reader that stops early (`ddscp listing … | head`) closes the pipe: end quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  readFile: (path, { maxBytes = LIMITS.maxBytes } = {}) =>
    readBoundedFile(path, { ...LIMITS, maxBytes }),
  today: () => ukToday(),
  // package.json sits one level above dist/cli.js in the installed package, and holds the
  // version `changeset version` set just before the build.
  get version() {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    return String(manifest.version);
  },
});
